package com.wuyebot.bot.console;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Console sign-in and presence.
 *
 * @param loginMaxFailures    wrong passwords for one user from one address before that pair is locked
 * @param loginFailureWindow  how long failures are counted
 * @param loginLockout        how long a locked user and address pair must wait
 * @param presenceTimeout     an ONLINE user with no console request and no open live page for this long is set OFFLINE
 */
@ConfigurationProperties("bot.console")
@Validated
public record ConsoleProperties(
    @DefaultValue("5") @Min(1) int loginMaxFailures,
    @DefaultValue("15m") @NotNull Duration loginFailureWindow,
    @DefaultValue("15m") @NotNull Duration loginLockout,
    @DefaultValue("3m") @NotNull Duration presenceTimeout) {
}
