package com.wuyebot.bot.wording;

import java.time.Instant;
import java.util.Set;

/**
 * One sentence as administrators see it.
 *
 * @param placeholders the names its text may use
 */
public record WordingEntry(String key, String defaultText, String text, boolean changed, Instant updatedAt,
    String updatedBy, Set<String> placeholders) {
}
