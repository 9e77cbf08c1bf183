package com.wuyebot.bot.notice.web;

import com.wuyebot.bot.console.ConsolePage;
import com.wuyebot.bot.notice.InvalidNoticeException;
import com.wuyebot.bot.notice.Notice;
import com.wuyebot.bot.notice.NoticeConflictException;
import com.wuyebot.bot.notice.NoticeProperties;
import com.wuyebot.bot.notice.NoticeService;
import com.wuyebot.bot.notice.NoticeStatistics;
import com.wuyebot.bot.notice.NoticeStatus;
import com.wuyebot.integration.wechat.outbound.WechatApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.ZoneId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The managers' notice pages: list, compose, edit, preview, send or schedule, cancel, statistics. */
@Controller
@ConsolePage
class NoticeConsoleController {

  private static final String FLASH = "notice";

  private final NoticeService notices;
  private final NoticeConsoleViews views;
  private final ZoneId zone;

  NoticeConsoleController(NoticeService notices, NoticeConsoleViews views, NoticeProperties properties) {
    this.notices = notices;
    this.views = views;
    this.zone = properties.zone();
  }

  @GetMapping("/console/notices")
  String list(@RequestParam(required = false) NoticeStatus status, @RequestParam(defaultValue = "0") int page, Model model) {
    return views.list(model, notices.list(status, page, 20), status);
  }

  @GetMapping("/console/notices/new")
  String compose(Model model) {
    return views.form(model, views.blankForm(), null, null);
  }

  @PostMapping("/console/notices")
  String create(@ModelAttribute("form") NoticeForm form, Principal manager, Model model, HttpServletResponse response,
      RedirectAttributes flash) {
    try {
      Notice created = notices.create(form.toDraft(zone), manager.getName());
      flash.addFlashAttribute(FLASH, "草稿已保存，可以先预览给自己看。");
      return "redirect:/console/notices/" + created.id();
    } catch (InvalidNoticeException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return views.form(model, form, null, e.getMessage());
    }
  }

  @GetMapping("/console/notices/{id}")
  String show(@PathVariable long id, Model model) {
    Notice notice = notices.get(id);
    return views.form(model, NoticeForm.of(notice, zone), notice, null);
  }

  @PostMapping("/console/notices/{id}")
  String edit(@PathVariable long id, @ModelAttribute("form") NoticeForm form, Model model, HttpServletResponse response,
      RedirectAttributes flash) {
    try {
      notices.edit(id, form.toDraft(zone));
      flash.addFlashAttribute(FLASH, "已保存修改。");
      return "redirect:/console/notices/" + id;
    } catch (InvalidNoticeException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return views.form(model, form, notices.get(id), e.getMessage());
    }
  }

  @PostMapping("/console/notices/{id}/preview")
  String preview(@PathVariable long id, @RequestParam(defaultValue = "") String openId, RedirectAttributes flash) {
    notices.preview(id, openId);
    flash.addFlashAttribute(FLASH, "预览已发送到该微信号，请在微信里查看。");
    return "redirect:/console/notices/" + id;
  }

  @PostMapping("/console/notices/{id}/send")
  String send(@PathVariable long id, RedirectAttributes flash) {
    NoticeService.Changed changed = notices.sendNow(id);
    flash.addFlashAttribute(FLASH, "已开始发送。");
    flash.addFlashAttribute("warnings", changed.warnings());
    return "redirect:/console/notices/" + id;
  }

  @PostMapping("/console/notices/{id}/schedule")
  String schedule(@PathVariable long id, @RequestParam(defaultValue = "") String sendAt, RedirectAttributes flash) {
    NoticeService.Changed changed = notices.schedule(id, NoticeForm.instant(sendAt, zone));
    flash.addFlashAttribute(FLASH, "已定时发送。");
    flash.addFlashAttribute("warnings", changed.warnings());
    return "redirect:/console/notices/" + id;
  }

  @PostMapping("/console/notices/{id}/cancel")
  String cancel(@PathVariable long id, RedirectAttributes flash) {
    notices.cancel(id);
    flash.addFlashAttribute(FLASH, "通知已取消，不会发送。");
    return "redirect:/console/notices/" + id;
  }

  @GetMapping("/console/notices/{id}/statistics")
  String statistics(@PathVariable long id, Model model) {
    return views.statistics(model, notices.get(id), notices.statistics(id));
  }

  /** The statistics page's chart series. */
  @GetMapping(path = "/console/notices/{id}/statistics/data", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  NoticeStatistics statisticsData(@PathVariable long id) {
    return notices.statistics(id);
  }

  @ExceptionHandler(InvalidNoticeException.class)
  String invalid(InvalidNoticeException e, Model model, HttpServletResponse response) {
    return views.error(HttpStatus.BAD_REQUEST, views.explain(e), model, response);
  }

  @ExceptionHandler({NoticeConflictException.class, ObjectOptimisticLockingFailureException.class})
  String conflict(RuntimeException e, Model model, HttpServletResponse response) {
    return views.error(HttpStatus.CONFLICT, "这条通知已经发出或已取消，不能再这样操作。请刷新页面查看。", model, response);
  }

  @ExceptionHandler(WechatApiException.class)
  String refused(WechatApiException e, Model model, HttpServletResponse response) {
    return views.error(HttpStatus.UNPROCESSABLE_CONTENT, "微信拒绝了这条消息（错误码 " + e.errorCode()
        + "）。预览只能发给关注了公众号的微信号。", model, response);
  }
}
