package com.wuyebot.bot.privacy;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention how long rows of a personal-data table are kept, by its name (e.g.
 *                  {@code transcripts: 180d}); a table not listed is kept until erased
 */
@ConfigurationProperties("bot.privacy")
public record PrivacyProperties(@DefaultValue Map<String, Duration> retention) {
}
