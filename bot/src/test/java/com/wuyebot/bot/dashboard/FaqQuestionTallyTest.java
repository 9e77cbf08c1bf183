package com.wuyebot.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.knowledge.FaqQuestionAsked;
import com.wuyebot.knowledge.search.Decision;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The row of the tally a question is counted in. */
class FaqQuestionTallyTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

  @Test
  void countsAQuestionUnderTheDayTheResidentsCommunityAndTheDecision() {
    FaqQuestionTally.Key key = FaqQuestionTally.Key.of(TODAY, new FaqQuestionAsked("wx", Decision.Kind.SUGGEST, "阳光花园"));

    assertThat(key).isEqualTo(new FaqQuestionTally.Key(TODAY, "阳光花园", "SUGGEST"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void countsResidentsOfNoKnownCommunityUnderTheEmptyCommunity(String community) {
    FaqQuestionTally.Key key = FaqQuestionTally.Key.of(TODAY, new FaqQuestionAsked("wx", Decision.Kind.ANSWER, community));

    assertThat(key.community()).isEmpty();
  }

  @Test
  void countsTheSameCommunityWrittenWithSpacesAroundItInOneRow() {
    assertThat(FaqQuestionTally.Key.of(TODAY, new FaqQuestionAsked("wx", Decision.Kind.NONE, " 阳光花园 ")))
        .isEqualTo(FaqQuestionTally.Key.of(TODAY, new FaqQuestionAsked("wx2", Decision.Kind.NONE, "阳光花园")));
  }

  @Test
  void keepsCommunitiesDaysAndDecisionsApart() {
    FaqQuestionTally.Key key = FaqQuestionTally.Key.of(TODAY, new FaqQuestionAsked("wx", Decision.Kind.ANSWER, "阳光花园"));

    assertThat(key)
        .isNotEqualTo(FaqQuestionTally.Key.of(TODAY, new FaqQuestionAsked("wx", Decision.Kind.ANSWER, "翠湖苑")))
        .isNotEqualTo(FaqQuestionTally.Key.of(TODAY, new FaqQuestionAsked("wx", Decision.Kind.ANSWER, null)))
        .isNotEqualTo(FaqQuestionTally.Key.of(TODAY.plusDays(1), new FaqQuestionAsked("wx", Decision.Kind.ANSWER, "阳光花园")))
        .isNotEqualTo(FaqQuestionTally.Key.of(TODAY, new FaqQuestionAsked("wx", Decision.Kind.NONE, "阳光花园")));
  }
}
