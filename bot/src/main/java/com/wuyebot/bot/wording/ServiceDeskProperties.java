package com.wuyebot.bot.wording;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How residents reach a person, quoted in the bot's replies.
 *
 * @param name  what residents call the front desk
 * @param phone the service phone
 * @param hours when someone answers it
 */
@ConfigurationProperties("bot.service-desk")
public record ServiceDeskProperties(
    @DefaultValue("物业服务中心") String name,
    @DefaultValue("400-800-1234") String phone,
    @DefaultValue("每天 8:00-20:00") String hours) {
}
