package com.wuyebot.bot.ticket;

import com.wuyebot.integration.wechat.outbound.TemplateMessage;
import com.wuyebot.integration.wechat.outbound.WechatApiException;
import com.wuyebot.integration.wechat.outbound.WechatGateway;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Tells staff about their work: a WeChat template message to each member on the account they bound
 * to, and a text to their team's WeCom group where the team has a robot. Every notification is
 * recorded in {@code staff_notification} before it is sent, once per purpose, channel and
 * recipient (a unique row), so a repeated event, sweep or digest, or a second instance, sends
 * nothing twice; the row keeps the outcome and WeChat's or WeCom's errcode.
 *
 * <p>Calls WeChat and WeCom on the caller's thread: call it after the change is committed and off
 * any resident's reply path.
 */
@Service
public class StaffNotifier {

  private static final Logger log = LoggerFactory.getLogger(StaffNotifier.class);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final int MAX_BODY = 2000;
  /** A template's thing fields take 20 characters. */
  private static final int MAX_THING = 20;

  private final StaffRepository staff;
  private final TeamRepository teams;
  private final TicketRepository ticketRows;
  private final WechatGateway gateway;
  private final WecomRobot wecom;
  private final StaffNoticeProperties properties;
  private final TicketProperties tickets;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  StaffNotifier(StaffRepository staff, TeamRepository teams, TicketRepository ticketRows, WechatGateway gateway, WecomRobot wecom,
      StaffNoticeProperties properties, TicketProperties tickets, JdbcTemplate jdbc, Clock clock) {
    this.staff = staff;
    this.teams = teams;
    this.ticketRows = ticketRows;
    this.gateway = gateway;
    this.wecom = wecom;
    this.properties = properties;
    this.tickets = tickets;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** @return how many notifications this call sent (those recorded before are not counted) */
  public int notify(StaffNotice notice) {
    int sent = 0;
    for (Long id : notice.staffIds()) {
      Optional<Staff> member = staff.findById(id);
      if (member.isEmpty()) {
        log.warn("Staff notice {} names unknown staff {}", notice.purpose(), id);
        continue;
      }
      sent += deliver(notice.purpose(), Channel.TEMPLATE, "staff:" + id, id, notice.ticketNumber(), notice.text(),
          () -> sendTemplate(member.get(), notice));
    }
    if (notice.teamId() != null) {
      Optional<String> webhook = teams.findById(notice.teamId()).map(Team::wecomWebhook);
      if (webhook.isPresent()) {
        sent += toGroup(notice.purpose(), "team:" + notice.teamId(), webhook.get(), notice.ticketNumber(), notice.text());
      }
    }
    return sent;
  }

  /** Everything recorded for a ticket, oldest first. */
  public List<StaffNotification> recordedFor(String ticketNumber) {
    return jdbc.query("""
        SELECT id, purpose, channel, recipient, staff_id, ticket_number, body, status, errcode, error, created_at, sent_at
        FROM staff_notification WHERE ticket_number = ? ORDER BY id""",
        (rs, row) -> new StaffNotification(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getObject(5, Long.class), rs.getString(6), rs.getString(7), StaffNotificationStatus.valueOf(rs.getString(8)),
            rs.getObject(9, Integer.class), rs.getString(10), rs.getTimestamp(11).toInstant(),
            rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toInstant()),
        ticketNumber);
  }

  /** A text to a WeCom group that is not a team's (e.g. the managers' group for the digest). */
  public int notifyGroup(String purpose, String recipient, String webhook, String text) {
    return toGroup(purpose, recipient, webhook, null, text);
  }

  private int toGroup(String purpose, String recipient, String webhook, String ticketNumber, String text) {
    return deliver(purpose, Channel.WECOM, recipient, null, ticketNumber, text, () -> {
      try {
        wecom.say(webhook, text);
        return Outcome.SENT;
      } catch (WecomRobot.WecomException e) {
        return Outcome.failed(e.errcode(), e.getMessage());
      } catch (IllegalArgumentException e) {
        return Outcome.failed(null, "invalid webhook URL");
      }
    });
  }

  private Outcome sendTemplate(Staff member, StaffNotice notice) {
    if (!member.isActive()) {
      return Outcome.skipped("member no longer active");
    }
    if (!member.isBound()) {
      return Outcome.skipped("member has not bound to the official account");
    }
    Optional<StaffNoticeProperties.Template> template = properties.template(member.appId());
    if (template.isEmpty()) {
      return Outcome.skipped("no staff template configured for account " + member.appId());
    }
    Map<String, String> data = new LinkedHashMap<>();
    data.put("title", notice.title() == null ? "" : notice.title());
    data.put("number", notice.ticketNumber() == null ? "-" : notice.ticketNumber());
    data.put("text", notice.text());
    Optional<Ticket> ticket = notice.ticketNumber() == null ? Optional.empty() : ticketRows.findByNumber(notice.ticketNumber());
    data.put("category", ticket.map(Ticket::category).orElse("-"));
    data.put("place", ticket.map(t -> t.community() + (t.house() != null ? t.house() : t.location() != null ? t.location() : ""))
        .orElse("-"));
    data.put("time", LocalDateTime.ofInstant(clock.instant(), tickets.zone()).format(TIME));
    Map<String, String> keyed = new LinkedHashMap<>();
    Map<String, String> keywords = template.get().keywords();
    data.forEach((field, value) -> {
      if (!keywords.isEmpty() && !keywords.containsKey(field)) {
        return;
      }
      String keyword = keywords.getOrDefault(field, field);
      keyed.put(keyword, keyword.startsWith("thing") && value.length() > MAX_THING
          ? value.substring(0, MAX_THING - 1) + "…" : value);
    });
    String url = template.get().url() == null || template.get().url().isBlank() ? null : template.get().url();
    try {
      gateway.sendTemplate(member.appId(), new TemplateMessage(member.openId(), template.get().templateId(), url, keyed,
          null));
      return Outcome.SENT;
    } catch (WechatApiException e) {
      return Outcome.failed(e.errorCode(), e.getMessage());
    } catch (IllegalArgumentException e) {
      return Outcome.failed(null, "account " + member.appId() + " is not configured");
    }
  }

  private int deliver(String purpose, Channel channel, String recipient, Long staffId, String ticketNumber, String body,
      Supplier<Outcome> send) {
    Instant now = clock.instant();
    int inserted = jdbc.update("""
        INSERT INTO staff_notification (purpose, channel, recipient, staff_id, ticket_number, body, status, created_at)
        VALUES (?, ?, ?, ?, ?, ?, 'SENDING', ?) ON CONFLICT DO NOTHING""",
        purpose, channel.name(), recipient, staffId, ticketNumber, truncate(body, MAX_BODY), Timestamp.from(now));
    if (inserted == 0) {
      log.debug("Staff notice {} to {} by {} was recorded before; not sent again", purpose, recipient, channel);
      return 0;
    }
    Outcome outcome;
    try {
      outcome = send.get();
    } catch (RuntimeException e) {
      log.error("Staff notice {} to {} by {} failed unexpectedly", purpose, recipient, channel, e);
      outcome = Outcome.failed(null, e.getClass().getSimpleName());
    }
    jdbc.update("""
        UPDATE staff_notification SET status = ?, errcode = ?, error = ?, sent_at = ?
        WHERE purpose = ? AND channel = ? AND recipient = ?""",
        outcome.status().name(), outcome.errcode(), truncate(outcome.error(), 500),
        outcome.status() == StaffNotificationStatus.SENT ? Timestamp.from(clock.instant()) : null, purpose, channel.name(),
        recipient);
    if (outcome.status() == StaffNotificationStatus.SENT) {
      log.info("Staff notice {} sent to {} by {}", purpose, recipient, channel);
      return 1;
    }
    log.warn("Staff notice {} to {} by {}: {} (errcode {}, {})", purpose, recipient, channel, outcome.status(),
        outcome.errcode(), outcome.error());
    return 0;
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  enum Channel { TEMPLATE, WECOM }

  private record Outcome(StaffNotificationStatus status, Integer errcode, String error) {

    static final Outcome SENT = new Outcome(StaffNotificationStatus.SENT, null, null);

    static Outcome failed(Integer errcode, String error) {
      return new Outcome(StaffNotificationStatus.FAILED, errcode, error);
    }

    static Outcome skipped(String reason) {
      return new Outcome(StaffNotificationStatus.SKIPPED, null, reason);
    }
  }
}
