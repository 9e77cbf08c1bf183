package com.wuyebot.bot.notice;

import com.wuyebot.bot.messaging.TemplateValues;
import com.wuyebot.bot.wording.Wording;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What residents read of a notice: template data, the mass text, and the sentences of sign-ups and reminders. */
@Component
class NoticeMessages {

  private static final DateTimeFormatter TEMPLATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter SPOKEN_TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");

  private final Wording wording;
  private final NoticeProperties properties;
  private final DateTimeFormatter templateTime;
  private final DateTimeFormatter spokenTime;

  NoticeMessages(Wording wording, NoticeProperties properties) {
    this.wording = wording;
    this.properties = properties;
    this.templateTime = TEMPLATE_TIME.withZone(properties.zone());
    this.spokenTime = SPOKEN_TIME.withZone(properties.zone());
  }

  String kind(NoticeKind kind) {
    return wording.text("notice.kind." + kind.name().toLowerCase(Locale.ROOT));
  }

  /** Template keyword to value, fitted to WeChat's keyword rules (a long title is cut to 20 characters). */
  Map<String, String> templateData(Notice notice) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("title", notice.title());
    data.put("kind", kind(notice.kind()));
    Instant time = notice.startsAt() != null ? notice.startsAt()
        : notice.sendingStartedAt() != null ? notice.sendingStartedAt() : notice.updatedAt();
    data.put("time", templateTime(time));
    if (notice.place() != null) {
      data.put("place", notice.place());
    }
    Map<String, String> keywords = properties.template().keywords();
    data.keySet().retainAll(keywords.keySet());
    return TemplateValues.forTemplate(data, keywords);
  }

  /** The whole notice as one text, for mass sends and for answers in chat. */
  String text(Notice notice) {
    String text = wording.text("notice.text", "kind", kind(notice.kind()), "title", notice.title(), "body", notice.body());
    if (notice.kind() == NoticeKind.ACTIVITY) {
      text += wording.text(notice.signUp() ? "notice.text.activity-sign-up" : "notice.text.activity",
          "time", spoken(notice.startsAt()), "place", place(notice));
    } else if (notice.kind() == NoticeKind.OUTAGE) {
      text += wording.text("notice.text.outage", "from", spoken(notice.startsAt()), "until", spoken(notice.endsAt()));
    }
    return text;
  }

  String outageAnswer(Notice notice) {
    return wording.text("notice.outage.answer", "title", notice.title(), "body", notice.body(),
        "from", spoken(notice.startsAt()), "until", spoken(notice.endsAt()));
  }

  String signUp(String key, Notice notice, Object... more) {
    Object[] values = new Object[6 + more.length];
    values[0] = "title";
    values[1] = notice.title();
    values[2] = "time";
    values[3] = spoken(notice.startsAt());
    values[4] = "place";
    values[5] = place(notice);
    System.arraycopy(more, 0, values, 6, more.length);
    return wording.text(key, values);
  }

  /** The format of a template's {@code time} keyword. */
  String templateTime(Instant at) {
    return at == null ? "" : templateTime.format(at);
  }

  String spoken(Instant at) {
    return at == null ? "" : spokenTime.format(at);
  }

  /** The activity's place, or that it is yet to be announced. */
  String place(Notice notice) {
    return notice.place() == null ? wording.text("notice.place.unknown") : notice.place();
  }
}
