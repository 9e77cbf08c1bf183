package com.wuyebot.knowledge.bench;

import com.wuyebot.knowledge.faq.FaqEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generates plausible property-management entries and questions (fixed seed, reproducible). */
final class SyntheticFaq {

    private static final String[] TOPICS = {"物业费", "停车月卡", "门禁卡", "暖气", "电梯", "快递", "装修押金", "垃圾分类",
        "宠物登记", "水费", "电费", "燃气", "充电桩", "访客车辆", "人脸识别", "大件垃圾", "房产证", "出租登记", "会所", "路灯"};
    private static final String[] ACTIONS = {"怎么交", "在哪里办理", "多少钱", "丢了怎么办", "坏了找谁", "什么时候开始",
        "可以线上办吗", "需要带什么材料", "怎么退", "有什么规定"};
    private static final String[] PLACES = {"东区", "西区", "南区", "北区", "一期", "二期", "三期", "商铺", "高层", "洋房"};

    private SyntheticFaq() {
    }

    static List<FaqEntry> entries(int count) {
        var random = new Random(42);
        var entries = new ArrayList<FaqEntry>(count);
        for (int i = 0; i < count; i++) {
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            String action = ACTIONS[random.nextInt(ACTIONS.length)];
            String place = PLACES[random.nextInt(PLACES.length)] + (i % 97) + "号楼";
            entries.add(FaqEntry.of("syn-" + i, topic, place + topic + action + "？",
                    List.of(topic + action, "请问" + place + "的" + topic + action),
                    "关于" + place + topic + "的说明，编号" + i + "。", List.of(topic, place)));
        }
        return entries;
    }

    static List<String> questions(int count) {
        var random = new Random(7);
        var questions = new ArrayList<String>(count);
        for (int i = 0; i < count; i++) {
            questions.add(PLACES[random.nextInt(PLACES.length)] + TOPICS[random.nextInt(TOPICS.length)]
                    + ACTIONS[random.nextInt(ACTIONS.length)]);
        }
        return questions;
    }
}
