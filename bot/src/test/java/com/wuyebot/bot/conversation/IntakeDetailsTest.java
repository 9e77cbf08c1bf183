package com.wuyebot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the intake reads from residents' words: houses and places, times, categories, yes/no. */
class IntakeDetailsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      7栋1单元803 卫生间灯不亮了           | 7栋1单元803
      我家是15-2-602，阳台推拉门卡住了       | 15栋2单元602
      ８号楼３门１２０１ 暖气不热            | 8栋3单元1201
      六号楼二单元电梯门夹人                 | 6栋2单元
      9幢 楼道的灯一直闪                     | 9栋
      住在二十一栋4单元1702室，水龙头坏了    | 21栋4单元1702
      二号楼三单元四零一 卫生间漏水          | 2栋3单元401
      """)
  void readsAHouseWrittenTheUsualWays(String text, String house) {
    assertThat(Places.find(text)).get().extracting(Places.Place::house).isEqualTo(house);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      地下车库B区的灯坏了一排    | 地下车库
      小区大门的道闸抬不起来     | 小区大门
      """)
  void readsASharedPlace(String text, String location) {
    assertThat(Places.find(text)).get().extracting(Places.Place::location).isEqualTo(location);
  }

  @ParameterizedTest
  @CsvSource({"厨房水槽下面一直在滴水", "电话13812345678", "明天10点可以来吗"})
  void findsNoPlaceWhereNoneIsGiven(String text) {
    assertThat(Places.find(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      后天上午九点半以后都在家        | 后天上午九点半以后
      周六下午                        | 周六下午
      晚上7:30后有人                  | 晚上7:30后
      你们随时来                      | 随时
      越快越好                        | 越快越好
      明早8点                         | 明早8点
      """)
  void keepsThePreferredTimeAsTheResidentSaidIt(String text, String time) {
    assertThat(PreferredTimes.find(text)).contains(time);
  }

  @ParameterizedTest
  @CsvSource({"卧室窗户关不严", "2栋1单元301 燃气灶打不着", "阳台有一点渗水"})
  void findsNoTimeWhereNoneIsGiven(String text) {
    assertThat(PreferredTimes.find(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      客厅插座没电了                 | 水电
      卫生间地漏返臭水还堵了         | 管道
      阳台的窗户把手掉了             | 门窗
      电梯按钮按了没反应             | 电梯
      楼道灯坏了好几天               | 公共设施
      5号楼1门301 墙皮脱落           | 其他
      入户门锁芯坏了打不开           | 门窗
      """)
  void sortsARepairIntoACategory(String text, String category) {
    assertThat(RepairCategories.of(Places.withoutHouse(text))).isEqualTo(category);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      确认        | CONFIRM
      1           | CONFIRM
      好的        | CONFIRM
      对，没问题  | CONFIRM
      没问题      | CONFIRM
      对的！      | CONFIRM
      ｏｋ        | CONFIRM
      修改        | CHANGE
      2           | CHANGE
      取消        | CANCEL
      3           | CANCEL
      算了        | CANCEL
      不用了。    | CANCEL
      厨房也漏了  | OTHER
      """)
  void readsTheAnswerToTheSummary(String text, ConfirmWords.Answer answer) {
    assertThat(ConfirmWords.of(text)).isEqualTo(answer);
  }

  @ParameterizedTest
  @CsvSource({"取消, true", "算了吧, true", "3, false", "不用了, true", "取消的话要钱吗, false"})
  void leavesAFlowOnlyOnWordsOfCancel(String text, boolean cancel) {
    assertThat(ConfirmWords.isCancel(text)).isEqualTo(cancel);
  }

  @ParameterizedTest
  @CsvSource({"人工, true", "转人工！, true", "真人客服, true", "人工费怎么算, false"})
  void recognisesARequestForAPersonMidFlow(String text, boolean person) {
    assertThat(ConfirmWords.asksForPerson(text)).isEqualTo(person);
  }
}
