package com.wuyebot.bot.conversation;

import com.wuyebot.integration.wechat.inbound.InboundMessage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A HumanHandoff for tests: records who was handed over and why, and tells the resident so. */
class RecordingHandoff implements HumanHandoff {

  record Call(String openId, Reason reason) {
  }

  private final List<Call> calls = new CopyOnWriteArrayList<>();

  @Override
  public String requestHuman(InboundMessage message, Reason reason) {
    calls.add(new Call(message.openId(), reason));
    return "已为您转接人工客服（" + reason + "），请稍候。";
  }

  List<Reason> reasonsOf(String openId) {
    return calls.stream().filter(call -> call.openId().equals(openId)).map(Call::reason).toList();
  }
}
