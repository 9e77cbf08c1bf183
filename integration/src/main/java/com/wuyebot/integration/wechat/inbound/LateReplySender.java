package com.wuyebot.integration.wechat.inbound;

/**
 * Delivers a reply that was not ready within WeChat's time limit, through the customer-service
 * message API, after the webhook has already answered {@code success}.
 */
@FunctionalInterface
public interface LateReplySender {

  void send(String appId, String openId, Reply reply);
}
