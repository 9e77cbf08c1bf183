package com.wuyebot.bot.privacy.web;

import com.wuyebot.bot.privacy.ResidentDataRequests;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A resident's data, exported or erased on their request (PIPL); each call is recorded. */
@RestController
@RequestMapping("/api/privacy/residents/{appId}/{openId}")
class PrivacyApiController {

  private final ResidentDataRequests requests;

  PrivacyApiController(ResidentDataRequests requests) {
    this.requests = requests;
  }

  @GetMapping
  Map<String, List<Map<String, Object>>> export(@PathVariable String appId, @PathVariable String openId, Principal caller) {
    return requests.export(appId, openId, caller.getName());
  }

  @DeleteMapping
  Map<String, Integer> erase(@PathVariable String appId, @PathVariable String openId, Principal caller) {
    return requests.erase(appId, openId, caller.getName());
  }
}
