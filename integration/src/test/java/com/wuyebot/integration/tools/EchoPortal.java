package com.wuyebot.integration.tools;

import com.wuyebot.integration.testsupport.QueryStrings;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import me.chanjar.weixin.mp.bean.message.WxMpXmlOutMessage;
import me.chanjar.weixin.mp.bean.message.WxMpXmlOutNewsMessage;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny stand-in for the bot's webhook, written only with WxJava: it checks signatures, decrypts with
 * {@code WxMpXmlMessage.fromEncryptedXml} and answers text with an encrypted echo, so the push client is
 * tested against WxJava rather than against itself.
 */
final class EchoPortal implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);
  private final WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
  private final List<WxMpXmlMessage> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger refused = new AtomicInteger();
  private final String appId;

  private EchoPortal(String token, String aesKey, String appId) throws IOException {
    this.appId = appId;
    config.setToken(token);
    config.setAesKey(aesKey);
    config.setAppId(appId);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/wx/portal/" + appId, this::handle);
    server.setExecutor(executor);
    server.start();
  }

  static EchoPortal start(String token, String aesKey, String appId) {
    try {
      return new EchoPortal(token, aesKey, appId);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/wx/portal/" + appId);
  }

  List<WxMpXmlMessage> received() {
    return received;
  }

  int refused() {
    return refused.get();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange; InputStream in = exchange.getRequestBody()) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> q = QueryStrings.parse(exchange.getRequestURI().getRawQuery());
      String signature = q.get("signature");
      if (signature == null || q.get("timestamp") == null || q.get("nonce") == null
          || !signature.equals(SHA1.gen(config.getToken(), q.get("timestamp"), q.get("nonce")))) {
        refused.incrementAndGet();
        respond(exchange, 403, "forbidden");
        return;
      }
      if ("GET".equals(exchange.getRequestMethod())) {
        respond(exchange, 200, q.getOrDefault("echostr", ""));
        return;
      }
      boolean aes = "aes".equals(q.get("encrypt_type"));
      WxMpXmlMessage message;
      try {
        message = aes
            ? WxMpXmlMessage.fromEncryptedXml(body, config, q.get("timestamp"), q.get("nonce"), q.get("msg_signature"))
            : WxMpXmlMessage.fromXml(body);
      } catch (RuntimeException e) {
        refused.incrementAndGet();
        respond(exchange, 400, "bad request");
        return;
      }
      received.add(message);
      WxMpXmlOutMessage reply = reply(message);
      respond(exchange, 200, reply == null ? "success" : aes ? reply.toEncryptedXml(config) : reply.toXml());
    }
  }

  private static WxMpXmlOutMessage reply(WxMpXmlMessage in) {
    if ("text".equals(in.getMsgType())) {
      return WxMpXmlOutMessage.TEXT().content("收到：" + in.getContent())
          .fromUser(in.getToUser()).toUser(in.getFromUser()).build();
    }
    if ("subscribe".equals(in.getEvent())) {
      WxMpXmlOutNewsMessage.Item item = new WxMpXmlOutNewsMessage.Item();
      item.setTitle("欢迎关注");
      item.setDescription("点击绑定房屋");
      item.setUrl("https://example.com/bind");
      item.setPicUrl("https://example.com/p.png");
      return WxMpXmlOutMessage.NEWS().addArticle(item).fromUser(in.getToUser()).toUser(in.getFromUser()).build();
    }
    if ("CLICK".equals(in.getEvent())) {
      return WxMpXmlOutMessage.TRANSFER_CUSTOMER_SERVICE().kfAccount("kf2001@" + in.getToUser())
          .fromUser(in.getToUser()).toUser(in.getFromUser()).build();
    }
    return null;
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/xml; charset=UTF-8");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }
}
