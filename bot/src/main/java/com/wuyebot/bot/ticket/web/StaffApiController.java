package com.wuyebot.bot.ticket.web;

import com.wuyebot.bot.ticket.StaffDirectory;
import com.wuyebot.bot.ticket.StaffNoticeProperties;
import com.wuyebot.bot.ticket.web.DispatchResponses.StaffResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Members of the teams; removing one deactivates them so their tickets keep their history. */
@RestController
@RequestMapping("/api/staff")
class StaffApiController {

  private final StaffDirectory directory;
  private final StaffNoticeProperties notices;

  StaffApiController(StaffDirectory directory, StaffNoticeProperties notices) {
    this.directory = directory;
    this.notices = notices;
  }

  @GetMapping
  List<StaffResponse> list(@RequestParam(required = false) Long teamId) {
    return directory.staff(teamId).stream().map(StaffResponse::of).toList();
  }

  @GetMapping("/{id}")
  StaffResponse get(@PathVariable long id) {
    return StaffResponse.of(directory.member(id));
  }

  @PostMapping
  ResponseEntity<StaffResponse> add(@Valid @RequestBody StaffRequest request) {
    StaffResponse member = StaffResponse.of(directory.addMember(request.teamId(), request.name(), request.phone(),
        request.openId(), request.isSupervisor()));
    return ResponseEntity.created(URI.create("/api/staff/" + member.id())).body(member);
  }

  @PutMapping("/{id}")
  StaffResponse change(@PathVariable long id, @Valid @RequestBody StaffRequest request) {
    return StaffResponse.of(directory.changeMember(id, request.teamId(), request.name(), request.phone(), request.openId(),
        request.isSupervisor(), request.active() == null || request.active()));
  }

  /** A one-time code; the member sends 「员工绑定 code」 to the official account to receive notifications there. */
  @PostMapping("/{id}/binding-code")
  StaffDirectory.BindingCode bindingCode(@PathVariable long id) {
    return directory.offerBinding(id, notices.bindingCodeTtl());
  }

  @DeleteMapping("/{id}")
  StaffResponse deactivate(@PathVariable long id) {
    return StaffResponse.of(directory.deactivateMember(id));
  }

  record StaffRequest(@NotNull Long teamId, @NotBlank @Size(max = 50) String name, @NotBlank @Size(max = 32) String phone,
      @Size(max = 128) String openId, Boolean supervisor, Boolean active) {

    boolean isSupervisor() {
      return Boolean.TRUE.equals(supervisor);
    }
  }
}
