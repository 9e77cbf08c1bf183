package com.wuyebot.bot.conversation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
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
 *                    uses its AppID; a resident's bound house overrides it
 * @param urgeInterval     a resident may urge (催单) one ticket at most once in this time
 * @param photoDirectory   where residents' photos of tickets are stored once downloaded from WeChat
 * @param photoPoll        how often an instance looks for photos to download
 * @param photoAttempts    downloads of one photo tried before giving up (WeChat keeps media 3 days)
 * @param fallbacksToHuman answers the bot could not give in a row before it hands the resident to an agent
 */
@Validated
@ConfigurationProperties("bot.conversation")
public record ConversationProperties(
    @NotNull @DefaultValue("30m") Duration sessionTtl,
    @NotNull @DefaultValue("10s") Duration lockLease,
    @NotNull @DefaultValue("3s") Duration lockWait,
    @DefaultValue Map<String, String> communities,
    @NotNull @DefaultValue("30m") Duration urgeInterval,
    @NotNull @DefaultValue("./data/photos") Path photoDirectory,
    @NotNull @DefaultValue("2s") Duration photoPoll,
    @Min(1) @DefaultValue("8") int photoAttempts,
    @Min(1) @DefaultValue("2") int fallbacksToHuman) {

  public String communityOf(String appId) {
    String community = communities == null ? null : communities.get(appId);
    return community == null || community.isBlank() ? appId : community;
  }
}
