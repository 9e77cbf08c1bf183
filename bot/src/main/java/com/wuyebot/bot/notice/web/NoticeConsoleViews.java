package com.wuyebot.bot.notice.web;

import com.wuyebot.bot.notice.InvalidNoticeException;
import com.wuyebot.bot.notice.Notice;
import com.wuyebot.bot.notice.NoticeChannel;
import com.wuyebot.bot.notice.NoticeKind;
import com.wuyebot.bot.notice.NoticeStatistics;
import com.wuyebot.bot.notice.NoticeStatus;
import com.wuyebot.bot.wechat.WechatProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the notice pages show besides the notice: the accounts, the names of kinds and channels, errors. */
@Component
class NoticeConsoleViews {

  static final Map<NoticeKind, String> KINDS = Map.of(NoticeKind.NOTICE, "通知", NoticeKind.ACTIVITY, "活动",
      NoticeKind.OUTAGE, "停水停电", NoticeKind.TIP, "温馨提示");
  static final Map<NoticeChannel, String> CHANNELS = Map.of(NoticeChannel.TEMPLATE, "模板消息（逐人发送）",
      NoticeChannel.MASS, "群发（占用每月群发次数，不足时改为模板消息）");

  static final Map<NoticeStatus, String> STATUSES = Map.of(NoticeStatus.DRAFT, "草稿", NoticeStatus.SCHEDULED, "定时",
      NoticeStatus.SENDING, "发送中", NoticeStatus.SENT, "已发送", NoticeStatus.CANCELLED, "已取消");

  static final Map<String, String> REASONS = Map.of("UNSUBSCRIBED", "已取消关注", "INVALID_OPENID", "微信号无效",
      "REFUSED", "居民拒收", "SYSTEM_FAILED", "微信系统失败", "OUTCOME_UNKNOWN", "结果未知", "REJECTED", "被拒收",
      "UNKNOWN", "原因未知");

  static final Map<String, String> MASS_OUTCOMES = Map.of("SUCCESS", "发送成功", "FAILED", "发送失败", "UNKNOWN", "结果未知");
  private static final String REVIEW_FAILED = "REVIEW_FAILED_";

  private final List<String> accounts;

  NoticeConsoleViews(WechatProperties wechat) {
    this.accounts = wechat.accounts().stream().map(WechatProperties.Account::appId).toList();
  }

  String list(Model model, Page<Notice> page, NoticeStatus status) {
    model.addAttribute("page", page);
    model.addAttribute("status", status);
    model.addAttribute("statuses", List.of(NoticeStatus.values()));
    names(model);
    return "console/notices";
  }

  private void names(Model model) {
    model.addAttribute("kindNames", KINDS);
    model.addAttribute("statusNames", STATUSES);
  }

  NoticeForm blankForm() {
    NoticeForm form = new NoticeForm();
    if (accounts.size() == 1) {
      form.setAppId(accounts.get(0));
    }
    return form;
  }

  /** The compose page; {@code notice} null for a new one, {@code problem} what was wrong with the last post. */
  String form(Model model, NoticeForm form, Notice notice, String problem) {
    model.addAttribute("form", form);
    model.addAttribute("item", notice);
    model.addAttribute("problem", problem);
    model.addAttribute("accounts", accounts);
    model.addAttribute("kinds", List.of(NoticeKind.values()));
    names(model);
    model.addAttribute("channels", List.of(NoticeChannel.values()));
    model.addAttribute("channelNames", CHANNELS);
    return "console/notice-form";
  }

  String statistics(Model model, Notice notice, NoticeStatistics stats) {
    model.addAttribute("item", notice);
    model.addAttribute("stats", stats);
    model.addAttribute("reasonNames", REASONS);
    if (stats.massJobs() != null) {
      Map<String, Long> outcomes = new LinkedHashMap<>();
      stats.massJobs().jobsByOutcome().forEach((outcome, jobs) -> outcomes.put(massOutcome(outcome), jobs));
      model.addAttribute("massOutcomes", outcomes);
    }
    names(model);
    return "console/notice-statistics";
  }

  /** The name of a mass job's outcome; a job refused in review keeps WeChat's code, which says why. */
  static String massOutcome(String outcome) {
    if (outcome.startsWith(REVIEW_FAILED)) {
      return "审核未通过（错误码 " + outcome.substring(REVIEW_FAILED.length()) + "）";
    }
    return MASS_OUTCOMES.getOrDefault(outcome, outcome);
  }

  String explain(InvalidNoticeException e) {
    return "内容有误，未保存：" + e.getMessage();
  }

  String error(HttpStatus status, String message, Model model, HttpServletResponse response) {
    response.setStatus(status.value());
    model.addAttribute("status", status.value());
    model.addAttribute("message", message);
    return "console/error";
  }
}
