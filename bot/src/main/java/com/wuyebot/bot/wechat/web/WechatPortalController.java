package com.wuyebot.bot.wechat.web;

import com.wuyebot.integration.wechat.inbound.WebhookResponse;
import com.wuyebot.integration.wechat.inbound.WechatWebhook;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The URL entered in the MP console: {@code /wx/portal/{appId}}. All protocol logic is in {@link WechatWebhook}. */
@RestController
@RequestMapping("/wx/portal/{appId}")
class WechatPortalController {

  private final WechatWebhook webhook;

  WechatPortalController(WechatWebhook webhook) {
    this.webhook = webhook;
  }

  @GetMapping
  ResponseEntity<String> verify(@PathVariable String appId, HttpServletRequest request) {
    return toEntity(webhook.verifyUrl(appId, QueryParameters.of(request)));
  }

  @PostMapping
  ResponseEntity<String> receive(@PathVariable String appId, HttpServletRequest request) throws IOException {
    Map<String, String> query = QueryParameters.of(request);
    return toEntity(webhook.receive(appId, query, request.getInputStream()));
  }

  private static ResponseEntity<String> toEntity(WebhookResponse response) {
    return ResponseEntity.status(response.status())
        .contentType(MediaType.parseMediaType(response.contentType()))
        .body(response.body());
  }
}
