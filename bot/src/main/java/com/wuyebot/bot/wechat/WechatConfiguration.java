package com.wuyebot.bot.wechat;

import com.wuyebot.integration.state.StateStore;
import com.wuyebot.integration.wechat.inbound.IncomingMessageHandler;
import com.wuyebot.integration.wechat.inbound.WechatWebhook;
import com.wuyebot.integration.wechat.outbound.WechatGateway;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WechatConfiguration {

  private static final Logger log = LoggerFactory.getLogger(WechatConfiguration.class);
  private static final int HANDLER_QUEUE = 2_000;

  @Bean
  WechatGateway wechatGateway(WechatProperties properties, StateStore store, Clock clock) {
    return new WechatGateway(properties.wechatAccounts(), properties.gatewaySettings(), store, clock);
  }

  /**
   * Runs message handlers, so the webhook can stop waiting at the reply timeout. A few threads
   * and a first-come-first-served queue keep latency even on a small machine; a handler that
   * waits too long in the queue is answered late like any slow one. When the queue is full the
   * request thread runs the handler itself: slower, but nothing is dropped.
   */
  @Bean(destroyMethod = "shutdown")
  ExecutorService messageHandlerExecutor(WechatProperties properties) {
    AtomicInteger count = new AtomicInteger();
    int threads = properties.handlerThreads();
    return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(HANDLER_QUEUE),
        task -> new Thread(task, "message-handler-" + count.incrementAndGet()),
        new ThreadPoolExecutor.CallerRunsPolicy());
  }

  @Bean
  WechatWebhook wechatWebhook(WechatProperties properties, IncomingMessageHandler handler, StateStore store,
      WechatGateway gateway, ExecutorService messageHandlerExecutor, MeterRegistry registry, Clock clock) {
    if (properties.accounts().isEmpty()) {
      log.warn("No WeChat account configured (wechat.accounts): every push will be refused with 404");
    }
    return new WechatWebhook(properties.wechatAccounts(), handler, store, gateway, messageHandlerExecutor,
        properties.webhookSettings(), new WebhookMetrics(registry), clock);
  }
}
