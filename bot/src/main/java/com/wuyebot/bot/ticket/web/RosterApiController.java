package com.wuyebot.bot.ticket.web;

import com.wuyebot.bot.ticket.Shift;
import com.wuyebot.bot.ticket.StaffDirectory;
import com.wuyebot.bot.ticket.web.DispatchResponses.RosterResponse;
import com.wuyebot.bot.ticket.web.DispatchResponses.StaffResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The duty roster: shifts of members on a date or every week on a weekday (DAY 8-20, NIGHT
 * 20-8, ALL_DAY; OFF on a date is leave). A dated entry replaces that member's weekly ones.
 */
@RestController
@RequestMapping("/api/roster")
class RosterApiController {

  private final StaffDirectory directory;
  private final Clock clock;

  RosterApiController(StaffDirectory directory, Clock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  @GetMapping
  List<RosterResponse> list() {
    return directory.roster().stream().map(RosterResponse::of).toList();
  }

  @PostMapping
  ResponseEntity<RosterResponse> add(@Valid @RequestBody ShiftRequest request) {
    RosterResponse entry = RosterResponse.of(directory.addShift(request.staffId(), request.date(), request.weekday(), request.shift()));
    return ResponseEntity.created(URI.create("/api/roster/" + entry.id())).body(entry);
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> remove(@PathVariable long id) {
    directory.removeShift(id);
    return ResponseEntity.noContent().build();
  }

  /** Who of a team is on duty, now or at a given instant. */
  @GetMapping("/on-duty")
  List<StaffResponse> onDuty(@RequestParam long teamId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
    return directory.onDuty(teamId, at == null ? clock.instant() : at).stream().map(StaffResponse::of).toList();
  }

  record ShiftRequest(@NotNull Long staffId, LocalDate date, DayOfWeek weekday, @NotNull Shift shift) {
  }
}
