package com.wuyebot.bot.ticket.sla;

import com.wuyebot.bot.ticket.TicketPriority;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;

/**
 * How soon a ticket of a category and priority must be answered (assigned or started) and
 * resolved. Category {@value #ANY_CATEGORY} is the default for categories without their own row.
 */
@Entity
@Table(name = "sla_target")
public class SlaTarget {

  public static final String ANY_CATEGORY = "*";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TicketPriority priority;

  @Column(name = "response_minutes", nullable = false)
  private int responseMinutes;

  @Column(name = "resolution_minutes", nullable = false)
  private int resolutionMinutes;

  @Enumerated(EnumType.STRING)
  @Column(name = "time_basis", nullable = false)
  private TimeBasis basis;

  protected SlaTarget() {
  }

  public SlaTarget(String category, TicketPriority priority, Duration response, Duration resolution, TimeBasis basis) {
    if (response.isNegative() || response.isZero() || resolution.compareTo(response) < 0) {
      throw new IllegalArgumentException("Need 0 < response <= resolution, got " + response + " and " + resolution);
    }
    this.category = category;
    this.priority = priority;
    this.responseMinutes = Math.toIntExact(response.toMinutes());
    this.resolutionMinutes = Math.toIntExact(resolution.toMinutes());
    this.basis = basis;
  }

  public String category() {
    return category;
  }

  public TicketPriority priority() {
    return priority;
  }

  public Duration response() {
    return Duration.ofMinutes(responseMinutes);
  }

  public Duration resolution() {
    return Duration.ofMinutes(resolutionMinutes);
  }

  public TimeBasis basis() {
    return basis;
  }
}
