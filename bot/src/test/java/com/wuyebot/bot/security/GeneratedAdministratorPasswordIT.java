package com.wuyebot.bot.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.testsupport.RunningBot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/** On the embedded database a missing administrator password is generated, printed once and works. */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "bot.admin.password=")
class GeneratedAdministratorPasswordIT extends RunningBot {

  private static final Pattern GENERATED = Pattern.compile("Generated password of the administrator 'admin' for this run: (\\S+)");

  @Test
  void printsAPasswordThatOpensTheApi(CapturedOutput output) throws Exception {
    Matcher printed = GENERATED.matcher(output.getAll());
    HttpClient http = HttpClient.newHttpClient();
    URI faq = URI.create("http://127.0.0.1:" + port + "/api/faq");

    assertThat(printed.find()).as("the generated password is logged").isTrue();
    String basic = Base64.getEncoder().encodeToString(("admin:" + printed.group(1)).getBytes(StandardCharsets.UTF_8));
    assertThat(http.send(HttpRequest.newBuilder(faq).header("Authorization", "Basic " + basic).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    assertThat(http.send(HttpRequest.newBuilder(faq).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
  }
}
