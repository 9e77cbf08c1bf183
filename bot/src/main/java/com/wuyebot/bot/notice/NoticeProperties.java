package com.wuyebot.bot.notice;

import com.wuyebot.bot.shared.LinkTokens;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Notices and activities (issue 8).
 *
 * @param zone            the company's time zone: quiet hours, reminder and template times
 * @param quietFrom       residents should not be woken: a send at or after this time of day gets a warning ...
 * @param quietUntil      ... until this time of the next morning
 * @param ratePerSecond   sends per second per account, shared by all instances; 0 for no limit
 * @param senders         threads per instance that work through delivery records
 * @param batchSize       delivery records one sender claims at a time
 * @param poll            how often an idle sender looks for due deliveries (a send started here wakes them at once)
 * @param lease           how long a claimed delivery belongs to its sender; after a crash another sender takes it then
 * @param resendWindow    a delivery whose sender died is sent again only this soon after its claim, while WeChat
 *                        still drops the repeat by client_msg_id (10 minutes); later it is marked OUTCOME_UNKNOWN
 * @param retryFirstDelay the wait after a transient failure; doubles each time, at most {@code retryMaxDelay}
 * @param maxAttempts     attempts before a delivery that keeps failing transiently is given up
 * @param signUpWindow    how long after a notice reached a resident 「报名」 in chat signs up for it
 * @param massBatch       followers per mass send job (WeChat: 2 to 10,000)
 * @param linkSecret      HMAC key of the sign-up links in activity templates; the same on every instance
 * @param linkValidAfterStart how long after an activity starts its sign-up link still opens (saying sign-up closed)
 * @param publicUrl       the bot's address as residents' phones reach it, for sign-up links
 * @param template        the template message notices are sent as
 */
@Validated
@ConfigurationProperties("bot.notice")
public record NoticeProperties(
    @NotNull @DefaultValue("Asia/Shanghai") ZoneId zone,
    @NotNull @DefaultValue("22:00") LocalTime quietFrom,
    @NotNull @DefaultValue("07:00") LocalTime quietUntil,
    @DefaultValue("50") @Min(0) int ratePerSecond,
    @DefaultValue("4") @Min(1) @Max(64) int senders,
    @DefaultValue("50") @Min(1) @Max(1000) int batchSize,
    @NotNull @DefaultValue("1s") Duration poll,
    @NotNull @DefaultValue("1m") Duration lease,
    @NotNull @DefaultValue("8m") Duration resendWindow,
    @NotNull @DefaultValue("30s") Duration retryFirstDelay,
    @NotNull @DefaultValue("30m") Duration retryMaxDelay,
    @DefaultValue("6") @Min(1) int maxAttempts,
    @NotNull @DefaultValue("14d") Duration signUpWindow,
    @DefaultValue("1000") @Min(2) @Max(10000) int massBatch,
    @NotBlank @DefaultValue(LinkTokens.PLACEHOLDER_SECRET) String linkSecret,
    @NotNull @DefaultValue("3d") Duration linkValidAfterStart,
    @NotBlank @DefaultValue("http://127.0.0.1:8080") String publicUrl,
    @NotNull @DefaultValue Template template) {

  /**
   * @param templateId the notice template's id in the MP console; notices sent without one fail as CONFIGURATION
   * @param keywords   notice fields (title, kind, time, place) to the template's keywords, e.g. {@code title: thing1}
   * @param url        the page the message opens; may be empty. Activities with sign-up open their sign-up page
   */
  public record Template(String templateId, @DefaultValue Map<String, String> keywords, String url) {

    public Template {
      keywords = keywords == null || keywords.isEmpty()
          ? Map.of("title", "thing1", "kind", "phrase2", "time", "time3", "place", "thing4")
          : Map.copyOf(keywords);
    }
  }
}
