package com.wuyebot.bot.knowledge.web;

import com.wuyebot.bot.knowledge.FaqLookup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Unanswered questions grouped by similarity: character bigrams of the normalised question
 * (Chinese has no spaces, and bigrams catch 物业费/交物业费/物业费怎么交 alike), a question joins the
 * group whose first question it overlaps most, when the overlap (Jaccard) reaches the threshold.
 */
public final class QuestionGroups {

  static final double THRESHOLD = 0.4;
  private static final int VARIANTS = 5;

  /** @param question the group's first (newest) phrasing; {@code variants} other distinct phrasings */
  public record Group(String question, List<String> variants, int count, boolean onlySuggested, Instant lastAskedAt) {
  }

  private QuestionGroups() {
  }

  /** @param asked newest first */
  public static List<Group> of(List<FaqLookup.Unanswered> asked) {
    List<Builder> groups = new ArrayList<>();
    for (FaqLookup.Unanswered question : asked) {
      Set<String> grams = bigrams(question.question());
      if (grams.isEmpty()) {
        continue;
      }
      Builder best = null;
      double bestScore = 0;
      for (Builder group : groups) {
        double score = jaccard(grams, group.grams);
        if (score > bestScore) {
          best = group;
          bestScore = score;
        }
      }
      if (best == null || bestScore < THRESHOLD) {
        best = new Builder(question, grams);
        groups.add(best);
      }
      best.add(question);
    }
    return groups.stream().map(Builder::build)
        .sorted(Comparator.comparingInt(Group::count).reversed().thenComparing(Group::lastAskedAt, Comparator.reverseOrder()))
        .toList();
  }

  static Set<String> bigrams(String text) {
    String normal = text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    Set<String> grams = new HashSet<>();
    if (normal.length() == 1) {
      grams.add(normal);
    }
    for (int i = 0; i + 1 < normal.length(); i++) {
      grams.add(normal.substring(i, i + 2));
    }
    return grams;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    int common = 0;
    for (String gram : a) {
      if (b.contains(gram)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }

  private static final class Builder {
    private final String question;
    private final Set<String> grams;
    private final Set<String> variants = new LinkedHashSet<>();
    private int count;
    private boolean onlySuggested = true;
    private final Instant lastAskedAt;

    Builder(FaqLookup.Unanswered first, Set<String> grams) {
      this.question = first.question().strip();
      this.grams = grams;
      this.lastAskedAt = first.askedAt();
    }

    void add(FaqLookup.Unanswered asked) {
      count++;
      onlySuggested &= "SUGGEST".equals(asked.decision());
      String phrasing = asked.question().strip();
      if (!phrasing.equals(question) && variants.size() < VARIANTS) {
        variants.add(phrasing);
      }
    }

    Group build() {
      return new Group(question, List.copyOf(variants), count, onlySuggested, lastAskedAt);
    }
  }
}
