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
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Tells staff about their work: a WeChat template message to each member on the account they bound
 * to, and a text to their team's WeCom group where the team has a robot. Every notification is
 * recorded in {@code staff_notification} before it is sent, once per purpose, channel and
 * recipient (a unique row), so a repeated event, sweep or digest, or a second instance, sends
 * nothing twice; the row keeps the outcome and WeChat's or WeCom's errcode. Transient failures
 * are tried again with a doubling wait, and so is an attempt cut short by a stopped instance; a
 * row is claimed before each retry, so one instance makes it.
 *
 * <p>Calls WeChat and WeCom on the caller's thread: call it after the change is committed and off
 * any resident's reply path.
 */
@Service
public class StaffNotifier {

  private static final Logger log = LoggerFactory.getLogger(StaffNotifier.class);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final int MAX_BODY = 2000;
  private static final int MAX_TITLE = 100;
  /** A template's thing fields take 20 characters. */
  private static final int MAX_THING = 20;
  /** WeCom: system busy, and more than 20 messages a minute to one robot. */
  private static final Set<Integer> WECOM_TRANSIENT = Set.of(WecomRobot.TRANSPORT_ERROR, 45009);
  private static final int RETRY_BATCH = 50;

  private final StaffRepository staff;
  private final TeamRepository teams;
  private final TicketRepository ticketRows;
  private final WechatGateway gateway;
  private final WecomRobot wecom;
  private final StaffNoticeProperties properties;
  private final TicketProperties tickets;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  StaffNotifier(StaffRepository staff, TeamRepository teams, TicketRepository ticketRows, WechatGateway gateway,
      WecomRobot wecom, StaffNoticeProperties properties, TicketProperties tickets, JdbcTemplate jdbc, Clock clock) {
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
    // one read of the members and of the ticket for all recipients, not one per recipient
    Map<Long, Staff> members = notice.staffIds().isEmpty() ? Map.of()
        : staff.findAllById(notice.staffIds()).stream().collect(Collectors.toMap(Staff::id, Function.identity()));
    Optional<Ticket> ticket = members.isEmpty() ? Optional.empty() : ticketOf(notice.ticketNumber());
    for (Long id : notice.staffIds()) {
      Staff member = members.get(id);
      if (member == null) {
        log.warn("Staff notice {} names unknown staff {}", notice.purpose(), id);
        continue;
      }
      Row row = new Row(notice.purpose(), Channel.TEMPLATE, "staff:" + id, id, notice.ticketNumber(), notice.title(),
          notice.text(), null);
      sent += first(row, () -> sendTemplate(member, row, ticket));
    }
    if (notice.teamId() != null) {
      Optional<String> webhook = teams.findById(notice.teamId()).map(Team::wecomWebhook);
      if (webhook.isPresent()) {
        sent += toGroup(new Row(notice.purpose(), Channel.WECOM, "team:" + notice.teamId(), null, notice.ticketNumber(),
            notice.title(), notice.text(), webhook.get()));
      }
    }
    return sent;
  }

  /** A text to a WeCom group that is not a team's (e.g. the managers' group for the digest). */
  public int notifyGroup(String purpose, String recipient, String webhook, String text) {
    return toGroup(new Row(purpose, Channel.WECOM, recipient, null, null, null, text, webhook));
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

  /** Tries again what failed transiently and what a stopped instance left half done; returns how many it tried. */
  int retryDue() {
    Instant now = clock.instant();
    List<Due> due = jdbc.query("""
        SELECT purpose, channel, recipient, staff_id, ticket_number, title, body, webhook, status, attempts
        FROM staff_notification
        WHERE (status = 'PENDING' AND next_attempt_at <= ?) OR (status = 'SENDING' AND attempted_at < ?)
        ORDER BY id LIMIT ?""",
        (rs, i) -> new Due(new Row(rs.getString(1), Channel.valueOf(rs.getString(2)), rs.getString(3),
            rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)),
            rs.getString(9), rs.getInt(10)),
        Timestamp.from(now), Timestamp.from(now.minus(properties.attemptLease())), RETRY_BATCH);
    int tried = 0;
    for (Due candidate : due) {
      Row row = candidate.row();
      int claimed = jdbc.update("""
          UPDATE staff_notification SET status = 'SENDING', attempts = attempts + 1, attempted_at = ?, next_attempt_at = NULL
          WHERE purpose = ? AND channel = ? AND recipient = ? AND status = ? AND attempts = ?""",
          Timestamp.from(now), row.purpose(), row.channel().name(), row.recipient(), candidate.status(), candidate.attempts());
      if (claimed == 1) {
        attempt(row, candidate.attempts() + 1, () -> resend(row));
        tried++;
      }
    }
    return tried;
  }

  private Outcome resend(Row row) {
    if (row.channel() == Channel.WECOM) {
      return row.webhook() == null ? Outcome.failed(null, "no webhook recorded") : say(row);
    }
    Optional<Staff> member = row.staffId() == null ? Optional.empty() : staff.findById(row.staffId());
    return member.map(m -> sendTemplate(m, row, ticketOf(row.ticketNumber()))).orElseGet(() -> Outcome.skipped("member no longer exists"));
  }

  private int toGroup(Row row) {
    return first(row, () -> say(row));
  }

  private Outcome say(Row row) {
    try {
      wecom.say(row.webhook(), row.body());
      return Outcome.SENT;
    } catch (WecomRobot.WecomException e) {
      return WECOM_TRANSIENT.contains(e.errcode()) ? Outcome.transientFailure(e.errcode(), e.getMessage())
          : Outcome.failed(e.errcode(), e.getMessage());
    } catch (IllegalArgumentException e) {
      return Outcome.failed(null, "invalid webhook URL");
    }
  }

  private Outcome sendTemplate(Staff member, Row row, Optional<Ticket> ticket) {
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
    String url = template.get().url() == null || template.get().url().isBlank() ? null : template.get().url();
    try {
      gateway.sendTemplate(member.appId(), new TemplateMessage(member.openId(), template.get().templateId(), url,
          templateData(row, ticket, template.get().keywords()), null));
      return Outcome.SENT;
    } catch (WechatApiException e) {
      return e.failure().isRetryable() ? Outcome.transientFailure(e.errorCode(), e.getMessage())
          : Outcome.failed(e.errorCode(), e.getMessage());
    } catch (IllegalArgumentException e) {
      return Outcome.failed(null, "account " + member.appId() + " is not configured");
    }
  }

  /** Our fields under the template's keyword names; with no mapping, all of them under their own names. */
  private Map<String, String> templateData(Row row, Optional<Ticket> ticket, Map<String, String> keywords) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("title", row.title() == null ? "" : row.title());
    data.put("number", row.ticketNumber() == null ? "-" : row.ticketNumber());
    data.put("category", ticket.map(Ticket::category).orElse("-"));
    data.put("place", ticket.map(t -> t.community() + (t.house() != null ? t.house() : t.location() != null ? t.location() : ""))
        .orElse("-"));
    data.put("text", row.body());
    data.put("time", LocalDateTime.ofInstant(clock.instant(), tickets.zone()).format(TIME));
    Map<String, String> keyed = new LinkedHashMap<>();
    data.forEach((field, value) -> {
      if (!keywords.isEmpty() && !keywords.containsKey(field)) {
        return;
      }
      String keyword = keywords.getOrDefault(field, field);
      keyed.put(keyword, keyword.startsWith("thing") && value.length() > MAX_THING
          ? value.substring(0, MAX_THING - 1) + "…" : value);
    });
    return keyed;
  }

  private Optional<Ticket> ticketOf(String number) {
    return number == null ? Optional.empty() : ticketRows.findByNumber(number);
  }

  /** Records the notification, unless it was recorded before, and makes its first attempt. */
  private int first(Row row, Supplier<Outcome> send) {
    Instant now = clock.instant();
    int inserted = jdbc.update("""
        INSERT INTO staff_notification (purpose, channel, recipient, staff_id, ticket_number, title, body, webhook, status,
          attempts, attempted_at, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'SENDING', 1, ?, ?) ON CONFLICT DO NOTHING""",
        row.purpose(), row.channel().name(), row.recipient(), row.staffId(), row.ticketNumber(),
        truncate(row.title(), MAX_TITLE), truncate(row.body(), MAX_BODY), row.webhook(), Timestamp.from(now),
        Timestamp.from(now));
    if (inserted == 0) {
      log.debug("Staff notice {} to {} by {} was recorded before; not sent again", row.purpose(), row.recipient(),
          row.channel());
      return 0;
    }
    return attempt(row, 1, send);
  }

  private int attempt(Row row, int attempt, Supplier<Outcome> send) {
    Outcome outcome;
    try {
      outcome = send.get();
    } catch (RuntimeException e) {
      log.error("Staff notice {} to {} by {} failed unexpectedly", row.purpose(), row.recipient(), row.channel(), e);
      outcome = Outcome.transientFailure(null, e.getClass().getSimpleName());
    }
    StaffNotificationStatus status = outcome.status();
    Instant next = null;
    if (outcome.retryable()) {
      if (attempt < properties.maxAttempts()) {
        status = StaffNotificationStatus.PENDING;
        next = clock.instant().plus(properties.retryFirstDelay().multipliedBy(1L << Math.min(attempt - 1, 16)));
      } else {
        status = StaffNotificationStatus.FAILED;
      }
    }
    jdbc.update("""
        UPDATE staff_notification SET status = ?, errcode = ?, error = ?, sent_at = ?, next_attempt_at = ?
        WHERE purpose = ? AND channel = ? AND recipient = ?""",
        status.name(), outcome.errcode(), truncate(outcome.error(), 500),
        status == StaffNotificationStatus.SENT ? Timestamp.from(clock.instant()) : null,
        next == null ? null : Timestamp.from(next), row.purpose(), row.channel().name(), row.recipient());
    if (status == StaffNotificationStatus.SENT) {
      log.info("Staff notice {} sent to {} by {}", row.purpose(), row.recipient(), row.channel());
      return 1;
    }
    log.warn("Staff notice {} to {} by {}, attempt {}: {} (errcode {}, {}){}", row.purpose(), row.recipient(),
        row.channel(), attempt, status, outcome.errcode(), outcome.error(), next == null ? "" : "; again at " + next);
    return 0;
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  enum Channel { TEMPLATE, WECOM }

  /** What a notification row holds: enough to make any attempt again. */
  private record Row(String purpose, Channel channel, String recipient, Long staffId, String ticketNumber, String title,
      String body, String webhook) {
  }

  private record Due(Row row, String status, int attempts) {
  }

  private record Outcome(StaffNotificationStatus status, Integer errcode, String error, boolean retryable) {

    static final Outcome SENT = new Outcome(StaffNotificationStatus.SENT, null, null, false);

    static Outcome failed(Integer errcode, String error) {
      return new Outcome(StaffNotificationStatus.FAILED, errcode, error, false);
    }

    static Outcome transientFailure(Integer errcode, String error) {
      return new Outcome(StaffNotificationStatus.FAILED, errcode, error, true);
    }

    static Outcome skipped(String reason) {
      return new Outcome(StaffNotificationStatus.SKIPPED, null, reason, false);
    }
  }
}
