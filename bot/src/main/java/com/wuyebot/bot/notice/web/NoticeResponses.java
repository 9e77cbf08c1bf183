package com.wuyebot.bot.notice.web;

import com.wuyebot.bot.notice.ActivitySignup;
import com.wuyebot.bot.notice.Notice;
import com.wuyebot.bot.notice.NoticeService;
import com.wuyebot.bot.notice.NoticeWarning;
import com.wuyebot.bot.notice.Target;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;

/** The JSON shapes of notices, and how a notice becomes one. */
final class NoticeResponses {

  private NoticeResponses() {
  }

  record NoticeView(long id, String appId, String kind, String title, String body, Instant startsAt, Instant endsAt,
      String place, Integer capacity, boolean signUp, Target target, String channel, String status, Instant sendAt,
      Instant sendingStartedAt, Instant finishedAt, Integer targeted, String createdBy, Instant createdAt,
      Instant updatedAt, List<NoticeWarning> warnings) {
  }

  record NoticePage(List<NoticeView> notices, int page, int size, long total) {
  }

  record PreviewView(boolean sent, long msgId) {
  }

  record AudienceView(int followers) {
  }

  record SignupView(String openId, String status, String channel, Instant at) {
  }

  static NoticeView view(Notice n) {
    return view(n, List.of());
  }

  static NoticeView view(NoticeService.Changed changed) {
    return view(changed.notice(), changed.warnings());
  }

  static NoticeView view(Notice n, List<NoticeWarning> warnings) {
    return new NoticeView(n.id(), n.appId(), n.kind().name(), n.title(), n.body(), n.startsAt(), n.endsAt(), n.place(),
        n.capacity(), n.signUp(), n.target(), n.channel().name(), n.status().name(), n.sendAt(), n.sendingStartedAt(),
        n.finishedAt(), n.targeted(), n.createdBy(), n.createdAt(), n.updatedAt(), warnings);
  }

  static NoticePage page(Page<Notice> page) {
    return new NoticePage(page.getContent().stream().map(NoticeResponses::view).toList(), page.getNumber(), page.getSize(),
        page.getTotalElements());
  }

  static SignupView signup(ActivitySignup s) {
    return new SignupView(s.openId(), s.status().name(), s.channel(), s.createdAt());
  }
}
