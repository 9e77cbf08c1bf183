package com.wuyebot.bot.ticket.web;

import com.wuyebot.bot.ticket.OpenTicketCommand;
import com.wuyebot.bot.ticket.StaffNotification;
import com.wuyebot.bot.ticket.StaffNotifier;
import com.wuyebot.bot.ticket.TicketAction;
import com.wuyebot.bot.ticket.TicketChannel;
import com.wuyebot.bot.ticket.TicketPriority;
import com.wuyebot.bot.ticket.TicketQuery;
import com.wuyebot.bot.ticket.TicketService;
import com.wuyebot.bot.ticket.TicketStatus;
import com.wuyebot.bot.ticket.TicketType;
import com.wuyebot.bot.ticket.web.TicketResponses.TicketDetails;
import com.wuyebot.bot.ticket.web.TicketResponses.TicketPage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tickets for the console and other systems; the actor of every change is the caller. */
@RestController
@RequestMapping("/api/tickets")
class TicketApiController {

  private final TicketService tickets;
  private final StaffNotifier notifier;

  TicketApiController(TicketService tickets, StaffNotifier notifier) {
    this.tickets = tickets;
    this.notifier = notifier;
  }

  @GetMapping
  TicketPage list(@RequestParam(required = false) TicketStatus status, @RequestParam(required = false) TicketType type,
      @RequestParam(required = false) Long teamId, @RequestParam(required = false) Long assigneeId,
      @RequestParam(required = false) String community,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return TicketResponses.page(tickets.list(new TicketQuery(status, type, teamId, assigneeId, community, from, to), page, size));
  }

  @GetMapping("/{number}")
  TicketDetails get(@PathVariable String number) {
    return TicketResponses.details(tickets.get(number));
  }

  /** What staff were told about the ticket, by which channel, and whether it arrived. */
  @GetMapping("/{number}/staff-notifications")
  List<StaffNotification> staffNotifications(@PathVariable String number) {
    return notifier.recordedFor(tickets.get(number).number());
  }

  @PostMapping
  ResponseEntity<TicketDetails> open(@Valid @RequestBody OpenRequest request, Principal caller) {
    TicketDetails ticket = TicketResponses.details(tickets.open(request.toCommand(), caller.getName()));
    return ResponseEntity.created(URI.create("/api/tickets/" + ticket.number())).body(ticket);
  }

  @PostMapping("/{number}/transitions")
  TicketDetails transition(@PathVariable String number, @Valid @RequestBody TransitionRequest request, Principal caller) {
    return TicketResponses.details(tickets.transition(number, request.action(), request.note(), request.mergeInto(), caller.getName()));
  }

  /** A member by id, or with no staffId the on-duty member of the ticket's team with the fewest open tickets. */
  @PostMapping("/{number}/assignment")
  TicketDetails assign(@PathVariable String number, @RequestBody AssignRequest request, Principal caller) {
    return TicketResponses.details(request.staffId() == null
        ? tickets.autoAssign(number, caller.getName())
        : tickets.assign(number, request.staffId(), caller.getName()));
  }

  @PostMapping("/{number}/comments")
  TicketDetails comment(@PathVariable String number, @Valid @RequestBody CommentRequest request, Principal caller) {
    return TicketResponses.details(tickets.comment(number, caller.getName(), request.body(), Boolean.TRUE.equals(request.visibleToResident())));
  }

  /** A ticket opened by staff or another system; requestKey makes a retried request harmless. */
  record OpenRequest(@Size(max = 128) String requestKey, @NotNull TicketType type, @NotBlank @Size(max = 32) String category,
      TicketPriority priority, @NotBlank @Size(max = 100) String community, @Size(max = 100) String house,
      @Size(max = 200) String location, @NotBlank @Size(max = 2000) String description, List<@Size(max = 500) String> photos,
      @Size(max = 64) String appId, @Size(max = 128) String openId, @Size(max = 100) String preferredTime,
      Instant preferredAt, TicketChannel channel) {

    OpenTicketCommand toCommand() {
      return new OpenTicketCommand(requestKey, type, category, priority, community, house, location, description, photos,
          appId, openId, preferredTime, preferredAt, channel == null ? TicketChannel.API : channel);
    }
  }

  /** @param note the reason (HOLD, REOPEN, CANCEL) or what was done (RESOLVE) */
  record TransitionRequest(@NotNull TicketAction action, @Size(max = 500) String note, String mergeInto) {
  }

  record AssignRequest(Long staffId) {
  }

  /** Internal unless visibleToResident is true. */
  record CommentRequest(@NotBlank @Size(max = 2000) String body, Boolean visibleToResident) {
  }
}
