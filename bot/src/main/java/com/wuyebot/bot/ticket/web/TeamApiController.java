package com.wuyebot.bot.ticket.web;

import com.wuyebot.bot.ticket.StaffDirectory;
import com.wuyebot.bot.ticket.web.DispatchResponses.TeamResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Teams and the ticket categories they take, per community or (no community) everywhere. */
@RestController
@RequestMapping("/api/teams")
class TeamApiController {

  private final StaffDirectory directory;

  TeamApiController(StaffDirectory directory) {
    this.directory = directory;
  }

  @GetMapping
  List<TeamResponse> list() {
    return directory.teams().stream().map(TeamResponse::of).toList();
  }

  @GetMapping("/{id}")
  TeamResponse get(@PathVariable long id) {
    return TeamResponse.of(directory.team(id));
  }

  @PostMapping
  ResponseEntity<TeamResponse> add(@Valid @RequestBody TeamRequest request) {
    TeamResponse team = TeamResponse.of(directory.addTeam(request.name(), request.community(), request.categories(),
        request.wecomWebhook()));
    return ResponseEntity.created(URI.create("/api/teams/" + team.id())).body(team);
  }

  @PutMapping("/{id}")
  TeamResponse change(@PathVariable long id, @Valid @RequestBody TeamRequest request) {
    return TeamResponse.of(directory.changeTeam(id, request.name(), request.community(), request.categories(),
        request.active() == null || request.active(), request.wecomWebhook()));
  }

  record TeamRequest(@NotBlank @Size(max = 50) String name, @Size(max = 100) String community,
      @NotEmpty List<@NotBlank @Size(max = 32) String> categories, Boolean active, @Size(max = 500) String wecomWebhook) {
  }
}
