package com.wuyebot.bot.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;

/** One shift of one staff member: on a date, or every week on a weekday. */
@Entity
@Table(name = "roster_entry")
public class RosterEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "staff_id", nullable = false)
  private Staff staff;

  @Column(name = "duty_date")
  private LocalDate date;

  @Enumerated(EnumType.STRING)
  private DayOfWeek weekday;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Shift shift;

  protected RosterEntry() {
  }

  RosterEntry(Staff staff, LocalDate date, DayOfWeek weekday, Shift shift) {
    if ((date == null) == (weekday == null)) {
      throw new IllegalArgumentException("A roster entry has either a date or a weekday");
    }
    if (shift == null) {
      throw new IllegalArgumentException("shift must be given");
    }
    this.staff = staff;
    this.date = date;
    this.weekday = weekday;
    this.shift = shift;
  }

  public Long id() {
    return id;
  }

  public Staff staff() {
    return staff;
  }

  public LocalDate date() {
    return date;
  }

  public DayOfWeek weekday() {
    return weekday;
  }

  public Shift shift() {
    return shift;
  }

  boolean isDated() {
    return date != null;
  }

  boolean appliesTo(LocalDate day) {
    return isDated() ? date.equals(day) : weekday == day.getDayOfWeek();
  }
}
