package com.wuyebot.integration.tools;

import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rendered XML matches the samples in /work/shared/wechat/samples byte for byte, and WxJava parses it. */
class PushMessageTest {

  static final String GH = "gh_a1b2c3d4e5f6";
  static final String OPENID = "oXyZ1234567890abcdefghijklmn";
  static final String HEAD = "<xml><ToUserName><![CDATA[gh_a1b2c3d4e5f6]]></ToUserName>"
      + "<FromUserName><![CDATA[oXyZ1234567890abcdefghijklmn]]></FromUserName>";
  static final String TICKET = "gQH47joAAAAAAAAAASxodHRwOi8vd2VpeGluLnFxLmNvbS9xL2taZ2Z3TVRtNzJXV1Brb3ZhYmJJAAIEZ23sUwMEmm3sUw==";

  @Test
  void rendersTextLikeTheSample() {
    String xml = PushMessage.text(OPENID, "报修：3号楼2单元厨房水管漏水").withCreateTime(1700000000L)
        .withMsgId(24285736153859431L).toXml(GH);

    assertThat(xml).isEqualTo(HEAD + "<CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType>"
        + "<Content><![CDATA[报修：3号楼2单元厨房水管漏水]]></Content><MsgId>24285736153859431</MsgId></xml>");
    WxMpXmlMessage parsed = WxMpXmlMessage.fromXml(xml);
    assertThat(parsed.getContent()).isEqualTo("报修：3号楼2单元厨房水管漏水");
    assertThat(parsed.getMsgId()).isEqualTo(24285736153859431L);
  }

  @Test
  void rendersImageLocationAndLinkLikeTheSamples() {
    assertThat(PushMessage.image(OPENID, "http://mmbiz.qpic.cn/mmbiz_jpg/EXAMPLE/0", "MEDIA_ID_IMAGE_001")
        .withCreateTime(1700000010L).withMsgId(24285736153859433L).toXml(GH))
        .isEqualTo(HEAD + "<CreateTime>1700000010</CreateTime><MsgType><![CDATA[image]]></MsgType>"
            + "<PicUrl><![CDATA[http://mmbiz.qpic.cn/mmbiz_jpg/EXAMPLE/0]]></PicUrl>"
            + "<MediaId><![CDATA[MEDIA_ID_IMAGE_001]]></MediaId><MsgId>24285736153859433</MsgId></xml>");
    assertThat(PushMessage.location(OPENID, 31.230416, 121.473701, 15, "上海市黄浦区人民广场")
        .withCreateTime(1700000050L).withMsgId(24285736153859437L).toXml(GH))
        .isEqualTo(HEAD + "<CreateTime>1700000050</CreateTime><MsgType><![CDATA[location]]></MsgType>"
            + "<Location_X>31.230416</Location_X><Location_Y>121.473701</Location_Y><Scale>15</Scale>"
            + "<Label><![CDATA[上海市黄浦区人民广场]]></Label><MsgId>24285736153859437</MsgId></xml>");
    assertThat(PushMessage.link(OPENID, "小区停水通知", "明日9点至12点停水", "https://example.com/notice/1")
        .withCreateTime(1700000060L).withMsgId(24285736153859438L).toXml(GH))
        .isEqualTo(HEAD + "<CreateTime>1700000060</CreateTime><MsgType><![CDATA[link]]></MsgType>"
            + "<Title><![CDATA[小区停水通知]]></Title><Description><![CDATA[明日9点至12点停水]]></Description>"
            + "<Url><![CDATA[https://example.com/notice/1]]></Url><MsgId>24285736153859438</MsgId></xml>");
  }

  @Test
  void rendersEventsLikeTheSamples() {
    String event = "<MsgType><![CDATA[event]]></MsgType>";
    assertThat(PushMessage.subscribe(OPENID).withCreateTime(1700000100L).toXml(GH))
        .isEqualTo(HEAD + "<CreateTime>1700000100</CreateTime>" + event
            + "<Event><![CDATA[subscribe]]></Event><EventKey><![CDATA[]]></EventKey></xml>");
    assertThat(PushMessage.subscribeByQrCode(OPENID, "bld3_unit2", TICKET).withCreateTime(1700000110L).toXml(GH))
        .isEqualTo(HEAD + "<CreateTime>1700000110</CreateTime>" + event + "<Event><![CDATA[subscribe]]></Event>"
            + "<EventKey><![CDATA[qrscene_bld3_unit2]]></EventKey><Ticket><![CDATA[" + TICKET + "]]></Ticket></xml>");
    assertThat(PushMessage.scan(OPENID, "bld3_unit2", TICKET).withCreateTime(1700000130L).toXml(GH))
        .isEqualTo(HEAD + "<CreateTime>1700000130</CreateTime>" + event + "<Event><![CDATA[SCAN]]></Event>"
            + "<EventKey><![CDATA[bld3_unit2]]></EventKey><Ticket><![CDATA[" + TICKET + "]]></Ticket></xml>");
    assertThat(PushMessage.locationReport(OPENID, 31.230416, 121.473701, 65).withCreateTime(1700000140L).toXml(GH))
        .isEqualTo(HEAD + "<CreateTime>1700000140</CreateTime>" + event + "<Event><![CDATA[LOCATION]]></Event>"
            + "<Latitude>31.230416</Latitude><Longitude>121.473701</Longitude><Precision>65.000000</Precision></xml>");
    assertThat(PushMessage.click(OPENID, "MENU_REPAIR").withCreateTime(1700000150L).toXml(GH))
        .isEqualTo(HEAD + "<CreateTime>1700000150</CreateTime>" + event + "<Event><![CDATA[CLICK]]></Event>"
            + "<EventKey><![CDATA[MENU_REPAIR]]></EventKey></xml>");
    assertThat(PushMessage.templateSendJobFinish(OPENID, 3147483654L, "failed:user block").withCreateTime(1700000170L).toXml(GH))
        .isEqualTo(HEAD + "<CreateTime>1700000170</CreateTime>" + event + "<Event><![CDATA[TEMPLATESENDJOBFINISH]]></Event>"
            + "<MsgID>3147483654</MsgID><Status><![CDATA[failed:user block]]></Status></xml>");
  }

  @Test
  void rendersAMassJobReportLikeTheSampleWithoutItsArticleElements() {
    String xml = PushMessage.massSendJobFinish("oSYSTEMopenidForMassEvents", 1000001625L, "send success", 1200, 1180, 1175, 5)
        .withCreateTime(1700000180L).toXml(GH);

    assertThat(xml).isEqualTo("<xml><ToUserName><![CDATA[gh_a1b2c3d4e5f6]]></ToUserName><FromUserName><![CDATA["
        + "oSYSTEMopenidForMassEvents]]></FromUserName><CreateTime>1700000180</CreateTime><MsgType><![CDATA[event]]>"
        + "</MsgType><Event><![CDATA[MASSSENDJOBFINISH]]></Event><MsgID>1000001625</MsgID><Status><![CDATA[send success]]>"
        + "</Status><TotalCount>1200</TotalCount><FilterCount>1180</FilterCount><SentCount>1175</SentCount>"
        + "<ErrorCount>5</ErrorCount></xml>");
    WxMpXmlMessage parsed = WxMpXmlMessage.fromXml(xml);
    assertThat(parsed.getMsgId()).isEqualTo(1000001625L);
    assertThat(parsed.getSentCount()).isEqualTo(1175);
  }

  @Test
  void voiceCarriesRecognitionOnlyWhenGiven() {
    WxMpXmlMessage recognised = WxMpXmlMessage.fromXml(PushMessage.voice(OPENID, "MEDIA_V", "电梯坏了").withMsgId(1L).toXml(GH));
    WxMpXmlMessage silent = WxMpXmlMessage.fromXml(PushMessage.voice(OPENID, "MEDIA_V", null).withMsgId(2L).toXml(GH));

    assertThat(recognised.getRecognition()).isEqualTo("电梯坏了");
    assertThat(recognised.getFormat()).isEqualTo("amr");
    assertThat(silent.getRecognition()).isNull();
  }

  @Test
  void splitsCdataTerminatorsInsideValues() {
    String xml = PushMessage.text(OPENID, "a]]>b").withMsgId(3L).toXml(GH);

    assertThat(WxMpXmlMessage.fromXml(xml).getContent()).isEqualTo("a]]>b");
  }
}
