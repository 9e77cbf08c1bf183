package com.wuyebot.bot.messaging;

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
 * How the bot reaches residents on its own initiative (PROTOCOL.md §5.3, §5.4, §6).
 *
 * @param messageWindow      how long a resident's message lets us send customer-service messages
 * @param messageWindowSends how many customer-service messages one such window allows (20 under the older rule)
 * @param shortWindow        the window a follow, a menu click or a QR scan opens
 * @param shortWindowSends   how many messages that short window allows
 * @param retryFirstDelay    the wait after the first transient failure; it doubles with every further one
 * @param retryMaxDelay      the longest wait between two attempts
 * @param maxAttempts        attempts before a message that keeps failing transiently is given up (FAILED)
 * @param attemptLease       how long an instance owns an attempt; after a crash another instance retries then
 * @param retryPoll          how often the retry job looks for due messages
 * @param retryBatch         how many due messages one run of the retry job sends at most
 * @param templates          per kind (e.g. {@code ticket-assigned}): the template id, keyword names, default link
 */
@ConfigurationProperties("bot.messenger")
@Validated
public record MessengerProperties(
    @DefaultValue("48h") @NotNull Duration messageWindow,
    @DefaultValue("5") @Min(1) int messageWindowSends,
    @DefaultValue("1m") @NotNull Duration shortWindow,
    @DefaultValue("3") @Min(1) int shortWindowSends,
    @DefaultValue("30s") @NotNull Duration retryFirstDelay,
    @DefaultValue("1h") @NotNull Duration retryMaxDelay,
    @DefaultValue("8") @Min(1) int maxAttempts,
    @DefaultValue("2m") @NotNull Duration attemptLease,
    @DefaultValue("15s") @NotNull Duration retryPoll,
    @DefaultValue("50") @Min(1) int retryBatch,
    @Valid Map<String, TemplateSettings> templates) {

  /**
   * @param templateId the template's id in the account's MP console
   * @param keywords   the names features use mapped to the template's keywords, e.g.
   *                   {@code number: character_string1}, {@code worker: thing2}, {@code time: time3}
   * @param url        the page a message of this kind opens; may be empty
   */
  public record TemplateSettings(@NotBlank String templateId, Map<String, String> keywords, String url) {

    public TemplateSettings {
      keywords = keywords == null ? Map.of() : Map.copyOf(keywords);
    }
  }

  public MessengerProperties {
    templates = templates == null ? Map.of() : Map.copyOf(templates);
  }

  Optional<TemplateSettings> template(String kind) {
    return Optional.ofNullable(templates.get(kind));
  }

  WindowRules windowRules() {
    return new WindowRules(messageWindow, messageWindowSends, shortWindow, shortWindowSends);
  }
}
