package com.wuyebot.bot.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tickets for the conversation, the console and other systems: open, move through the lifecycle,
 * dispatch, comment, find. Every ticket returned is fully loaded (history, comments, team,
 * assignee), so callers can read it outside a transaction. Events are published inside the
 * transaction; listeners that talk to residents should listen after commit.
 */
@Service
public class TicketService {

  private static final Logger log = LoggerFactory.getLogger(TicketService.class);
  private static final int MAX_PAGE_SIZE = 100;

  private final TicketRepository tickets;
  private final StaffRepository staff;
  private final TicketNumbers numbers;
  private final TicketDispatcher dispatcher;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final TicketProperties properties;
  private final TransactionTemplate transaction;

  TicketService(TicketRepository tickets, StaffRepository staff, TicketNumbers numbers, TicketDispatcher dispatcher,
      ApplicationEventPublisher events, Clock clock, TicketProperties properties, PlatformTransactionManager transactions) {
    this.tickets = tickets;
    this.staff = staff;
    this.numbers = numbers;
    this.dispatcher = dispatcher;
    this.events = events;
    this.clock = clock;
    this.properties = properties;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * Opens a ticket, or returns the one already opened with the same request key (a retried WeChat
   * message, a double-clicked form), also when both attempts run at once on different instances.
   * With auto-assignment on, the ticket goes to an on-duty member of its team when there is one.
   * Call it outside a transaction: the day's number counter is created in one of its own.
   */
  public Ticket open(OpenTicketCommand command, String by) {
    Optional<Ticket> earlier = byRequestKey(command.requestKey());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Instant now = clock.instant();
    LocalDate day = LocalDate.ofInstant(now, properties.zone());
    numbers.prepare(command.type(), day);
    try {
      return transaction.execute(status -> {
        Clock openedAt = Clock.fixed(now, properties.zone());
        Ticket ticket = tickets.saveAndFlush(new Ticket(numbers.next(command.type(), day), command, by, openedAt));
        events.publishEvent(new TicketOpened(ticket.number(), ticket.type(), ticket.category(), ticket.community(),
            ticket.appId(), ticket.openId()));
        if (properties.autoAssignOnOpen()) {
          dispatchIfPossible(ticket, by);
        }
        return loaded(ticket);
      });
    } catch (DataIntegrityViolationException e) {
      // the same request key won a race on another thread or instance: answer with its ticket
      return byRequestKey(command.requestKey()).orElseThrow(() -> e);
    }
  }

  @Transactional(readOnly = true)
  public Ticket get(String number) {
    return loaded(find(number));
  }

  /** Newest first; history and comments are not loaded (read them with {@link #get}). */
  @Transactional(readOnly = true)
  public Page<Ticket> list(TicketQuery query, int page, int size) {
    PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE),
        Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
    return tickets.findAll(query.toSpecification(properties.zone()), request);
  }

  /** A resident's latest tickets, for 「我的报修」 and progress questions. */
  @Transactional(readOnly = true)
  public List<Ticket> ofResident(String appId, String openId) {
    return tickets.findTop20ByAppIdAndOpenIdOrderByCreatedAtDesc(appId, openId);
  }

  @Transactional
  public Ticket assign(String number, long staffId, String by) {
    Ticket ticket = find(number);
    Staff member = staff.findById(staffId).orElseThrow(() -> new StaffNotFoundException(staffId));
    assign(ticket, member, by, false);
    return loaded(ticket);
  }

  /** To the on-duty member of the ticket's team with the fewest open tickets. */
  @Transactional
  public Ticket autoAssign(String number, String by) {
    Ticket ticket = find(number);
    if (!TicketAction.ASSIGN.allowedFrom(ticket.status())) {
      throw new IllegalTicketTransitionException(number, ticket.status(), TicketAction.ASSIGN);
    }
    Team team = dispatcher.teamFor(ticket.category(), ticket.community()).orElseThrow(() -> new NoAssigneeAvailableException(
        "No active team takes " + ticket.category() + " in " + ticket.community()));
    Staff member = dispatcher.memberToAssign(team, clock.instant()).orElseThrow(() -> new NoAssigneeAvailableException(
        "Nobody of " + team.name() + " is on duty now"));
    assign(ticket, member, by, true);
    return loaded(ticket);
  }

  @Transactional
  public Ticket start(String number, String by) {
    return change(number, ticket -> ticket.start(by, clock));
  }

  @Transactional
  public Ticket hold(String number, String reason, String by) {
    return change(number, ticket -> ticket.hold(reason, by, clock));
  }

  @Transactional
  public Ticket resume(String number, String by) {
    return change(number, ticket -> ticket.resume(by, clock));
  }

  @Transactional
  public Ticket resolve(String number, String note, String by) {
    return change(number, ticket -> {
      ticket.resolve(note, by, clock);
      events.publishEvent(new TicketResolved(ticket.number(), ticket.appId(), ticket.openId(), note));
    });
  }

  /**
   * Resolved with its incident (see {@link IncidentDesk}), in the desk's transaction that loaded the ticket; the
   * resident is told as for any resolution.
   */
  void resolveWithIncident(Ticket ticket, String note, String by) {
    ticket.resolveWithIncident(note, by, clock);
    events.publishEvent(new TicketResolved(ticket.number(), ticket.appId(), ticket.openId(), note));
  }

  @Transactional
  public Ticket close(String number, String by) {
    return change(number, ticket -> ticket.close(by, clock));
  }

  @Transactional
  public Ticket reopen(String number, String reason, String by) {
    return change(number, ticket -> {
      ticket.reopen(reason, by, clock, properties.reopenWindow());
      events.publishEvent(new TicketReopened(ticket.number(), ticket.appId(), ticket.openId(), reason));
    });
  }

  @Transactional
  public Ticket cancel(String number, String reason, String by) {
    return change(number, ticket -> {
      ticket.cancel(reason, by, clock);
      events.publishEvent(new TicketCancelled(ticket.number(), ticket.appId(), ticket.openId(), reason));
    });
  }

  /** A resident cancelling in chat: only their own ticket; another's is as good as missing. */
  @Transactional
  public Ticket cancelByResident(String number, String appId, String openId, String reason) {
    Ticket ticket = find(number);
    if (!appId.equals(ticket.appId()) || !openId.equals(ticket.openId())) {
      throw new TicketNotFoundException(number);
    }
    return cancel(number, reason, "resident");
  }

  /**
   * 催单 by the resident who reported it: at most once per {@code minInterval}; the second urge
   * raises the priority to HIGH, the third to URGENT. The dispatch side tells the assignee.
   */
  @Transactional
  public Ticket urge(String number, String appId, String openId, Duration minInterval) {
    Ticket ticket = ownedBy(number, appId, openId);
    ticket.urge("resident", clock, minInterval);
    events.publishEvent(new TicketUrged(ticket.id(), ticket.number(), ticket.urges(), ticket.priority()));
    return loaded(ticket);
  }

  /** 补充 by the resident who reported it: more words (a comment staff and resident see) and photos. */
  @Transactional
  public Ticket supplementByResident(String number, String appId, String openId, String text, List<String> photos) {
    Ticket ticket = ownedBy(number, appId, openId);
    if (text != null && !text.isBlank()) {
      ticket.comment("resident", text.strip(), true, clock);
    }
    if (photos != null && !photos.isEmpty()) {
      ticket.addPhotos(photos, clock);
    }
    return loaded(ticket);
  }

  private Ticket ownedBy(String number, String appId, String openId) {
    Ticket ticket = find(number);
    if (!appId.equals(ticket.appId()) || !openId.equals(ticket.openId())) {
      throw new TicketNotFoundException(number);
    }
    return ticket;
  }

  @Transactional
  public Ticket mergeInto(String number, String targetNumber, String by) {
    Ticket target = find(targetNumber);
    return change(number, ticket -> ticket.mergeInto(target, by, clock));
  }

  @Transactional
  public Ticket comment(String number, String author, String body, boolean visibleToResident) {
    return change(number, ticket -> ticket.comment(author, body, visibleToResident, clock));
  }

  /** One lifecycle step by name, for the API; ASSIGN and OPEN have their own methods. */
  @Transactional
  public Ticket transition(String number, TicketAction action, String note, String mergeInto, String by) {
    return switch (action) {
      case START -> start(number, by);
      case HOLD -> hold(number, note, by);
      case RESUME -> resume(number, by);
      case RESOLVE -> resolve(number, note, by);
      case CLOSE -> close(number, by);
      case REOPEN -> reopen(number, note, by);
      case CANCEL -> cancel(number, note, by);
      case MERGE -> mergeInto(number, requireTarget(mergeInto), by);
      case OPEN, ASSIGN, ROUTE, COMMENT, URGE -> throw new IllegalArgumentException(action + " is not a transition of its own here");
    };
  }

  private void dispatchIfPossible(Ticket ticket, String by) {
    Optional<Team> team = dispatcher.teamFor(ticket.category(), ticket.community());
    if (team.isEmpty()) {
      log.info("Ticket {} stays unassigned: no team takes its category", ticket.number());
      return;
    }
    Optional<Staff> member = dispatcher.memberToAssign(team.get(), clock.instant());
    if (member.isPresent()) {
      assign(ticket, member.get(), by, true);
    } else {
      ticket.routeTo(team.get(), by, clock);
      log.info("Ticket {} waits in team {}'s queue: nobody on duty", ticket.number(), team.get().id());
    }
  }

  private void assign(Ticket ticket, Staff member, String by, boolean automatic) {
    ticket.assign(member, by, clock);
    events.publishEvent(new TicketAssigned(ticket.number(), ticket.appId(), ticket.openId(), member.id(), member.name(),
        member.team().name(), member.openId(), automatic));
  }

  private Ticket change(String number, Consumer<Ticket> change) {
    Ticket ticket = find(number);
    change.accept(ticket);
    return loaded(ticket);
  }

  private Ticket find(String number) {
    return tickets.findByNumber(number).orElseThrow(() -> new TicketNotFoundException(number));
  }

  private Optional<Ticket> byRequestKey(String requestKey) {
    if (requestKey == null) {
      return Optional.empty();
    }
    return transaction.execute(status -> tickets.findByRequestKey(requestKey).map(TicketService::loaded));
  }

  private static String requireTarget(String mergeInto) {
    if (mergeInto == null || mergeInto.isBlank()) {
      throw new IllegalArgumentException("MERGE needs the number of the ticket to merge into");
    }
    return mergeInto.strip();
  }

  /** Reads the lazy parts while the transaction is open, so callers never meet a lazy proxy. */
  private static Ticket loaded(Ticket ticket) {
    ticket.history().size();
    ticket.comments().size();
    if (ticket.team() != null) {
      ticket.team().name();
    }
    if (ticket.assignee() != null) {
      ticket.assignee().name();
    }
    return ticket;
  }
}
