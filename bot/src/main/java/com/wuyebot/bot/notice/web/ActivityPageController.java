package com.wuyebot.bot.notice.web;

import com.wuyebot.bot.notice.ActivityPage;
import com.wuyebot.bot.shared.PublicLinkPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The mobile sign-up page behind the link in an activity's template message; no login, the signed link is the key. */
@Controller
class ActivityPageController {

  private final ActivityPage page;

  ActivityPageController(ActivityPage page) {
    this.page = page;
  }

  @GetMapping("/activity/{token}")
  String show(@PathVariable String token, Model model, HttpServletResponse response) {
    return render(page.show(token), model, response);
  }

  @PostMapping("/activity/{token}")
  String act(@PathVariable String token, @RequestParam(required = false) String action, Model model,
      HttpServletResponse response) {
    return render(page.act(token, action), model, response);
  }

  /** A form body Tomcat cannot decode ({@code %%%}): answered like any post without a known button, not as a 500. */
  @ExceptionHandler(InvalidParameterException.class)
  String undecodable(HttpServletRequest request, Model model, HttpServletResponse response) {
    return render(page.act(PublicLinkPages.pathToken(request), null), model, response);
  }

  private static String render(ActivityPage.View view, Model model, HttpServletResponse response) {
    response.setStatus(view.status());
    model.addAllAttributes(view.model());
    return view.template();
  }
}
