package com.wuyebot.bot.ticket;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The managers' daily digest: yesterday's opened, resolved and overdue tickets per team.
 *
 * @param cron          Quartz cron in the company's zone ({@code bot.ticket.zone}); default 08:30 every day
 * @param managers      staff ids of the managers who get it by WeChat template message
 * @param wecomWebhook  a WeCom group robot (e.g. the managers' group) that gets it too; empty for none
 */
@Validated
@ConfigurationProperties("bot.ticket.digest")
public record DigestProperties(
    @DefaultValue("true") boolean enabled,
    @NotBlank @DefaultValue("0 30 8 * * ?") String cron,
    List<Long> managers,
    String wecomWebhook) {

  public DigestProperties {
    managers = managers == null ? List.of() : List.copyOf(managers);
  }
}
