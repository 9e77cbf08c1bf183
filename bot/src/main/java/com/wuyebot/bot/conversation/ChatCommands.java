package com.wuyebot.bot.conversation;

import com.wuyebot.bot.resident.ChineseNumbers;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What residents say to act on their house bindings and their own tickets: 绑定房屋, 解绑, 催单,
 * 补充 …, 取消报修, 已修好, 没修好; a ticket number may come with it (催单 BX20261126-0003).
 */
final class ChatCommands {

  enum Kind { BIND, UNBIND, URGE, SUPPLEMENT, CANCEL_TICKET, FIXED, NOT_FIXED }

  /** @param number a ticket number given with it, or null; @param rest the words after the command */
  record Command(Kind kind, String number, String rest) {
  }

  private static final Pattern NUMBER = Pattern.compile("[A-Za-z]{2}\\d{8}-\\d{4}");
  private static final Pattern BIND = Pattern.compile("^(?:我要|我想|帮我)?(?:绑定房屋|绑定房子|绑定住房|房屋绑定|绑定住址|绑定地址|绑定我家|绑定)(.*)$");
  private static final Pattern UNBIND = Pattern.compile("^(?:我要|我想|帮我)?(?:解绑房屋|解绑房子|解除绑定|取消绑定|解绑)(.*)$");
  private static final Pattern URGE = Pattern.compile("^(?:帮我|麻烦)?(?:催单|催一下|催一催|催催|催促一下|催促|加急处理|加急)(.*)$");
  private static final Pattern SUPPLEMENT = Pattern.compile("^(?:我要|我想)?(?:补充说明|补充一下|再补充|补充)[\\s:：,，。]*(.*)$", Pattern.DOTALL);
  private static final Pattern CANCEL_TICKET = Pattern.compile("^(?:我要|我想|帮我)?(?:取消报修|取消工单|撤销报修|撤销工单|取消投诉|撤销投诉|不用来修了|不用修了)(.*)$");
  private static final Pattern NOT_FIXED = Pattern.compile("没修好|没有修好|未修好|还没好|没好|还是坏的|又坏了|还是不行|还是漏|没解决|没有解决|未解决");
  private static final Pattern FIXED = Pattern.compile("^(?:已经|已|都)?(?:修好了|修好|解决了|搞定了)|^确认修好|^已解决|^已经解决");

  private ChatCommands() {
  }

  static Optional<Command> of(String text) {
    String normal = ChineseNumbers.halfWidth(text).strip();
    Matcher numberMatch = NUMBER.matcher(normal);
    String number = numberMatch.find() ? numberMatch.group().toUpperCase(Locale.ROOT) : null;
    String words = NUMBER.matcher(normal).replaceAll(" ").strip();
    for (Kind kind : new Kind[] {Kind.CANCEL_TICKET, Kind.UNBIND, Kind.BIND, Kind.URGE, Kind.SUPPLEMENT}) {
      Matcher matcher = pattern(kind).matcher(words);
      if (matcher.matches()) {
        return Optional.of(new Command(kind, number, matcher.group(1).strip()));
      }
    }
    // short answers only: 没修好 / 已修好 inside a longer message are more likely a new report
    if (words.length() <= 12 && NOT_FIXED.matcher(words).find()) {
      return Optional.of(new Command(Kind.NOT_FIXED, number, words));
    }
    if (words.length() <= 12 && FIXED.matcher(words).find()) {
      return Optional.of(new Command(Kind.FIXED, number, words));
    }
    return Optional.empty();
  }

  private static Pattern pattern(Kind kind) {
    return switch (kind) {
      case BIND -> BIND;
      case UNBIND -> UNBIND;
      case URGE -> URGE;
      case SUPPLEMENT -> SUPPLEMENT;
      case CANCEL_TICKET -> CANCEL_TICKET;
      default -> throw new IllegalArgumentException(kind.name());
    };
  }
}
