package com.wuyebot.bot.conversation;

import com.wuyebot.bot.wording.TestWording;
import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.conversation.IntakeDialog.Outcome;
import com.wuyebot.bot.conversation.IntakeDialog.Turn;
import com.wuyebot.bot.conversation.Session.Step;
import org.junit.jupiter.api.Test;

/** The intake asks only for what is missing and ends in a summary to confirm. */
class IntakeDialogTest {

  private final IntakeDialog dialog =
      new IntakeDialog(new ResidentReplies(TestWording.defaults()));
  private final Session session = new Session();

  @Test
  void aCompleteRepairNeedsOnlyTheConfirmation() {
    String reply = dialog.startRepair(session, "9栋3单元1204 主卧空调插座冒火花 今天晚上在家", false, java.util.List::of);

    assertThat(session.step).isEqualTo(Step.CONFIRM);
    assertThat(reply).contains("9栋3单元1204", "水电", "今天晚上", "「确认」");
    assertThat(dialog.continueWith(session, "好的").outcome()).isEqualTo(Outcome.CONFIRMED);
  }

  @Test
  void asksForTheLocationThenTheTimeOneAtATime() {
    String first = dialog.startRepair(session, "洗衣机的下水管堵了", false, java.util.List::of);
    assertThat(session.step).isEqualTo(Step.LOCATION);
    assertThat(first).contains("位置");

    Turn second = dialog.continueWith(session, "11号楼2单元702");
    assertThat(session.step).isEqualTo(Step.TIME);
    assertThat(second.reply()).contains("什么时候");

    Turn third = dialog.continueWith(session, "周日全天都在");
    assertThat(session.step).isEqualTo(Step.CONFIRM);
    assertThat(third.reply()).contains("11栋2单元702", "管道", "洗衣机的下水管堵了");
    assertThat(session.preferredTime).isEqualTo("周日全天都在");
  }

  @Test
  void anUnparsedAnswerToTheLocationQuestionIsKeptAsThePlace() {
    dialog.startRepair(session, "消防通道的灯不亮 随时", false, java.util.List::of);

    Turn turn = dialog.continueWith(session, "西区篮球场旁边");

    assertThat(session.location).isEqualTo("西区篮球场旁边");
    assertThat(turn.reply()).contains("请核对报修信息");
  }

  @Test
  void anUrgentRepairDoesNotAskForATime() {
    String reply = dialog.startRepair(session, "4栋1单元1101 厨房水管爆了 水漫到客厅", true, java.util.List::of);

    assertThat(session.step).isEqualTo(Step.CONFIRM);
    assertThat(reply).startsWith("【紧急】").contains("尽快");
  }

  @Test
  void changingTheSummaryTakesANewTimeAndShowsItAgain() {
    dialog.startRepair(session, "2栋1单元101 卫生间门锁坏了 明天下午", false, java.util.List::of);

    assertThat(dialog.continueWith(session, "修改").reply()).contains("修改");
    Turn changed = dialog.continueWith(session, "改成后天上午");

    assertThat(session.preferredTime).isEqualTo("后天上午");
    assertThat(changed.reply()).contains("后天上午", "门窗");
  }

  @Test
  void cancelLeavesAtAnyStep() {
    dialog.startRepair(session, "阳台漏雨", false, java.util.List::of);

    assertThat(dialog.continueWith(session, "算了").outcome()).isEqualTo(Outcome.CANCELLED);
  }

  @Test
  void aComplaintAsksWhetherTheResidentWantsToHearBack() {
    String first = dialog.startComplaint(session, "隔壁装修每天早上七点就开始砸墙", false);
    assertThat(session.step).isEqualTo(Step.FEEDBACK);
    assertThat(first).contains("需要回复", "匿名");

    Turn second = dialog.continueWith(session, "匿名");

    assertThat(session.wantsFeedback).isFalse();
    assertThat(second.reply()).contains("请核对投诉信息", "匿名");
    assertThat(dialog.continueWith(session, "3").outcome()).isEqualTo(Outcome.CANCELLED);
  }

  @Test
  void aComplaintThatAsksForAnAnswerGoesStraightToTheSummary() {
    String reply = dialog.startComplaint(session, "3号楼下的垃圾两天没人清了 请给我回复", false);

    assertThat(session.wantsFeedback).isTrue();
    assertThat(reply).contains("3栋", "需要回复您");
  }

  @Test
  void aComplaintCalledVerySeriousAsksForNoFeedbackQuestionAndIsMarked() {
    String reply = dialog.startComplaint(session, "楼下餐馆油烟太大 很严重 要求回电", false);

    assertThat(session.serious).isTrue();
    assertThat(session.wantsFeedback).isTrue();
    assertThat(session.step).isEqualTo(Step.CONFIRM);
    assertThat(reply).contains("需要回复您");
  }

  @Test
  void seriousnessSaidLaterInTheComplaintCountsToo() {
    dialog.startComplaint(session, "电梯里经常有人抽烟", false);
    assertThat(session.serious).isFalse();

    dialog.continueWith(session, "要求回电");

    assertThat(session.serious).isTrue();
    assertThat(session.step).isEqualTo(Step.CONFIRM);
  }
}
