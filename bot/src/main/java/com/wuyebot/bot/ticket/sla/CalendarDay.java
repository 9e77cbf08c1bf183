package com.wuyebot.bot.ticket.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A public holiday or a make-up working day (调休): an exception to the weekly rule. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

  @Id
  @Column(name = "calendar_date")
  private LocalDate date;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DayKind kind;

  @Column(nullable = false)
  private String name;

  protected CalendarDay() {
  }

  public CalendarDay(LocalDate date, DayKind kind, String name) {
    this.date = date;
    this.kind = kind;
    this.name = name;
  }

  public LocalDate date() {
    return date;
  }

  public DayKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }
}
