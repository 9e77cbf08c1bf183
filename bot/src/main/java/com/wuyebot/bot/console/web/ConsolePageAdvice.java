package com.wuyebot.bot.console.web;

import com.wuyebot.bot.console.ConsoleActor;
import com.wuyebot.bot.console.ConsoleConflictException;
import com.wuyebot.bot.console.ConsolePage;
import com.wuyebot.bot.console.ConsoleTimes;
import com.wuyebot.bot.console.ConsoleUserExistsException;
import com.wuyebot.bot.console.ConsoleUsers;
import com.wuyebot.bot.shared.NotFoundException;
import com.wuyebot.bot.ticket.TicketConflictException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The signed-in user for every console view, and errors of console pages as pages. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(annotations = ConsolePage.class)
class ConsolePageAdvice {

  private static final Logger log = LoggerFactory.getLogger(ConsolePageAdvice.class);

  private final ConsoleUsers users;
  private final ConsoleTimes times;

  ConsolePageAdvice(ConsoleUsers users, ConsoleTimes times) {
    this.users = users;
    this.times = times;
  }

  @ModelAttribute("times")
  ConsoleTimes times() {
    return times;
  }

  @ModelAttribute("me")
  ConsoleActor me() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
      return null;
    }
    return users.actor(authentication);
  }

  @ExceptionHandler(NotFoundException.class)
  String notFound(NotFoundException e, Model model, HttpServletResponse response) {
    return error(HttpStatus.NOT_FOUND, "找不到该记录，它可能已被删除。", model, response);
  }

  @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class,
      MissingServletRequestParameterException.class})
  String badRequest(Exception e, Model model, HttpServletResponse response) {
    String message = e instanceof IllegalArgumentException ? e.getMessage() : "请求的参数不正确。";
    return error(HttpStatus.BAD_REQUEST, message, model, response);
  }

  @ExceptionHandler({ConsoleConflictException.class, TicketConflictException.class})
  String conflict(RuntimeException e, Model model, HttpServletResponse response) {
    String message = e instanceof ConsoleUserExistsException ? "该用户名已被使用。"
        : e instanceof TicketConflictException ? "工单状态不允许这样操作。" : e.getMessage();
    return error(HttpStatus.CONFLICT, message, model, response);
  }

  @ExceptionHandler(RuntimeException.class)
  String failure(RuntimeException e, Model model, HttpServletResponse response) {
    log.error("Console page failed", e);
    return error(HttpStatus.INTERNAL_SERVER_ERROR, "系统出错了，已记录日志，请稍后重试。", model, response);
  }

  private String error(HttpStatus status, String message, Model model, HttpServletResponse response) {
    response.setStatus(status.value());
    model.addAttribute("status", status.value());
    model.addAttribute("message", message);
    model.addAttribute("me", me());
    model.addAttribute("times", times);
    return "console/error";
  }
}
