package com.wuyebot.bot.escalation;

import com.wuyebot.integration.wechat.outbound.WechatApiException;
import com.wuyebot.integration.wechat.outbound.WechatGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Pictures residents sent, fetched from WeChat by media id when an agent looks (WeChat keeps them
 * three days). Only pictures of the conversation asked for are served.
 */
@Service
public class TranscriptMedia {

  private static final Logger log = LoggerFactory.getLogger(TranscriptMedia.class);

  private final Escalations escalations;
  private final WechatGateway gateway;

  TranscriptMedia(Escalations escalations, WechatGateway gateway) {
    this.escalations = escalations;
    this.gateway = gateway;
  }

  public record Picture(byte[] bytes, String contentType) {
  }

  public Picture image(long escalationId, long entryId) {
    Escalation escalation = escalations.get(escalationId);
    TranscriptEntry entry = escalations.transcriptOf(escalationId).stream()
        .filter(e -> e.id() == entryId && e.contentKind() == TranscriptEntry.ContentKind.IMAGE && e.mediaId() != null)
        .findFirst()
        .orElseThrow(() -> new EscalationNotFoundException(escalationId));
    try {
      byte[] bytes = gateway.downloadMedia(escalation.appId(), entry.mediaId());
      return new Picture(bytes, contentType(bytes));
    } catch (WechatApiException e) {
      log.warn("Picture of escalation {} not fetched: errcode {}", escalationId, e.errorCode());
      throw new EscalationNotFoundException(escalationId);
    }
  }

  /** From the first bytes; WeChat serves JPEG and PNG. */
  private static String contentType(byte[] bytes) {
    if (bytes.length > 3 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
      return "image/png";
    }
    if (bytes.length > 3 && bytes[0] == 'G' && bytes[1] == 'I' && bytes[2] == 'F') {
      return "image/gif";
    }
    return "image/jpeg";
  }
}
