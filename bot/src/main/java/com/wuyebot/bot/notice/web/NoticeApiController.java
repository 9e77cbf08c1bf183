package com.wuyebot.bot.notice.web;

import com.wuyebot.bot.notice.ActivitySignups;
import com.wuyebot.bot.notice.DeliveryStatus;
import com.wuyebot.bot.notice.NoticeDelivery;
import com.wuyebot.bot.notice.NoticeService;
import com.wuyebot.bot.notice.NoticeStatistics;
import com.wuyebot.bot.notice.NoticeStatus;
import com.wuyebot.bot.notice.SignupStatus;
import com.wuyebot.bot.notice.web.NoticeRequests.AudienceRequest;
import com.wuyebot.bot.notice.web.NoticeRequests.NoticeRequest;
import com.wuyebot.bot.notice.web.NoticeRequests.PreviewRequest;
import com.wuyebot.bot.notice.web.NoticeRequests.ScheduleRequest;
import com.wuyebot.bot.notice.web.NoticeResponses.AudienceView;
import com.wuyebot.bot.notice.web.NoticeResponses.NoticePage;
import com.wuyebot.bot.notice.web.NoticeResponses.NoticeView;
import com.wuyebot.bot.notice.web.NoticeResponses.PreviewView;
import com.wuyebot.bot.notice.web.NoticeResponses.SignupView;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Notices for managers: compose, preview, schedule or send, cancel, and see who got them. */
@RestController
@RequestMapping("/api/notices")
class NoticeApiController {

  private final NoticeService notices;
  private final ActivitySignups signups;

  NoticeApiController(NoticeService notices, ActivitySignups signups) {
    this.notices = notices;
    this.signups = signups;
  }

  @GetMapping
  NoticePage list(@RequestParam(required = false) NoticeStatus status, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return NoticeResponses.page(notices.list(status, page, size));
  }

  @PostMapping
  ResponseEntity<NoticeView> create(@RequestBody NoticeRequest request, Principal caller) {
    NoticeView created = NoticeResponses.view(notices.create(request.toDraft(), caller.getName()));
    return ResponseEntity.created(URI.create("/api/notices/" + created.id())).body(created);
  }

  @GetMapping("/{id}")
  NoticeView get(@PathVariable long id) {
    return NoticeResponses.view(notices.get(id));
  }

  @PutMapping("/{id}")
  NoticeView edit(@PathVariable long id, @RequestBody NoticeRequest request) {
    return NoticeResponses.view(notices.edit(id, request.toDraft()));
  }

  @PostMapping("/{id}/schedule")
  NoticeView schedule(@PathVariable long id, @Valid @RequestBody ScheduleRequest request) {
    return NoticeResponses.view(notices.schedule(id, request.sendAt()));
  }

  @PostMapping("/{id}/send")
  NoticeView send(@PathVariable long id) {
    return NoticeResponses.view(notices.sendNow(id));
  }

  @PostMapping("/{id}/cancel")
  NoticeView cancel(@PathVariable long id) {
    return NoticeResponses.view(notices.cancel(id));
  }

  @PostMapping("/{id}/preview")
  PreviewView preview(@PathVariable long id, @Valid @RequestBody PreviewRequest request) {
    return new PreviewView(true, notices.preview(id, request.openId()));
  }

  @GetMapping("/{id}/statistics")
  NoticeStatistics statistics(@PathVariable long id) {
    return notices.statistics(id);
  }

  @GetMapping("/{id}/deliveries")
  List<NoticeDelivery> deliveries(@PathVariable long id, @RequestParam(required = false) DeliveryStatus status,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
    return notices.deliveries(id, status, page, size);
  }

  @GetMapping("/{id}/signups")
  List<SignupView> signups(@PathVariable long id, @RequestParam(defaultValue = "CONFIRMED") SignupStatus status) {
    notices.get(id);
    return signups.list(id, status).stream().map(NoticeResponses::signup).toList();
  }

  /** How many current followers a target selects, while composing. */
  @PostMapping("/audience")
  AudienceView audience(@RequestBody AudienceRequest request) {
    return new AudienceView(notices.audienceSize(request.appId(), request.target()));
  }
}
