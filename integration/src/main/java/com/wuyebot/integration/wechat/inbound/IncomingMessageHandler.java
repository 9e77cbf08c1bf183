package com.wuyebot.integration.wechat.inbound;

/**
 * The port the bot implements: turn one verified, deduplicated message into a reply. Called at
 * most once per message, even when WeChat retries it or two instances receive it.
 */
@FunctionalInterface
public interface IncomingMessageHandler {

  Reply handle(InboundMessage message);
}
