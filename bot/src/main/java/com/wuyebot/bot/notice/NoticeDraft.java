package com.wuyebot.bot.notice;

import java.time.Instant;

/**
 * What a manager writes: the content and whom it is for. Activity fields are for activities (time, place,
 * capacity, sign-up) and outages (the period: {@code startsAt} to {@code endsAt}).
 *
 * @param capacity places for an activity with sign-up; null for no limit
 */
public record NoticeDraft(String appId, NoticeKind kind, String title, String body, Instant startsAt, Instant endsAt,
    String place, Integer capacity, boolean signUp, Target target, NoticeChannel channel) {

  static final int MAX_TITLE = 100;
  static final int MAX_BODY = 2000;
  static final int MAX_PLACE = 100;

  /** Throws {@link InvalidNoticeException} with every reason the draft cannot be stored. */
  void validate() {
    StringBuilder problems = new StringBuilder();
    require(appId != null && !appId.isBlank(), "appId is required", problems);
    require(kind != null, "kind is required", problems);
    require(title != null && !title.isBlank() && title.length() <= MAX_TITLE, "title is required, at most 100 characters", problems);
    require(body != null && !body.isBlank() && body.length() <= MAX_BODY, "body is required, at most 2000 characters", problems);
    require(place == null || place.length() <= MAX_PLACE, "place is at most 100 characters", problems);
    require(target != null && target.selectsSomething(), "target must select at least one group of residents", problems);
    require(capacity == null || capacity > 0, "capacity must be positive", problems);
    require(endsAt == null || startsAt == null || endsAt.isAfter(startsAt), "endsAt must be after startsAt", problems);
    if (kind == NoticeKind.ACTIVITY) {
      require(startsAt != null, "an activity needs startsAt", problems);
    } else {
      require(!signUp && capacity == null, "only activities take sign-ups and a capacity", problems);
    }
    if (kind == NoticeKind.OUTAGE) {
      require(startsAt != null && endsAt != null, "an outage needs startsAt and endsAt", problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidNoticeException(problems.toString());
    }
  }

  NoticeChannel channelOrDefault() {
    return channel == null ? NoticeChannel.TEMPLATE : channel;
  }

  private static void require(boolean condition, String problem, StringBuilder problems) {
    if (!condition) {
      problems.append(problems.isEmpty() ? "" : "; ").append(problem);
    }
  }
}
