package com.wuyebot.bot.ticket;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A promise to a resident: a repair, complaint, suggestion or praise with its number, its owner
 * and its history. Every change of state goes through a method here, which refuses what the
 * lifecycle does not allow ({@link TicketAction}) and writes a line of history.
 */
@Entity
@Table(name = "ticket")
public class Ticket {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ticket_number", nullable = false, updatable = false)
  private String number;

  @Column(name = "request_key", updatable = false)
  private String requestKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "ticket_type", nullable = false, updatable = false)
  private TicketType type;

  @Column(nullable = false)
  private String category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TicketPriority priority;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TicketStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "held_from")
  private TicketStatus heldFrom;

  @Column(nullable = false)
  private String community;

  private String house;

  private String location;

  @Column(nullable = false)
  private String description;

  @Convert(converter = PhotosConverter.class)
  @Column(nullable = false)
  private List<String> photos;

  @Column(name = "app_id", updatable = false)
  private String appId;

  @Column(name = "open_id", updatable = false)
  private String openId;

  @Column(name = "preferred_time")
  private String preferredTime;

  @Column(name = "preferred_at")
  private Instant preferredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private TicketChannel channel;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "team_id")
  private Team team;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "assignee_id")
  private Staff assignee;

  @Column(name = "merged_into")
  private String mergedInto;

  @Column(name = "urge_count", nullable = false)
  private int urges;

  @Column(name = "last_urged_at")
  private Instant lastUrgedAt;

  /** Set by {@link IncidentDesk} with an update of its own, so that no stale copy of a ticket unlinks it. */
  @Column(name = "incident_id", insertable = false, updatable = false)
  private Long incidentId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
  @OrderBy("at, id")
  private List<TicketChange> history = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
  @OrderBy("at, id")
  private List<TicketComment> comments = new ArrayList<>();

  @Version
  private long version;

  protected Ticket() {
  }

  Ticket(String number, OpenTicketCommand command, String by, Clock clock) {
    Instant now = clock.instant();
    this.number = number;
    this.requestKey = command.requestKey();
    this.type = command.type();
    this.category = command.category();
    this.priority = command.priority();
    this.status = TicketStatus.NEW;
    this.community = command.community();
    this.house = command.house();
    this.location = command.location();
    this.description = command.description();
    this.photos = command.photos();
    this.appId = command.appId();
    this.openId = command.openId();
    this.preferredTime = command.preferredTime();
    this.preferredAt = command.preferredAt();
    this.channel = command.channel();
    this.createdAt = now;
    this.updatedAt = now;
    history.add(new TicketChange(now, actor(by), TicketAction.OPEN, null, TicketStatus.NEW, null));
  }

  /** To a member (manual, automatic, or reassignment); the ticket joins the member's team. */
  public void assign(Staff staff, String by, Clock clock) {
    if (!staff.isActive()) {
      throw new IllegalArgumentException("Staff " + staff.id() + " is no longer active");
    }
    Instant now = move(TicketAction.ASSIGN, TicketStatus.ASSIGNED, by, clock, staff.name() + " (" + staff.team().name() + ")");
    this.assignee = staff;
    this.team = staff.team();
    staff.tookTicket(now);
  }

  /** To a team's queue when nobody of it can take the ticket now; the state does not change. */
  public void routeTo(Team team, String by, Clock clock) {
    move(TicketAction.ROUTE, status, by, clock, team.name());
    this.team = team;
  }

  public void start(String by, Clock clock) {
    move(TicketAction.START, TicketStatus.IN_PROGRESS, by, clock, null);
  }

  public void hold(String reason, String by, Clock clock) {
    TicketStatus before = status;
    move(TicketAction.HOLD, TicketStatus.ON_HOLD, by, clock, reason);
    this.heldFrom = before;
  }

  public void resume(String by, Clock clock) {
    move(TicketAction.RESUME, heldFrom, by, clock, null);
    this.heldFrom = null;
  }

  public void resolve(String note, String by, Clock clock) {
    this.resolvedAt = move(TicketAction.RESOLVE, TicketStatus.RESOLVED, by, clock, note);
  }

  /**
   * Resolved with its incident: the outage was fixed at the source, so the ticket is done from any
   * state in which work was still owed, including before anyone started on it.
   */
  public void resolveWithIncident(String note, String by, Clock clock) {
    if (!TicketStatus.WORK_OWED.contains(status)) {
      throw new IllegalTicketTransitionException(number, status, TicketAction.RESOLVE);
    }
    this.resolvedAt = record(TicketAction.RESOLVE, TicketStatus.RESOLVED, by, clock, note);
    this.heldFrom = null;
  }

  public void close(String by, Clock clock) {
    move(TicketAction.CLOSE, TicketStatus.CLOSED, by, clock, null);
  }

  /** 没修好: back into the queue, to be assigned again, while the resolution is recent. */
  public void reopen(String reason, String by, Clock clock, Duration window) {
    if (TicketAction.REOPEN.allowedFrom(status) && resolvedAt != null && clock.instant().isAfter(resolvedAt.plus(window))) {
      throw new ReopenWindowClosedException(number, window);
    }
    move(TicketAction.REOPEN, TicketStatus.REOPENED, by, clock, reason);
  }

  public void cancel(String reason, String by, Clock clock) {
    move(TicketAction.CANCEL, TicketStatus.CANCELLED, by, clock, reason);
  }

  /** A duplicate of another report: this one ends, the other carries the work. */
  public void mergeInto(Ticket target, String by, Clock clock) {
    if (target == this || target.number.equals(number)) {
      throw new IllegalArgumentException("A ticket cannot be merged into itself");
    }
    if (target.status.isFinal()) {
      throw new IllegalTicketTransitionException(target.number, target.status, TicketAction.MERGE);
    }
    move(TicketAction.MERGE, TicketStatus.MERGED, by, clock, "→ " + target.number);
    this.mergedInto = target.number;
    target.comment(by, "合并了重复的工单 " + number, false, clock);
  }

  public void comment(String author, String body, boolean visibleToResident, Clock clock) {
    Instant now = clock.instant();
    comments.add(new TicketComment(now, actor(author), Team.requireText(body, "comment"), visibleToResident));
    this.updatedAt = now;
  }

  /** 催单: the second urge makes the ticket HIGH, the third URGENT; never lowers a priority. */
  public void urge(String by, Clock clock, Duration minInterval) {
    Instant now = clock.instant();
    if (!TicketAction.URGE.allowedFrom(status)) {
      throw new IllegalTicketTransitionException(number, status, TicketAction.URGE);
    }
    if (lastUrgedAt != null && now.isBefore(lastUrgedAt.plus(minInterval))) {
      throw new UrgedTooSoonException(number, lastUrgedAt.plus(minInterval));
    }
    urges++;
    TicketPriority raised = urges >= 3 ? TicketPriority.URGENT : urges == 2 ? TicketPriority.HIGH : priority;
    if (raised.ordinal() < priority.ordinal()) {
      priority = raised;
    }
    move(TicketAction.URGE, status, by, clock, "#" + urges + " " + priority);
    lastUrgedAt = now;
  }

  /** Photos the resident sent after opening (补充). */
  public void addPhotos(List<String> more, Clock clock) {
    List<String> all = new ArrayList<>(photos);
    more.stream().filter(p -> p != null && !p.isBlank() && !all.contains(p)).forEach(all::add);
    this.photos = all;
    this.updatedAt = clock.instant();
  }

  private Instant move(TicketAction action, TicketStatus to, String by, Clock clock, String detail) {
    if (!action.allowedFrom(status)) {
      throw new IllegalTicketTransitionException(number, status, action);
    }
    return record(action, to, by, clock, detail);
  }

  private Instant record(TicketAction action, TicketStatus to, String by, Clock clock, String detail) {
    Instant now = clock.instant();
    history.add(new TicketChange(now, actor(by), action, status, to, detail));
    this.status = to;
    this.updatedAt = now;
    return now;
  }

  private static String actor(String by) {
    String actor = Team.requireText(by, "actor");
    return actor.length() > 64 ? actor.substring(0, 64) : actor;
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public String requestKey() {
    return requestKey;
  }

  public TicketType type() {
    return type;
  }

  public String category() {
    return category;
  }

  public TicketPriority priority() {
    return priority;
  }

  public TicketStatus status() {
    return status;
  }

  public String community() {
    return community;
  }

  public String house() {
    return house;
  }

  public String location() {
    return location;
  }

  public String description() {
    return description;
  }

  public List<String> photos() {
    return photos;
  }

  public String appId() {
    return appId;
  }

  public String openId() {
    return openId;
  }

  public String preferredTime() {
    return preferredTime;
  }

  public Instant preferredAt() {
    return preferredAt;
  }

  public TicketChannel channel() {
    return channel;
  }

  public Team team() {
    return team;
  }

  public Staff assignee() {
    return assignee;
  }

  public String mergedInto() {
    return mergedInto;
  }

  public int urges() {
    return urges;
  }

  public Instant lastUrgedAt() {
    return lastUrgedAt;
  }

  /** The incident this report belongs to, or null. */
  public Long incidentId() {
    return incidentId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }

  public List<TicketChange> history() {
    return Collections.unmodifiableList(history);
  }

  public List<TicketComment> comments() {
    return Collections.unmodifiableList(comments);
  }
}
