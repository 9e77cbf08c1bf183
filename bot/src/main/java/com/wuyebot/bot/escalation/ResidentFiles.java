package com.wuyebot.bot.escalation;

import com.wuyebot.bot.console.AuditTrail;
import com.wuyebot.bot.console.ConsoleActor;
import com.wuyebot.bot.messaging.ResidentMessenger;
import com.wuyebot.bot.resident.Phones;
import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketService;
import com.wuyebot.bot.ticket.TicketStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The resident's personal data as agents see it. Every look is audited: opening a conversation
 * (its transcript and context) and revealing a phone number each leave a line in the audit trail.
 */
@Service
public class ResidentFiles {

  private static final Set<TicketStatus> FINISHED = Set.of(TicketStatus.CLOSED, TicketStatus.CANCELLED, TicketStatus.MERGED);

  private final Escalations escalations;
  private final TicketService tickets;
  private final ResidentMessenger messenger;
  private final AuditTrail audit;

  ResidentFiles(Escalations escalations, TicketService tickets, ResidentMessenger messenger, AuditTrail audit) {
    this.escalations = escalations;
    this.tickets = tickets;
    this.messenger = messenger;
    this.audit = audit;
  }

  /** @param transcript the conversation's entries, as the page shows them */
  public ResidentContext contextOf(Escalation escalation, List<TranscriptEntry> transcript, ConsoleActor actor) {
    audit.record(actor.username(), "resident.view", "escalation " + escalation.id());
    List<Ticket> all = tickets.ofResident(escalation.appId(), escalation.openId());
    return new ResidentContext(houseIn(all), phonesIn(transcript, all).stream().map(Phones::masked).toList(),
        all.stream().filter(t -> !FINISHED.contains(t.status())).toList(),
        all.stream().filter(t -> FINISHED.contains(t.status())).toList(),
        messenger.windowClosesAt(escalation.appId(), escalation.openId()),
        escalations.earlierOf(escalation, 5));
  }

  /** The phone number in full, audited. */
  public String revealPhone(long escalationId, int index, ConsoleActor actor) {
    Escalation escalation = escalations.get(escalationId);
    List<String> phones = phonesIn(escalations.transcriptOf(escalationId),
        tickets.ofResident(escalation.appId(), escalation.openId()));
    if (index < 0 || index >= phones.size()) {
      throw new IllegalArgumentException("没有这个电话号码");
    }
    audit.record(actor.username(), "phone.reveal", "escalation " + escalationId + " phone " + index);
    return phones.get(index);
  }

  /** The house of the resident's latest ticket that names one, or null. */
  static String houseIn(List<Ticket> residentTickets) {
    return residentTickets.stream().map(Ticket::house).filter(h -> h != null && !h.isBlank()).findFirst().orElse(null);
  }

  private static List<String> phonesIn(List<TranscriptEntry> transcript, List<Ticket> residentTickets) {
    List<String> texts = new ArrayList<>();
    transcript.stream()
        .filter(entry -> entry.authorKind() == TranscriptEntry.AuthorKind.RESIDENT)
        .forEach(entry -> texts.add(entry.body()));
    residentTickets.forEach(ticket -> texts.add(ticket.description()));
    return PhoneNumbers.in(texts);
  }
}
