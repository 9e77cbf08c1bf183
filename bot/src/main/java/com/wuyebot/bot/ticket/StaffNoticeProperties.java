package com.wuyebot.bot.ticket;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How staff hear about their work.
 *
 * @param templates        per account (AppID): the template message staff notifications use
 * @param bindingCodeTtl   how long a binding code from /api/staff/{id}/binding-code can be used
 * @param bindingAttempts  wrong codes one WeChat user may send per hour before being told to wait
 * @param wecomTimeout     how long a WeCom group-robot webhook may take to answer
 * @param retryFirstDelay  the wait after a transient failure (WeChat busy, WeCom rate limit); it doubles each time
 * @param maxAttempts      attempts before a notification that keeps failing transiently is given up
 * @param attemptLease     an attempt older than this was cut short (the instance stopped) and is made again
 * @param retryPoll        how often instances look for notifications to try again
 */
@Validated
@ConfigurationProperties("bot.ticket.staff-notices")
public record StaffNoticeProperties(
    @Valid Map<String, Template> templates,
    @NotNull @DefaultValue("24h") Duration bindingCodeTtl,
    @Min(1) @DefaultValue("5") int bindingAttempts,
    @NotNull @DefaultValue("5s") Duration wecomTimeout,
    @NotNull @DefaultValue("1m") Duration retryFirstDelay,
    @Min(1) @DefaultValue("5") int maxAttempts,
    @NotNull @DefaultValue("2m") Duration attemptLease,
    @NotNull @DefaultValue("30s") Duration retryPoll) {

  /**
   * @param templateId the template's id in the account's MP console
   * @param keywords   our field names ({@code title}, {@code number}, {@code category}, {@code place},
   *                   {@code text}, {@code time}) mapped to the template's keywords, e.g. {@code title: thing1};
   *                   only mapped fields are sent (all, by their names, when there is no mapping);
   *                   {@code thing} values are cut to 20 characters
   * @param url        the page a notification opens (e.g. the console); may be empty
   */
  public record Template(@NotBlank String templateId, Map<String, String> keywords, String url) {

    public Template {
      keywords = keywords == null ? Map.of() : Map.copyOf(keywords);
    }
  }

  public StaffNoticeProperties {
    templates = templates == null ? Map.of() : Map.copyOf(templates);
  }

  Optional<Template> template(String appId) {
    return Optional.ofNullable(appId == null ? null : templates.get(appId));
  }
}
