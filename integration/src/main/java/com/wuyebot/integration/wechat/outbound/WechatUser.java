package com.wuyebot.integration.wechat.outbound;

import java.time.Instant;
import java.util.List;

/** What WeChat tells about a follower (PROTOCOL.md §5.8; no nickname since 2021). */
public record WechatUser(String openId, boolean subscribed, Instant subscribedAt, String unionId,
    List<Long> tagIds, String subscribeScene, String qrSceneKey) {
}
