package com.wuyebot.bot.notice;

/**
 * A delivery record a sender holds until its lease ends.
 *
 * @param attempts   claims so far, this one included
 * @param firstClaim the token of the first claim: stable across a crash, so a resent message carries the same
 *                   client_msg_id and WeChat drops the repeat
 */
record ClaimedDelivery(long id, long noticeId, String appId, String openId, int attempts, String claimToken,
    String firstClaim) {
}
