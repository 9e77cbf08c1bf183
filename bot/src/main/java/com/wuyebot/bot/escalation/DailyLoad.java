package com.wuyebot.bot.escalation;

/**
 * One day of the desk, for the managers' chart.
 *
 * @param day        e.g. {@code 11-26}
 * @param requested  conversations handed to a person that day
 * @param timedOut   of those, the ones that went back to the bot by timeout
 * @param averageWaitMinutes from request to claim, over the claimed ones; 0 when none was claimed
 */
public record DailyLoad(String day, long requested, long timedOut, long averageWaitMinutes) {
}
