package com.wuyebot.integration.wechat.outbound;

import com.wuyebot.integration.state.StateStore;
import com.wuyebot.integration.state.StateStoreUnavailableException;
import com.wuyebot.integration.wechat.WechatAccount;
import com.wuyebot.integration.wechat.inbound.LateReplySender;
import com.wuyebot.integration.wechat.inbound.Reply;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.common.api.WxConsts;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.bean.WxMpMassOpenIdsMessage;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import me.chanjar.weixin.mp.bean.result.WxMpUser;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateData;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateMessage;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpRedisConfigImpl;

/**
 * Outbound calls to WeChat's API for every configured account, over WxJava. Access tokens come
 * from the stable-token API and live in the shared {@link StateStore}, so instances share one.
 * WxJava already refreshes the token once on 40001/42001 and retries -1 with backoff; this class
 * adds the rest of PROTOCOL.md §6: errors become {@link WechatApiException} with the errcode, and
 * after 45009 an API is not called again that day.
 */
public final class WechatGateway implements LateReplySender {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  /**
   * @param apiBaseUrl       WeChat's API host, or a local fake in tests; no trailing slash
   * @param maxRetries       WxJava's retries of errcode -1
   * @param retryBackoff     the first retry's wait; it doubles each time
   */
  public record Settings(String apiBaseUrl, int maxRetries, Duration retryBackoff) {

    public static final String WECHAT_API = "https://api.weixin.qq.com";

    public static Settings defaults() {
      return new Settings(WECHAT_API, 2, Duration.ofMillis(500));
    }
  }

  @FunctionalInterface
  private interface ApiCall<T> {
    T call(WxMpService service) throws WxErrorException;
  }

  private final Map<String, WxMpService> services;
  private final StateStore store;
  private final Clock clock;

  public WechatGateway(Collection<WechatAccount> accounts, Settings settings, StateStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
    StateStoreWxRedisOps tokenStore = new StateStoreWxRedisOps(store);
    this.services = accounts.stream().collect(Collectors.toUnmodifiableMap(
        WechatAccount::appId, account -> service(account, settings, tokenStore)));
  }

  private static WxMpService service(WechatAccount account, Settings settings, StateStoreWxRedisOps tokenStore) {
    WxMpRedisConfigImpl config = new WxMpRedisConfigImpl(tokenStore, "wx");
    config.setAppId(account.appId());
    config.setSecret(account.secret());
    config.setToken(account.token());
    config.setAesKey(account.aesKey());
    config.setUseStableAccessToken(true);
    String host = stripTrailingSlash(settings.apiBaseUrl());
    WxMpHostConfig hosts = new WxMpHostConfig();
    hosts.setApiHost(host);
    hosts.setMpHost(host);
    hosts.setOpenHost(host);
    config.setHostConfig(hosts);
    WxMpServiceImpl service = new SharedTokenWxMpService(config);
    service.setMaxRetryTimes(settings.maxRetries());
    service.setRetrySleepMillis((int) settings.retryBackoff().toMillis());
    return service;
  }

  /** A customer-service message; works only inside the resident's interaction window. */
  public void sendText(String appId, String openId, String content) {
    execute(appId, "kefu", s -> s.getKefuService().sendKefuMessage(
        WxMpKefuMessage.TEXT().toUser(openId).content(content).build()));
  }

  public void sendNews(String appId, String openId, Reply.News news) {
    WxMpKefuMessage.WxArticle article = new WxMpKefuMessage.WxArticle();
    article.setTitle(news.title());
    article.setDescription(news.description());
    article.setUrl(news.url());
    article.setPicUrl(news.picUrl());
    execute(appId, "kefu", s -> s.getKefuService().sendKefuMessage(
        WxMpKefuMessage.NEWS().toUser(openId).addArticle(article).build()));
  }

  @Override
  public void send(String appId, String openId, Reply reply) {
    if (reply instanceof Reply.Text text) {
      sendText(appId, openId, text.content());
    } else if (reply instanceof Reply.News news) {
      sendNews(appId, openId, news);
    }
  }

  /** Sends a template message and returns WeChat's msgid, which its TEMPLATESENDJOBFINISH event repeats. */
  public long sendTemplate(String appId, TemplateMessage message) {
    WxMpTemplateMessage template = WxMpTemplateMessage.builder()
        .toUser(message.openId())
        .templateId(message.templateId())
        .url(message.url())
        .clientMsgId(message.clientMsgId())
        .build();
    message.data().forEach((name, value) -> template.addData(new WxMpTemplateData(name, value)));
    String msgId = execute(appId, "template", s -> s.getTemplateMsgService().sendTemplateMsg(template));
    return Long.parseLong(msgId);
  }

  /**
   * A mass text to a list of 2 to 10,000 followers (PROTOCOL.md §5.6); returns the job's msg_id, which its
   * MASSSENDJOBFINISH event repeats. {@code clientMsgId} makes WeChat refuse a second job with 45065.
   */
  public long sendMassText(String appId, List<String> openIds, String content, String clientMsgId) {
    WxMpMassOpenIdsMessage mass = new WxMpMassOpenIdsMessage();
    mass.setToUsers(List.copyOf(openIds));
    mass.setMsgType(WxConsts.MassMsgType.TEXT);
    mass.setContent(content);
    mass.setClientMsgId(clientMsgId);
    return Long.parseLong(execute(appId, "mass_send", s -> s.getMassMessageService().massOpenIdsMessageSend(mass)).getMsgId());
  }

  public WechatUser userInfo(String appId, String openId) {
    WxMpUser user = execute(appId, "user_info", s -> s.getUserService().userInfo(openId));
    return new WechatUser(
        openId,
        Boolean.TRUE.equals(user.getSubscribe()),
        user.getSubscribeTime() == null ? null : Instant.ofEpochSecond(user.getSubscribeTime()),
        user.getUnionId(),
        user.getTagIds() == null ? List.of() : Arrays.asList(user.getTagIds()),
        user.getSubscribeScene(),
        user.getQrSceneStr());
  }

  /** Downloads a temporary media file (a resident's photo); media ids expire after 3 days. */
  public byte[] downloadMedia(String appId, String mediaId) {
    File file = execute(appId, "media_get", s -> s.getMaterialService().mediaDownload(mediaId));
    try {
      return Files.readAllBytes(file.toPath());
    } catch (IOException e) {
      throw new WechatApiException("media_get", WechatApiException.TRANSPORT_ERROR, "could not read the download", e);
    } finally {
      file.delete();
    }
  }

  /** The current access token, fetching one when needed; for diagnostics and tests. */
  public String accessToken(String appId) {
    return execute(appId, "token", s -> s.getAccessToken(false));
  }

  private <T> T execute(String appId, String api, ApiCall<T> call) {
    WxMpService service = services.get(appId);
    if (service == null) {
      throw new IllegalArgumentException("No WeChat account configured with appId " + appId);
    }
    String quotaKey = "wx:quota-exhausted:" + appId + ":" + api;
    if (isQuotaExhausted(quotaKey)) {
      throw new WechatApiException(api, 45009, "daily quota used up earlier today; not called", null);
    }
    try {
      return call.call(service);
    } catch (WxErrorException e) {
      int code = e.getError().getErrorCode();
      if (code == 45009) {
        markQuotaExhausted(quotaKey);
      }
      throw new WechatApiException(api, code, e.getError().getErrorMsg(), e);
    } catch (WxRuntimeException e) {
      throw new WechatApiException(api, WechatApiException.TRANSPORT_ERROR, e.getMessage(), e);
    }
  }

  private boolean isQuotaExhausted(String key) {
    try {
      return store.get(key).isPresent();
    } catch (StateStoreUnavailableException e) {
      return false;
    }
  }

  /** WeChat's quotas reset at midnight, Beijing time. */
  private void markQuotaExhausted(String key) {
    Instant now = clock.instant();
    Instant midnight = LocalDate.ofInstant(now, BEIJING).plusDays(1).atStartOfDay(BEIJING).toInstant();
    try {
      store.set(key, "1", Duration.between(now, midnight));
    } catch (StateStoreUnavailableException e) {
      // without the store every call finds out from WeChat again; nothing is lost
    }
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
