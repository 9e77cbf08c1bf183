package com.wuyebot.bot.notice;

import com.wuyebot.bot.shared.LinkTokens;
import com.wuyebot.bot.shared.Pseudonyms;
import com.wuyebot.bot.wording.Wording;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What the sign-up page behind an activity's link shows: the activity, the places left or the waiting list, where
 * this resident stands, and one button to sign up or cancel; or a clear page for a link that was changed (403) or
 * has expired (410). The link is the key: it stands for one resident, and the page acts only for that resident,
 * through {@link ActivitySignups} exactly as 「报名」 in the chat does.
 */
@Service
public class ActivityPage {

  private static final String PAGE = "activity/page";
  private static final String MESSAGE = "activity/message";
  private static final String SIGN_UP = "sign-up";
  private static final String CANCEL = "cancel";
  private static final Logger log = LoggerFactory.getLogger(ActivityPage.class);

  private final NoticeLinks links;
  private final NoticeRepository notices;
  private final ActivitySignups signups;
  private final NoticeMessages messages;
  private final Wording wording;
  private final Pseudonyms pseudonyms;
  private final Clock clock;

  ActivityPage(NoticeLinks links, NoticeRepository notices, ActivitySignups signups, NoticeMessages messages,
      Wording wording, Pseudonyms pseudonyms, Clock clock) {
    this.links = links;
    this.notices = notices;
    this.signups = signups;
    this.messages = messages;
    this.wording = wording;
    this.pseudonyms = pseudonyms;
    this.clock = clock;
  }

  /** A page to render: template, HTTP status and model. */
  public record View(String template, int status, Map<String, Object> model) {
  }

  public View show(String token) {
    Checked checked = check(token);
    return checked.refusal != null ? checked.refusal : page(token, checked, null, null, 200);
  }

  /** @param action sign-up or cancel as posted by the page's button; anything else shows the page again (400) */
  public View act(String token, String action) {
    Checked checked = check(token);
    if (checked.refusal != null) {
      return checked.refusal;
    }
    if (!SIGN_UP.equals(action) && !CANCEL.equals(action)) {
      return page(token, checked, null, wording.text("notice.page.choose"), 400);
    }
    DeliveryStore.Recipient resident = checked.resident;
    ActivitySignups.Answer answer = SIGN_UP.equals(action)
        ? signups.signUp(resident.noticeId(), resident.appId(), resident.openId(), "LINK")
        : signups.cancel(resident.noticeId(), resident.appId(), resident.openId());
    log.info("Activity {}: resident {} {} by link", resident.noticeId(), pseudonyms.of(resident.openId()), answer.outcome());
    return page(token, new Checked(answer.notice(), resident, null), done(answer), null, 200);
  }

  private Checked check(String token) {
    NoticeLinks.Verdict verdict = links.verify(token);
    if (verdict.check() == LinkTokens.Check.EXPIRED) {
      return Checked.refused(message(wording.text("notice.page.expired"), 410));
    }
    Optional<Notice> notice = verdict.check() == LinkTokens.Check.VALID
        ? notices.findById(verdict.recipient().noticeId()) : Optional.empty();
    if (notice.isEmpty()) {
      return Checked.refused(message(wording.text("notice.page.invalid"), 403));
    }
    return new Checked(notice.get(), verdict.recipient(), null);
  }

  private View page(String token, Checked checked, String done, String error, int status) {
    Notice notice = checked.notice;
    DeliveryStore.Recipient resident = checked.resident;
    boolean open = ActivitySignups.isOpen(notice, clock.instant());
    ActivitySignups.Counts counts = signups.counts(notice.id());
    ActivitySignups.Standing standing = signups.standing(notice.id(), resident.appId(), resident.openId());
    boolean full = notice.capacity() != null && counts.confirmed() >= notice.capacity();
    Map<String, Object> model = base();
    model.put("token", token);
    model.put("kind", messages.kind(notice.kind()));
    model.put("activity", notice.title());
    model.put("body", notice.body());
    model.put("timeLabel", wording.text("notice.page.time"));
    model.put("time", messages.spoken(notice.startsAt()));
    model.put("placeLabel", wording.text("notice.page.place"));
    model.put("place", messages.place(notice));
    model.put("places", places(notice, counts, full));
    model.put("standing", standing(standing));
    model.put("done", done);
    model.put("error", error);
    model.put("closed", open ? null : wording.text("notice.page.closed"));
    if (open) {
      boolean signedUp = standing.status() != null;
      model.put("action", signedUp ? CANCEL : SIGN_UP);
      model.put("button", wording.text(signedUp ? "notice.page.cancel" : full ? "notice.page.join-waiting" : "notice.page.sign-up"));
    }
    return new View(PAGE, status, model);
  }

  private String places(Notice notice, ActivitySignups.Counts counts, boolean full) {
    if (notice.capacity() == null) {
      return wording.text("notice.page.unlimited", "confirmed", counts.confirmed());
    }
    if (full) {
      return wording.text("notice.page.full", "capacity", notice.capacity(), "waiting", counts.waiting());
    }
    return wording.text("notice.page.places-left", "left", notice.capacity() - counts.confirmed(), "capacity",
        notice.capacity());
  }

  private String standing(ActivitySignups.Standing standing) {
    if (standing.status() == SignupStatus.CONFIRMED) {
      return wording.text("notice.page.you.confirmed");
    }
    if (standing.status() == SignupStatus.WAITING) {
      return wording.text("notice.page.you.waiting", "position", standing.position());
    }
    return wording.text("notice.page.you.none");
  }

  /** What the button did, when the standing alone would not say it; CLOSED shows as the closed line. */
  private String done(ActivitySignups.Answer answer) {
    return switch (answer.outcome()) {
      case CONFIRMED -> wording.text("notice.page.done.confirmed");
      case WAITING -> wording.text("notice.page.done.waiting", "position", answer.position());
      case CANCELLED -> wording.text("notice.page.done.cancelled");
      case ALREADY_CONFIRMED, ALREADY_WAITING, NOT_SIGNED_UP, CLOSED -> null;
    };
  }

  private View message(String text, int status) {
    Map<String, Object> model = base();
    model.put("message", text);
    return new View(MESSAGE, status, model);
  }

  private Map<String, Object> base() {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", wording.text("notice.page.title"));
    return model;
  }

  private record Checked(Notice notice, DeliveryStore.Recipient resident, View refusal) {

    static Checked refused(View refusal) {
      return new Checked(null, null, refusal);
    }
  }
}
