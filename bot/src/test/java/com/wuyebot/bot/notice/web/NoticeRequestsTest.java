package com.wuyebot.bot.notice.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.notice.NoticeKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class NoticeRequestsTest {

  @Test
  void readsANoticeWithTargetAndActivity() {
    NoticeRequests.NoticeRequest request = JsonMapper.builder().build().readValue("""
        {"appId":"wx1","kind":"ACTIVITY","title":"亲子活动","body":"周六下午","activity":{"startsAt":"2026-12-01T06:00:00Z",
         "place":"会所","capacity":20,"signUp":true},"target":{"buildings":[{"community":"阳光花园","building":"3栋"}]}}""",
        NoticeRequests.NoticeRequest.class);
    assertThat(request.kind()).isEqualTo(NoticeKind.ACTIVITY);
    assertThat(request.target().buildings()).hasSize(1);
    assertThat(request.toDraft().capacity()).isEqualTo(20);
  }
}
