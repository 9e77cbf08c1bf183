package com.wuyebot.bot.dashboard.web;

import com.wuyebot.bot.dashboard.Dashboard;
import com.wuyebot.bot.dashboard.DashboardRanges;
import com.wuyebot.bot.dashboard.InvalidDashboardRangeException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's chart series as JSON, for the page's script (same session and roles as the page). */
@RestController
class DashboardDataController {

  private final Dashboard dashboard;
  private final DashboardRanges ranges;

  DashboardDataController(Dashboard dashboard, DashboardRanges ranges) {
    this.dashboard = dashboard;
    this.ranges = ranges;
  }

  @GetMapping(path = "/console/dashboard/data", produces = MediaType.APPLICATION_JSON_VALUE)
  Dashboard.Charts data(@RequestParam(required = false) String community,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return dashboard.charts(ranges.of(community, from, to));
  }

  @ExceptionHandler(InvalidDashboardRangeException.class)
  ProblemDetail invalidRange(InvalidDashboardRangeException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }
}
