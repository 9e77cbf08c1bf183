package com.wuyebot.bot.dashboard.web;

import com.wuyebot.bot.console.ConsolePage;
import com.wuyebot.bot.dashboard.Dashboard;
import com.wuyebot.bot.dashboard.DashboardRange;
import com.wuyebot.bot.dashboard.DashboardRanges;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The managers' dashboard page; its charts load their series from {@link DashboardDataController}. */
@Controller
@ConsolePage
class DashboardConsoleController {

  private final Dashboard dashboard;
  private final DashboardRanges ranges;

  DashboardConsoleController(Dashboard dashboard, DashboardRanges ranges) {
    this.dashboard = dashboard;
    this.ranges = ranges;
  }

  @GetMapping("/console/dashboard")
  String page(@RequestParam(required = false) String community,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
    DashboardRange range = ranges.of(community, from, to);
    model.addAttribute("range", range);
    model.addAttribute("communities", dashboard.communities());
    model.addAttribute("figures", dashboard.tables(range));
    return "console/dashboard";
  }
}
