package com.wuyebot.bot.escalation;

import com.wuyebot.bot.console.ConsoleActor;
import com.wuyebot.bot.console.ConsoleUser;
import com.wuyebot.bot.console.ConsoleUsers;
import com.wuyebot.bot.shared.Pseudonyms;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The queue as agents see it, and who is there to take it. */
@Service
public class Inbox {

  private static final int PREVIEW = 60;

  private final Escalations escalations;
  private final ConsoleUsers users;
  private final Pseudonyms pseudonyms;
  private final EscalationProperties properties;
  private final Clock clock;

  Inbox(Escalations escalations, ConsoleUsers users, Pseudonyms pseudonyms, EscalationProperties properties, Clock clock) {
    this.escalations = escalations;
    this.users = users;
    this.pseudonyms = pseudonyms;
    this.properties = properties;
    this.clock = clock;
  }

  public List<InboxRow> rows(ConsoleActor actor) {
    Instant now = clock.instant();
    Map<String, String> names = users.all().stream()
        .collect(Collectors.toMap(ConsoleUser::username, ConsoleUser::displayName, (a, b) -> a));
    List<Escalation> open = escalations.inbox();
    Map<Long, TranscriptEntry> latest = escalations.latestFromResidents(open);
    return open.stream().map(e -> new InboxRow(e.id(), residentName(e), ReasonNames.of(e.reason()),
        e.status(), e.agent() == null ? null : names.getOrDefault(e.agent(), e.agent()),
        Duration.between(e.requestedAt(), now), lastWords(latest.get(e.id())),
        e.isUnclaimedTooLong(now, properties.unclaimedAlertAfter()), actor.username().equals(e.agent()))).toList();
  }

  public List<ConsoleUser> agents() {
    return users.all().stream().filter(ConsoleUser::isEnabled).toList();
  }

  /** Residents are shown by pseudonym: agents need to tell them apart, not to know their openid. */
  public String residentName(Escalation escalation) {
    return "居民 " + pseudonyms.of(escalation.openId()).substring(2, 8);
  }

  private static String lastWords(TranscriptEntry latest) {
    if (latest == null) {
      return null;
    }
    return switch (latest.contentKind()) {
      case IMAGE -> "[图片]";
      case VOICE -> "[语音] " + preview(latest.shownBody());
      default -> preview(latest.shownBody());
    };
  }

  private static String preview(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= PREVIEW ? text : text.substring(0, PREVIEW) + "…";
  }
}
