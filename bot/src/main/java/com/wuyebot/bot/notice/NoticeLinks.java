package com.wuyebot.bot.notice;

import com.wuyebot.bot.shared.LinkTokens;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Sign-up links that need no login, one per resident: the link names the resident's delivery record and an
 * expiry, and is signed with HMAC-SHA256 under {@code bot.notice.link-secret} over the record's notice, appId and
 * openId. The openid stays out of the link (and out of the logs of every proxy it passes); a link changed to
 * another record, or to a later expiry, no longer matches its signature. Signing needs nothing from the database,
 * so sending stays as fast as without links.
 */
@Component
class NoticeLinks {

  static final String PATH = "/activity/";
  private static final String PURPOSE = "activity-sign-up";

  private final LinkTokens tokens;
  private final DeliveryStore deliveries;
  private final Duration validAfterStart;
  private final String publicUrl;

  @Autowired
  NoticeLinks(NoticeProperties properties, DeliveryStore deliveries, Clock clock) {
    this(properties.linkSecret(), properties.linkValidAfterStart(), properties.publicUrl(), deliveries, clock);
    LinkTokens.warnIfPlaceholder("bot.notice.link-secret", properties.linkSecret());
  }

  NoticeLinks(String secret, Duration validAfterStart, String publicUrl, DeliveryStore deliveries, Clock clock) {
    this.tokens = new LinkTokens(secret, clock);
    this.deliveries = deliveries;
    this.validAfterStart = validAfterStart;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  /** The sign-up page of this activity for the resident of delivery record {@code deliveryId}. */
  String urlFor(Notice activity, long deliveryId, String appId, String openId) {
    return publicUrl + PATH + tokens.issue(deliveryId, activity.startsAt().plus(validAfterStart),
        bound(activity.id(), appId, openId));
  }

  /** What a token from a link says, checked; the resident only when it is VALID. */
  Verdict verify(String token) {
    Optional<LinkTokens.Token> read = tokens.read(token);
    if (read.isEmpty()) {
      return Verdict.INVALID;
    }
    Optional<DeliveryStore.Recipient> recipient = deliveries.recipient(read.get().id());
    if (recipient.isEmpty()) {
      return Verdict.INVALID;
    }
    DeliveryStore.Recipient holder = recipient.get();
    LinkTokens.Check check = tokens.check(read.get(), bound(holder.noticeId(), holder.appId(), holder.openId()));
    return check == LinkTokens.Check.VALID ? new Verdict(check, holder) : new Verdict(check, null);
  }

  record Verdict(LinkTokens.Check check, DeliveryStore.Recipient recipient) {

    static final Verdict INVALID = new Verdict(LinkTokens.Check.INVALID, null);
  }

  private static String[] bound(long noticeId, String appId, String openId) {
    return new String[] {PURPOSE, Long.toString(noticeId), appId, openId};
  }
}
