package com.wuyebot.bot.resident;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param bindingAttempts wrong phones a resident may give within {@code bindingWindow} before
 *                        binding is refused until the window has passed
 * @param bindingWindow   the sliding window of the attempts
 */
@Validated
@ConfigurationProperties("bot.resident")
public record ResidentProperties(
    @Min(1) @DefaultValue("3") int bindingAttempts,
    @NotNull @DefaultValue("1h") Duration bindingWindow) {
}
