package com.wuyebot.bot.ticket.web;

import com.wuyebot.bot.ticket.RosterEntry;
import com.wuyebot.bot.ticket.Staff;
import com.wuyebot.bot.ticket.Team;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of teams, staff and roster entries. */
final class DispatchResponses {

  private DispatchResponses() {
  }

  /** @param wecomRobot whether the team has a WeCom group robot; its address holds a key and is not shown */
  record TeamResponse(long id, String name, String community, List<String> categories, boolean active, boolean wecomRobot) {
    static TeamResponse of(Team team) {
      return new TeamResponse(team.id(), team.name(), team.community(), team.categories().stream().sorted().toList(),
          team.isActive(), team.wecomWebhook() != null);
    }
  }

  /** @param appId the account the member bound to; notifications need it and the openId */
  record StaffResponse(long id, long teamId, String teamName, String name, String phone, String openId, String appId,
      boolean supervisor, boolean active) {
    static StaffResponse of(Staff staff) {
      return new StaffResponse(staff.id(), staff.team().id(), staff.team().name(), staff.name(), staff.phone(),
          staff.openId(), staff.appId(), staff.isSupervisor(), staff.isActive());
    }
  }

  record RosterResponse(long id, long staffId, String staffName, LocalDate date, DayOfWeek weekday, String shift) {
    static RosterResponse of(RosterEntry entry) {
      return new RosterResponse(entry.id(), entry.staff().id(), entry.staff().name(), entry.date(), entry.weekday(),
          entry.shift().name());
    }
  }
}
