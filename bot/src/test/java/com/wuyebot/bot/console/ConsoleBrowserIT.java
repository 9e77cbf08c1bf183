package com.wuyebot.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.conversation.HumanHandoff;
import com.wuyebot.bot.testsupport.AdminApi;
import com.wuyebot.bot.testsupport.ConsoleBot;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.integration.tools.PassiveReply;
import com.wuyebot.integration.tools.PushMessage;
import com.wuyebot.integration.wechat.inbound.InboundMessage;
import com.wuyebot.integration.wechat.inbound.MessageType;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The console in a real headless Chromium: an agent signs in, sees a resident's escalation appear
 * without reloading, claims it, replies (the reply reaches the fake WeChat API), and closes it (the
 * bot answers again); a script in a resident's message stays text; an agent is refused a manager
 * page. The main pages are saved to docs/screenshots for the README.
 */
class ConsoleBrowserIT extends ConsoleBot {

  private static final String XSS = "<img src=x onerror=alert(1)>";
  private static Path profile;
  private static WebDriver browser;

  @Autowired
  HumanHandoff handoff;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("console-chromium-");
    ChromeOptions options = new ChromeOptions()
        .setBinary("/usr/bin/chromium")
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--user-data-dir=" + profile, "--lang=zh-CN");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1280, 860));
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }

  @AfterEach
  void signOut() {
    browser.manage().deleteAllCookies();
  }

  @Test
  void anAgentTakesAnEscalatedConversationLiveAndHandsItBackToTheBot() {
    String agent = ConsoleClient.newUser(port, ConsoleRole.AGENT);
    browser.get(url("/login"));
    screenshot("login");
    signIn(agent);
    ((JavascriptExecutor) browser).executeScript("window.noReloadMarker = 'still-here';");

    String openId = TestAccounts.newOpenId();
    handoff.requestHuman(text(openId, "人工"), HumanHandoff.Reason.ASKED);
    push(openId, XSS);
    long id = jdbc.queryForObject("select id from escalation where open_id = ?", Long.class, openId);

    By row = By.cssSelector("tr[data-id='" + id + "']");
    wait(10).until(ExpectedConditions.textToBePresentInElementLocated(row, XSS));
    assertThat(((JavascriptExecutor) browser).executeScript("return window.noReloadMarker")).isEqualTo("still-here");
    assertNoScriptRan("#inbox-rows");
    screenshot("inbox");

    browser.findElement(row).findElement(By.cssSelector("button.claim")).click();
    wait(10).until(ExpectedConditions.urlContains("/console/conversations/" + id));
    assertThat(browser.findElement(By.id("transcript")).getText()).contains(XSS);
    assertNoScriptRan("#transcript");

    browser.findElement(By.id("reply-text")).sendKeys("您好，我是物业客服，马上为您处理。");
    browser.findElement(By.id("send")).click();
    api().awaitSentMessage(m -> openId.equals(m.toUser()) && "您好，我是物业客服，马上为您处理。".equals(m.content()),
        Duration.ofSeconds(10));
    ((JavascriptExecutor) browser).executeScript("window.noReloadMarker = 'transcript';");
    push(openId, "好的，谢谢，是3栋2单元的电梯");
    wait(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("transcript"), "是3栋2单元的电梯"));
    assertThat(((JavascriptExecutor) browser).executeScript("return window.noReloadMarker")).isEqualTo("transcript");
    screenshot("conversation");

    browser.findElement(By.id("close")).click();
    wait(10).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "会话已结束"));
    api().awaitSentMessage(m -> openId.equals(m.toUser()) && m.content() != null && m.content().contains("人工服务已结束"),
        Duration.ofSeconds(10));
    PassiveReply answer = TestAccounts.safe(port).push(PushMessage.text(openId, "物业电话多少")).reply();
    assertThat(answer).isNotNull();
    assertThat(answer.content()).isNotBlank();
  }

  @Test
  void anAgentIsRefusedAManagerPage() {
    signIn(ConsoleClient.newUser(port, ConsoleRole.AGENT));

    browser.get(url("/console/knowledge"));

    assertThat(waitFor(By.id("denied")).getText()).contains("没有访问此页面的权限");
    assertThat(browser.findElements(By.linkText("知识库"))).isEmpty();
    screenshot("denied");
  }

  @Test
  void aManagerTurnsAnUnansweredQuestionIntoAnEntryTheBotUsesAtOnce() {
    String topic = "泳池" + ThreadLocalRandom.current().nextInt(100, 999) + "号几点开放";
    String openId = TestAccounts.newOpenId();
    push(openId, topic);
    push(openId, topic + "呀");
    signIn(ConsoleClient.newUser(port, ConsoleRole.MANAGER));

    browser.get(url("/console/knowledge/gaps"));
    WebElement gap = wait(10).until(driver -> {
      driver.navigate().refresh();
      return driver.findElements(By.cssSelector("article.gap")).stream()
          .filter(article -> article.getText().contains(topic)).findFirst().orElse(null);
    });
    assertThat(gap.getText()).contains("2 次");
    screenshot("knowledge-gaps");
    gap.findElement(By.cssSelector("button.primary")).click();
    assertThat(waitFor(By.id("faq-question")).getAttribute("value")).startsWith(topic);
    browser.findElement(By.id("faq-answer")).sendKeys("小区泳池每天9:00-21:00开放，周一上午清洁维护。");
    browser.findElement(By.id("save-faq")).click();
    wait(10).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "机器人现在就能用它回答"));

    browser.findElement(By.id("ask-question")).sendKeys(topic);
    wait(10).ignoring(StaleElementReferenceException.class).until(driver -> {
      driver.findElement(By.id("ask")).click();
      return driver.findElement(By.id("decision")).getText().contains("ANSWER");
    });
    screenshot("knowledge");
    String answer = TestAccounts.safe(port).push(PushMessage.text(TestAccounts.newOpenId(), topic)).reply().content();
    assertThat(answer).contains("9:00-21:00");
  }

  @Test
  void aManagerOpensTheDashboardAndItsChartsDraw() {
    AdminApi admin = new AdminApi(port);
    admin.importTestKnowledgeBase();
    String community = "看板花园" + ThreadLocalRandom.current().nextInt(1000, 9999);
    admin.teamOnDutyAllWeek(community, "水电", "王师傅");
    for (String category : new String[] {"水电", "水电", "电梯"}) {
      admin.created("/api/tickets", AdminApi.repair(community, category, null));
    }
    push(TestAccounts.newOpenId(), XSS + "火星基地怎么申请");
    signIn(ConsoleClient.newUser(port, ConsoleRole.MANAGER));

    browser.get(url("/console/dashboard"));

    wait(10).until(ExpectedConditions.attributeToBe(By.id("dashboard-charts"), "data-loaded", "true"));
    assertThat(browser.findElements(By.cssSelector("#dashboard-charts [data-chart] canvas"))).hasSize(5);
    wait(10).until(driver -> {
      driver.navigate().refresh();
      return driver.findElement(By.id("top-questions")).getText().contains(XSS);
    });
    assertNoScriptRan("#top-questions");
    screenshot("dashboard");
  }

  @Test
  void aManagerComposesANoticeAndPreviewsItToThemselves() {
    api().template(NOTICE_TEMPLATE);
    String me = TestAccounts.newOpenId();
    api().follower(me);
    signIn(ConsoleClient.newUser(port, ConsoleRole.MANAGER));

    browser.get(url("/console/notices"));
    browser.findElement(By.id("compose")).click();
    new org.openqa.selenium.support.ui.Select(waitFor(By.id("notice-kind"))).selectByVisibleText("停水停电");
    browser.findElement(By.id("notice-title")).sendKeys("3栋停水通知");
    browser.findElement(By.id("notice-body")).sendKeys("因管道维修，12月1日9:00-12:00 3栋停水，请提前储水。");
    ((JavascriptExecutor) browser).executeScript(
        "document.getElementById('startsAt').value='2030-12-01T09:00'; document.getElementById('endsAt').value='2030-12-01T12:00';");
    browser.findElement(By.id("target-communities")).sendKeys("阳光花园");
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
    screenshot("notice-compose");
    browser.findElement(By.id("save-notice")).click();
    wait(10).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "草稿已保存"));

    browser.findElement(By.id("preview-openid")).sendKeys(me);
    browser.findElement(By.id("preview")).click();
    wait(10).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "预览已发送"));
    assertThat(api().sentMessagesTo(me)).singleElement().extracting(m -> m.templateId()).isEqualTo(NOTICE_TEMPLATE);
    assertThat(browser.findElement(By.id("notice-status")).getText()).isEqualTo("草稿");
  }

  private void signIn(String username) {
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(ConsoleClient.PASSWORD);
    browser.findElement(By.id("login")).click();
    wait(10).until(ExpectedConditions.urlMatches("/console/?$"));
    waitFor(By.id("inbox-rows"));
  }

  private void assertNoScriptRan(String container) {
    try {
      browser.switchTo().alert();
      throw new AssertionError("a resident's message opened an alert");
    } catch (NoAlertPresentException expected) {
      // the payload stayed text
    }
    Object images = ((JavascriptExecutor) browser).executeScript(
        "return document.querySelectorAll(arguments[0] + ' img[src=\"x\"]').length", container);
    assertThat(images).isEqualTo(0L);
  }

  private void push(String openId, String text) {
    TestAccounts.safe(port).push(PushMessage.text(openId, text));
  }

  private WebElement waitFor(By by) {
    return wait(10).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private static WebDriverWait wait(int seconds) {
    return new WebDriverWait(browser, Duration.ofSeconds(seconds));
  }

  private String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  private static void screenshot(String name) {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    try {
      Path target = screenshots().resolve(name + ".png");
      Files.createDirectories(target.getParent());
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException("screenshot " + name + " not saved", e);
    }
  }

  /** docs/screenshots of the repository, whether the tests run from the root or from bot/. */
  private static Path screenshots() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    return (dir == null ? Path.of("") : dir).resolve("docs/screenshots");
  }

  private static InboundMessage text(String openId, String text) {
    return new InboundMessage(TestAccounts.SAFE_APP_ID, TestAccounts.GH_ID, openId, Instant.now(), MessageType.TEXT,
        ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), text, null, null, null, null, null, null, null);
  }
}
