package com.wuyebot.bot.wechat;

import com.wuyebot.integration.wechat.WechatAccount;
import com.wuyebot.integration.wechat.inbound.WebhookSettings;
import com.wuyebot.integration.wechat.outbound.WechatGateway;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The official accounts this bot serves and how it talks to WeChat.
 *
 * @param apiBaseUrl      WeChat's API host; tests point it at a local fake. No trailing slash.
 * @param timestampWindow pushes whose timestamp is further from now are refused as replays
 * @param replyTimeout    after this, the webhook answers {@code success} and the reply goes out late
 * @param dedupTtl        how long a message id is remembered; must outlast WeChat's retries
 * @param maxBodySize     larger push bodies are refused with 413
 * @param handlerThreads  threads that run message handlers; more only help when handlers wait on I/O
 */
@Validated
@ConfigurationProperties("wechat")
public record WechatProperties(
    @DefaultValue(WechatGateway.Settings.WECHAT_API) @Pattern(regexp = "https?://.*[^/]", message = "must be an http(s) URL without a trailing slash") String apiBaseUrl,
    @DefaultValue("300s") Duration timestampWindow,
    @DefaultValue("4s") Duration replyTimeout,
    @DefaultValue("120s") Duration dedupTtl,
    @DefaultValue("64KB") DataSize maxBodySize,
    @DefaultValue("16") @jakarta.validation.constraints.Min(1) int handlerThreads,
    @DefaultValue("2") int apiMaxRetries,
    @DefaultValue("500ms") Duration apiRetryBackoff,
    @DefaultValue List<@Valid Account> accounts) {

  /** One official account; {@code aesKey} (the EncodingAESKey) enables safe mode. */
  public record Account(@NotBlank String appId, String secret, @NotBlank String token,
      @Pattern(regexp = "([A-Za-z0-9]{43})?", message = "an EncodingAESKey has 43 letters and digits") String aesKey) {

    WechatAccount toAccount() {
      return new WechatAccount(appId, secret, token, aesKey);
    }
  }

  List<WechatAccount> wechatAccounts() {
    return accounts.stream().map(Account::toAccount).toList();
  }

  WebhookSettings webhookSettings() {
    return new WebhookSettings(timestampWindow, replyTimeout, dedupTtl, (int) maxBodySize.toBytes());
  }

  WechatGateway.Settings gatewaySettings() {
    return new WechatGateway.Settings(apiBaseUrl, apiMaxRetries, apiRetryBackoff);
  }
}
