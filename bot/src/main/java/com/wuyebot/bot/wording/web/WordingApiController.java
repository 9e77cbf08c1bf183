package com.wuyebot.bot.wording.web;

import com.wuyebot.bot.wording.InvalidWordingException;
import com.wuyebot.bot.wording.Wording;
import com.wuyebot.bot.wording.WordingEntry;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The sentences residents read, for administrators to adjust; DELETE restores the default. */
@RestController
@RequestMapping("/api/wording")
class WordingApiController {

  private final Wording wording;

  WordingApiController(Wording wording) {
    this.wording = wording;
  }

  @GetMapping
  List<WordingEntry> list() {
    return wording.entries();
  }

  @GetMapping("/{key}")
  WordingEntry get(@PathVariable String key) {
    return wording.entry(key);
  }

  @PutMapping("/{key}")
  WordingEntry change(@PathVariable String key, @RequestBody Change change, Principal editor) {
    return wording.change(key, change.text(), editor.getName());
  }

  @DeleteMapping("/{key}")
  WordingEntry reset(@PathVariable String key, Principal editor) {
    return wording.reset(key, editor.getName());
  }

  @ExceptionHandler(InvalidWordingException.class)
  ProblemDetail invalid(InvalidWordingException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  record Change(String text) {
  }
}
