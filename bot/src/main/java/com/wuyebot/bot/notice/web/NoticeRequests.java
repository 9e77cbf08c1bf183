package com.wuyebot.bot.notice.web;

import com.wuyebot.bot.notice.Households;
import com.wuyebot.bot.notice.NoticeChannel;
import com.wuyebot.bot.notice.NoticeDraft;
import com.wuyebot.bot.notice.NoticeKind;
import com.wuyebot.bot.notice.Target;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The JSON bodies the notice API accepts; a console page can bind the same records. */
final class NoticeRequests {

  private NoticeRequests() {
  }

  /** A notice to create or to replace while it is a draft or scheduled. */
  record NoticeRequest(String appId, NoticeKind kind, String title, String body, Activity activity, Target target,
      NoticeChannel channel) {

    NoticeDraft toDraft() {
      Activity a = activity == null ? new Activity(null, null, null, null, false) : activity;
      return new NoticeDraft(appId, kind, title, body, a.startsAt(), a.endsAt(), a.place(), a.capacity(), Boolean.TRUE.equals(a.signUp()), target,
          channel);
    }
  }

  /** Time and place of an activity (with capacity and sign-up), or the period of an outage. */
  record Activity(Instant startsAt, Instant endsAt, String place, Integer capacity, Boolean signUp) {
  }

  record ScheduleRequest(@NotNull Instant sendAt) {
  }

  record PreviewRequest(@NotNull String openId) {
  }

  record AudienceRequest(String appId, Target target) {
  }

  record HouseholdsRequest(@NotNull @Size(max = 10_000) List<Households.Household> households) {
  }

  record TagRequest(@NotNull String appId, @NotNull String tag, @NotNull @Size(max = 10_000) List<String> openIds) {
  }
}
