package com.wuyebot.bot.wechat.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class QueryParametersTest {

  @Test
  void readsTheQueryStringDecodedAndNeverTheBody() {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/wx/portal/wx1");
    request.setQueryString("signature=abc&timestamp=1700000000&nonce=%E4%BD%A0&nonce=second&empty=");
    request.setContentType("application/x-www-form-urlencoded");
    request.setContent("signature=forged".getBytes());

    assertThat(QueryParameters.of(request))
        .containsEntry("signature", "abc")
        .containsEntry("timestamp", "1700000000")
        .containsEntry("nonce", "你");
  }

  @Test
  void anEmptyQueryGivesNoParameters() {
    assertThat(QueryParameters.of(new MockHttpServletRequest("GET", "/wx/portal/wx1"))).isEmpty();
  }
}
