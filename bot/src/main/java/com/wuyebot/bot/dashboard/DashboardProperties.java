package com.wuyebot.bot.dashboard;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param defaultDays  the range the dashboard opens with, ending today
 * @param maxDays      the longest range a manager may ask for
 * @param topQuestions how many groups of unanswered questions are listed
 */
@Validated
@ConfigurationProperties("bot.dashboard")
public record DashboardProperties(
    @Min(1) @DefaultValue("30") int defaultDays,
    @Min(1) @Max(1000) @DefaultValue("366") int maxDays,
    @Min(1) @Max(100) @DefaultValue("10") int topQuestions) {
}
