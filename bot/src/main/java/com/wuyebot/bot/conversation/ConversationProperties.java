package com.wuyebot.bot.conversation;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param sessionTtl  a conversation left this long is forgotten (an unfinished intake with it)
 * @param lockLease   the longest one message may hold its resident's lock; a dead instance frees it after this
 * @param lockWait    how long a message waits for the resident's previous one before going ahead anyway
 * @param communities the community of each account (AppID → name) for tickets; an account not listed
 *                    uses its AppID until residents bind their houses
 */
@Validated
@ConfigurationProperties("bot.conversation")
public record ConversationProperties(
    @NotNull @DefaultValue("30m") Duration sessionTtl,
    @NotNull @DefaultValue("10s") Duration lockLease,
    @NotNull @DefaultValue("3s") Duration lockWait,
    @DefaultValue Map<String, String> communities) {

  public String communityOf(String appId) {
    String community = communities == null ? null : communities.get(appId);
    return community == null || community.isBlank() ? appId : community;
  }
}
