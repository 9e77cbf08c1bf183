package com.wuyebot.knowledge.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntentClassifierTest {

    private final IntentClassifier classifier = IntentClassifier.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            二号楼电梯停在十五层不动了，麻烦派人来看看           | REPAIR
            我家卧室的灯突然不亮了                            | REPAIR
            洗澡的时候发现地漏下不去水了                       | REPAIR
            单元楼门禁刷卡没有反应                            | REPAIR
            厨房的水管接口那里一直滴水，明天上午在家              | REPAIR
            电梯这周坏了三回了，你们到底管不管                   | COMPLAINT
            楼上每天半夜拖家具，吵得我们全家睡不着                | COMPLAINT
            门口保安对业主态度恶劣，我要投诉                     | COMPLAINT
            停车费凭什么一下子涨这么多                          | COMPLAINT
            车位月卡一个月多少钱                               | FAQ
            装修需要办哪些手续                                 | FAQ
            物业费可以用支付宝交吗                              | FAQ
            旧家具可以扔在哪里                                 | FAQ
            转人工                                           | HUMAN
            我想跟真人客服说                                   | HUMAN
            我前天报修的马桶，师傅什么时候上门                    | PROGRESS
            我的报修单现在处理到哪一步了                         | PROGRESS
            您好                                             | GREETING
            好的，谢谢                                        | GREETING
            建议在小区门口多装几个垃圾桶                          | SUGGESTION
            希望物业能在车棚加装充电插座                          | SUGGESTION
            表扬一下维修部的李师傅，半小时就修好了                 | PRAISE
            感谢保安帮我把行李搬上楼，点赞                        | PRAISE
            今天股市怎么样                                     | OTHER
            给我讲个故事吧                                     | OTHER
            """)
    void recognisesWhatTheResidentWants(String text, Intent expected) {
        assertThat(classifier.classify(text).intent()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> urgent={1}")
    @CsvSource(delimiter = '|', textBlock = """
            厨房里一股煤气味，不敢开火                         | true
            楼道配电箱着火了                                 | true
            我和孩子被困在电梯里了                            | true
            卫生间水管爆裂，满地都是水                         | true
            插座漏电，老人被电了一下                           | true
            楼下有个老人晕倒了                                | true
            电梯坏了                                        | false
            厨房水龙头有点滴水                                | false
            没有燃气味了，已经好了                             | false
            如果闻到燃气味应该怎么办                           | false
            漏电保护器老跳闸                                 | false
            热水器打不着火                                   | false
            楼道被电动车占了                                 | false
            """)
    void flagsEmergenciesWhateverTheIntent(String text, boolean urgent) {
        assertThat(classifier.classify(text).urgent()).isEqualTo(urgent);
    }

    @Test
    void urgencyIsIndependentOfTheIntent() {
        Classification complaint = classifier.classify("电梯又困人了，这是这个月第三次，你们到底管不管");

        assertThat(complaint.intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(complaint.urgent()).isTrue();
    }

    @Test
    void ranksEveryIntentWithProbabilitiesThatSumToOne() {
        Classification c = classifier.classify("物业费怎么交");

        assertThat(c.ranking()).hasSize(Intent.values().length);
        assertThat(c.ranking().get(0).intent()).isEqualTo(c.intent());
        assertThat(c.confidence()).isEqualTo(c.ranking().get(0).probability());
        assertThat(c.ranking().stream().mapToDouble(Classification.Score::probability).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.margin()).isBetween(0.0, 1.0);
    }

    @Test
    void treatsEmptyAndBlankMessagesAsOther() {
        assertThat(classifier.classify("").intent()).isEqualTo(Intent.OTHER);
        assertThat(classifier.classify("   ").intent()).isEqualTo(Intent.OTHER);
        assertThat(classifier.classify(null).intent()).isEqualTo(Intent.OTHER);
    }

    @Test
    void trainingTwiceGivesTheSameModel() {
        List<LabelledMessage> corpus = IntentClassifier.standardTrainingData();
        IntentClassifier again = IntentClassifier.train(corpus);

        for (String text : List.of("电梯坏了", "楼上太吵了 到底管不管", "物业费多少钱", "谢谢", "师傅什么时候来")) {
            assertThat(again.classify(text)).isEqualTo(classifier.classify(text));
        }
    }

    @Test
    void givesTheSameAnswersFromManyThreads() throws Exception {
        List<String> texts = IntentClassifier.standardTrainingData().stream()
                .map(LabelledMessage::text).limit(200).toList();
        List<Classification> sequential = texts.stream().map(classifier::classify).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Classification>>> runs = IntStream.range(0, 4)
                    .mapToObj(i -> pool.submit(() -> texts.stream().map(classifier::classify).toList()))
                    .toList();
            for (Future<List<Classification>> run : runs) {
                assertThat(run.get()).isEqualTo(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
