package com.wuyebot.bot.conversation.web;

import com.wuyebot.bot.conversation.StaffPraises;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The praise residents gave a staff member by name, newest first. */
@RestController
class PraiseApiController {

  private final StaffPraises praises;

  PraiseApiController(StaffPraises praises) {
    this.praises = praises;
  }

  @GetMapping("/api/staff/{id}/praises")
  List<StaffPraises.Entry> praises(@PathVariable long id) {
    return praises.of(id);
  }
}
