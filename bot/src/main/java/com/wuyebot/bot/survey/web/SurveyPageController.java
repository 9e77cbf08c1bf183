package com.wuyebot.bot.survey.web;

import com.wuyebot.bot.shared.PublicLinkPages;
import com.wuyebot.bot.survey.SurveyPage;
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

/** The mobile survey page behind the link in a template message; no login, the signed link is the key. */
@Controller
class SurveyPageController {

  private final SurveyPage page;

  SurveyPageController(SurveyPage page) {
    this.page = page;
  }

  @GetMapping("/survey/{token}")
  String show(@PathVariable String token, Model model, HttpServletResponse response) {
    return render(page.show(token), model, response);
  }

  @PostMapping("/survey/{token}")
  String submit(@PathVariable String token, @RequestParam(required = false) String score,
      @RequestParam(required = false) String comment, @RequestParam(required = false) String decline, Model model,
      HttpServletResponse response) {
    return render(page.submit(token, score, comment, decline != null), model, response);
  }

  /** A form body Tomcat cannot decode ({@code %%%}): answered like a post without a score, not as a 500. */
  @ExceptionHandler(InvalidParameterException.class)
  String undecodable(HttpServletRequest request, Model model, HttpServletResponse response) {
    return render(page.submit(PublicLinkPages.pathToken(request), null, null, false), model, response);
  }

  private static String render(SurveyPage.View view, Model model, HttpServletResponse response) {
    response.setStatus(view.status());
    model.addAllAttributes(view.model());
    return view.template();
  }
}
