package com.wuyebot.bot.conversation;

import com.wuyebot.bot.ticket.Staff;
import com.wuyebot.bot.ticket.StaffDirectory;
import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketService;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Praise that reaches the named staff member's record (感谢维修师傅王建国, 表扬保安小李). */
@Service
public class StaffPraises {

  private static final Logger log = LoggerFactory.getLogger(StaffPraises.class);

  private final PraiseRepository praises;
  private final StaffDirectory staff;
  private final TicketService tickets;
  private final Clock clock;

  StaffPraises(PraiseRepository praises, StaffDirectory staff, TicketService tickets, Clock clock) {
    this.praises = praises;
    this.staff = staff;
    this.tickets = tickets;
    this.clock = clock;
  }

  /** A praise ticket as one staff member's record shows it. */
  public record Entry(String ticketNumber, String community, String text, java.time.Instant at) {
  }

  /** Links the praise ticket to the staff member it names, among the active staff of the community. */
  Optional<Staff> link(Ticket praise, String text) {
    List<Staff> candidates = staff.staff(null).stream()
        .filter(Staff::isActive)
        .filter(member -> member.team().community() == null || member.team().community().equals(praise.community()))
        .toList();
    Optional<Staff> named = StaffMentions.find(text, candidates.stream().map(Staff::name).toList())
        .flatMap(name -> candidates.stream().filter(member -> member.name().equals(name)).findFirst());
    named.ifPresent(member -> {
      try {
        if (!praises.existsByTicketIdAndStaffId(praise.id(), member.id())) {
          praises.saveAndFlush(new Praise(praise.id(), praise.number(), member.id(), clock.instant()));
        }
        log.info("Praise {} linked to staff {}", praise.number(), member.id());
      } catch (DataIntegrityViolationException e) {
        log.debug("Praise {} was linked to staff {} by a retry at the same time", praise.number(), member.id());
      }
    });
    return named;
  }

  /** @throws com.wuyebot.bot.ticket.StaffNotFoundException for an unknown id */
  @Transactional(readOnly = true)
  public List<Entry> of(long staffId) {
    staff.member(staffId);
    return praises.findByStaffIdOrderByCreatedAtDesc(staffId).stream()
        .map(praise -> tickets.get(praise.ticketNumber()))
        .map(ticket -> new Entry(ticket.number(), ticket.community(), ticket.description(), ticket.createdAt()))
        .toList();
  }
}
