package com.wuyebot.bot.notice;

import java.util.List;

/**
 * The seam between notices and whoever knows where residents live. Notices ask two questions: who is in a
 * target, and is this resident in it. {@link StoredAudience} answers from the followers of {@code resident} and
 * the households and tags in this feature's own tables; when the household binding of the conversation
 * (table {@code resident_house}) lands, an implementation reading it replaces that one without touching senders,
 * sign-ups or outage answers.
 */
public interface NoticeAudience {

  /** The openids of the account's current followers the target selects, each once. */
  List<String> recipients(String appId, Target target);

  /** Whether this resident follows the account and the target selects them. */
  boolean isTargeted(String appId, String openId, Target target);
}
