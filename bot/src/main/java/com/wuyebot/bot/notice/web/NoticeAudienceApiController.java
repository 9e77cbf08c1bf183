package com.wuyebot.bot.notice.web;

import com.wuyebot.bot.notice.Households;
import com.wuyebot.bot.notice.web.NoticeRequests.HouseholdsRequest;
import com.wuyebot.bot.notice.web.NoticeRequests.TagRequest;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The houses and tags notices target by (until the conversation's household binding provides the houses). */
@RestController
@RequestMapping("/api/notice-audience")
class NoticeAudienceApiController {

  private final Households households;

  NoticeAudienceApiController(Households households) {
    this.households = households;
  }

  @PostMapping("/households")
  Map<String, Integer> record(@Valid @RequestBody HouseholdsRequest request) {
    households.record(request.households());
    return Map.of("recorded", request.households().size());
  }

  @DeleteMapping("/households/{appId}/{openId}")
  Map<String, Integer> remove(@PathVariable String appId, @PathVariable String openId) {
    return Map.of("removed", households.remove(appId, openId));
  }

  @PostMapping("/tags")
  Map<String, Integer> tag(@Valid @RequestBody TagRequest request) {
    households.tag(request.appId(), request.openIds(), request.tag());
    return Map.of("tagged", request.openIds().size());
  }

  @DeleteMapping("/tags/{appId}/{openId}")
  Map<String, Integer> untag(@PathVariable String appId, @PathVariable String openId, @RequestParam String tag) {
    return Map.of("removed", households.untag(appId, openId, tag));
  }
}
