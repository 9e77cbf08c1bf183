package com.wuyebot.bot.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.knowledge.FaqLookup.Unanswered;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionGroupsTest {

  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  private static Unanswered asked(String question, String decision, int minutesAgo) {
    return new Unanswered(question, decision, NOW.minusSeconds(60L * minutesAgo));
  }

  @Test
  void groupsSimilarQuestionsWithCountsMostAskedFirst() {
    List<QuestionGroups.Group> groups = QuestionGroups.of(List.of(
        asked("游泳池几点开放？", "NONE", 1),
        asked("快递柜在哪", "SUGGEST", 2),
        asked("游泳池几点开放", "NONE", 3),
        asked("小区游泳池几点开放呀", "SUGGEST", 4),
        asked("   ", "NONE", 5)));

    assertThat(groups).extracting(QuestionGroups.Group::question, QuestionGroups.Group::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("游泳池几点开放？", 3),
            org.assertj.core.groups.Tuple.tuple("快递柜在哪", 1));
    assertThat(groups.get(0).variants()).containsExactly("游泳池几点开放", "小区游泳池几点开放呀");
    assertThat(groups.get(0).onlySuggested()).isFalse();
    assertThat(groups.get(1).onlySuggested()).isTrue();
  }
}
