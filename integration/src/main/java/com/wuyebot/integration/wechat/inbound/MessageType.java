package com.wuyebot.integration.wechat.inbound;

import java.util.Locale;

/** The {@code MsgType} of an inbound push. Anything WeChat adds later arrives as UNKNOWN. */
public enum MessageType {
  TEXT, IMAGE, VOICE, VIDEO, SHORTVIDEO, LOCATION, LINK, EVENT, UNKNOWN;

  static MessageType of(String wire) {
    if (wire == null) {
      return UNKNOWN;
    }
    try {
      return valueOf(wire.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return UNKNOWN;
    }
  }
}
