package com.wuyebot.bot.ticket;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teams, their members and the duty roster: the data dispatch works from. */
@Service
public class StaffDirectory {

  private final TeamRepository teams;
  private final StaffRepository staff;
  private final RosterEntryRepository roster;
  private final TicketDispatcher dispatcher;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  StaffDirectory(TeamRepository teams, StaffRepository staff, RosterEntryRepository roster, TicketDispatcher dispatcher,
      Clock clock) {
    this.teams = teams;
    this.staff = staff;
    this.roster = roster;
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<Team> teams() {
    return teams.findAllByOrderById();
  }

  @Transactional(readOnly = true)
  public Team team(long id) {
    return teams.findById(id).orElseThrow(() -> new TeamNotFoundException(id));
  }

  /** @param community null: the team serves every community */
  @Transactional
  public Team addTeam(String name, String community, Collection<String> categories) {
    return addTeam(name, community, categories, null);
  }

  /** @param wecomWebhook the team's WeCom group robot, or null */
  @Transactional
  public Team addTeam(String name, String community, Collection<String> categories, String wecomWebhook) {
    Team team = new Team(name, community, categories, clock.instant());
    team.useWecomRobot(wecomWebhook);
    return teams.save(team);
  }

  /** @param wecomWebhook the team's WeCom group robot, or null/blank for none */
  @Transactional
  public Team changeTeam(long id, String name, String community, Collection<String> categories, boolean active,
      String wecomWebhook) {
    Team team = team(id);
    team.change(name, community, categories, active);
    team.useWecomRobot(wecomWebhook);
    return team;
  }

  @Transactional(readOnly = true)
  public List<Staff> staff(Long teamId) {
    return teamId == null ? staff.findAllByOrderById() : staff.findByTeamIdOrderById(teamId);
  }

  /** The ids of the team's active supervisors, in id order: who hears of what its members cannot handle. */
  @Transactional(readOnly = true)
  public List<Long> supervisorIds(long teamId) {
    return staff.findByTeamIdAndActiveTrueOrderById(teamId).stream().filter(Staff::isSupervisor).map(Staff::id).toList();
  }

  @Transactional(readOnly = true)
  public Staff member(long id) {
    return staff.findById(id).orElseThrow(() -> new StaffNotFoundException(id));
  }

  @Transactional
  public Staff addMember(long teamId, String name, String phone, String openId, boolean supervisor) {
    return staff.save(new Staff(team(teamId), name, phone, openId, supervisor, clock.instant()));
  }

  @Transactional
  public Staff changeMember(long id, long teamId, String name, String phone, String openId, boolean supervisor, boolean active) {
    Staff member = member(id);
    member.change(team(teamId), name, phone, openId, supervisor, active);
    return member;
  }

  /** Someone who left: kept for the history of their tickets, never assigned again. */
  @Transactional
  public Staff deactivateMember(long id) {
    Staff member = member(id);
    member.deactivate();
    return member;
  }

  /**
   * A one-time code (six digits) that binds whoever sends 「员工绑定 code」 to the account as this
   * member; a new code replaces the member's earlier one.
   */
  @Transactional
  public BindingCode offerBinding(long id, Duration ttl) {
    Staff member = member(id);
    String code;
    do {
      code = String.format("%06d", random.nextInt(1_000_000));
    } while (staff.existsByBindingCode(code));
    Instant expiresAt = clock.instant().plus(ttl);
    member.offerBinding(code, expiresAt);
    return new BindingCode(member.id(), code, expiresAt);
  }

  public record BindingCode(long staffId, String code, Instant expiresAt) {
  }

  /**
   * Binds the sender to the member holding the code, if it is still valid. Someone already bound to
   * another member on this account (a phone handed over, a member moved teams) moves to this one.
   */
  @Transactional
  public Optional<Staff> bind(String code, String appId, String openId) {
    Optional<Staff> holder = staff.findByBindingCode(code).filter(m -> m.bindingCodeValidAt(clock.instant()));
    holder.ifPresent(member -> {
      staff.findByAppIdAndOpenId(appId, openId).filter(other -> !other.id().equals(member.id())).ifPresent(other -> {
        other.unbind();
        staff.flush();
      });
      member.bind(appId, openId);
    });
    return holder;
  }

  @Transactional(readOnly = true)
  public List<RosterEntry> roster() {
    return roster.findAllByOrderById();
  }

  /** @param date  a single day, or null with a weekday for every week */
  @Transactional
  public RosterEntry addShift(long staffId, LocalDate date, DayOfWeek weekday, Shift shift) {
    return roster.save(new RosterEntry(member(staffId), date, weekday, shift));
  }

  @Transactional
  public void removeShift(long id) {
    roster.delete(roster.findById(id).orElseThrow(() -> new RosterEntryNotFoundException(id)));
  }

  /** Who of the team could be given a ticket at that moment. */
  @Transactional(readOnly = true)
  public List<Staff> onDuty(long teamId, Instant at) {
    return dispatcher.onDuty(team(teamId), at);
  }
}
