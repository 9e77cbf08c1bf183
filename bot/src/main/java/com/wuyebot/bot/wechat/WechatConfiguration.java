package com.wuyebot.bot.wechat;

import com.wuyebot.integration.state.StateStore;
import com.wuyebot.integration.wechat.inbound.IncomingMessageHandler;
import com.wuyebot.integration.wechat.inbound.WechatWebhook;
import com.wuyebot.integration.wechat.outbound.WechatGateway;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
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

  @Bean
  WechatGateway wechatGateway(WechatProperties properties, StateStore store, Clock clock) {
    return new WechatGateway(properties.wechatAccounts(), properties.gatewaySettings(), store, clock);
  }

  /**
   * Runs message handlers, so the webhook can stop waiting at the reply timeout. When every
   * thread is busy the request thread runs the handler itself: slower, but nothing is dropped.
   */
  @Bean(destroyMethod = "shutdown")
  ExecutorService messageHandlerExecutor() {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(8, 200, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
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
