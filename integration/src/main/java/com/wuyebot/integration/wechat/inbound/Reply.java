package com.wuyebot.integration.wechat.inbound;

import java.util.Objects;

/** What the bot answers to one inbound message. */
public sealed interface Reply {

  static Reply text(String content) {
    return new Text(content);
  }

  static Reply news(String title, String description, String url, String picUrl) {
    return new News(title, description, url, picUrl);
  }

  static Reply none() {
    return None.INSTANCE;
  }

  record Text(String content) implements Reply {
    public Text {
      Objects.requireNonNull(content, "content");
    }
  }

  /** One article: WeChat allows only one in reply to a resident's message. */
  record News(String title, String description, String url, String picUrl) implements Reply {
    public News {
      Objects.requireNonNull(title, "title");
    }
  }

  /** Acknowledge without answering. */
  enum None implements Reply {
    INSTANCE
  }
}
