package com.wuyebot.bot.ticket.web;

import com.wuyebot.bot.ticket.Incident;
import com.wuyebot.bot.ticket.IncidentDesk;
import com.wuyebot.bot.ticket.Ticket;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Outages several residents reported (停水, 停电, 电梯): see them and resolve them with all their tickets. */
@RestController
@RequestMapping("/api/incidents")
class IncidentApiController {

  private final IncidentDesk desk;

  IncidentApiController(IncidentDesk desk) {
    this.desk = desk;
  }

  /** The latest hundred, newest first. */
  @GetMapping
  List<IncidentSummary> list(@RequestParam(required = false) Incident.Status status) {
    return desk.list(status).stream().map(IncidentSummary::of).toList();
  }

  @GetMapping("/{id}")
  IncidentDetails get(@PathVariable long id) {
    return IncidentDetails.of(desk.get(id));
  }

  /** Resolves every linked ticket still owed work and tells each resident; a second resolution is 409. */
  @PostMapping("/{id}/resolution")
  IncidentDetails resolve(@PathVariable long id, @Valid @RequestBody ResolutionRequest request, Principal caller) {
    return IncidentDetails.of(desk.resolve(id, request.note().strip(), caller.getName()));
  }

  /** @param note what was done, as the residents will read it */
  record ResolutionRequest(@NotBlank @Size(max = 300) String note) {
  }

  record IncidentSummary(long id, String community, String building, String kind, Incident.Status status,
      Instant openedAt, Instant resolvedAt) {
    static IncidentSummary of(Incident incident) {
      return new IncidentSummary(incident.id(), incident.community(), incident.building(), incident.kind(),
          incident.status(), incident.openedAt(), incident.resolvedAt());
    }
  }

  record LinkedTicket(String number, String status, String house, Instant createdAt) {
    static LinkedTicket of(Ticket ticket) {
      return new LinkedTicket(ticket.number(), ticket.status().name(), ticket.house(), ticket.createdAt());
    }
  }

  record IncidentDetails(IncidentSummary incident, String resolvedBy, String resolution, List<LinkedTicket> tickets) {
    static IncidentDetails of(IncidentDesk.IncidentWithTickets found) {
      return new IncidentDetails(IncidentSummary.of(found.incident()), found.incident().resolvedBy(),
          found.incident().resolution(), found.tickets().stream().map(LinkedTicket::of).toList());
    }
  }
}
