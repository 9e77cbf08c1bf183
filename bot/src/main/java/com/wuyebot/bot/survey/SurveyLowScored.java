package com.wuyebot.bot.survey;

/** A resident rated a ticket 1 or 2; an agent or supervisor should call them (the console may listen). */
public record SurveyLowScored(long alertId, String ticketNumber, String appId, String openId, int score, String comment) {
}
