package com.wuyebot.bot.dashboard;

import com.wuyebot.bot.knowledge.FaqLookup;
import com.wuyebot.bot.knowledge.web.QuestionGroups;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The managers' figures for a range: what the dashboard page lists and what its charts draw. */
@Service
public class Dashboard {

  /** Unanswered questions read at most for grouping; enough for a busy month of one account. */
  private static final int MAX_QUESTIONS = 5000;

  /** The tables of the page. */
  public record Tables(List<SlaCompliance.TeamSla> sla, List<Satisfaction.Month> satisfaction,
      FaqAnswerRate.Rates faq, List<QuestionGroups.Group> topQuestions, List<Workload.Agent> agents,
      List<Workload.StaffLoad> staff, long tickets) {
  }

  /** The series of the charts, as the page's script reads them. */
  public record Charts(List<LocalDate> days, Map<String, long[]> ticketsByType, Map<String, long[]> ticketsByCategory,
      List<SlaCompliance.TeamSla> sla, List<Satisfaction.Month> satisfaction, List<FaqAnswerRate.Day> faq) {
  }

  private final TicketVolumes volumes;
  private final SlaCompliance sla;
  private final Satisfaction satisfaction;
  private final FaqAnswerRate faq;
  private final Workload workload;
  private final FaqLookup lookup;
  private final DashboardProperties properties;
  private final JdbcTemplate jdbc;

  Dashboard(TicketVolumes volumes, SlaCompliance sla, Satisfaction satisfaction, FaqAnswerRate faq, Workload workload,
      FaqLookup lookup, DashboardProperties properties, JdbcTemplate jdbc) {
    this.volumes = volumes;
    this.sla = sla;
    this.satisfaction = satisfaction;
    this.faq = faq;
    this.workload = workload;
    this.lookup = lookup;
    this.properties = properties;
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public Tables tables(DashboardRange range) {
    return new Tables(sla.of(range), satisfaction.of(range), faq.of(range), topQuestions(range),
        workload.agents(range), workload.staff(range), volumes.total(range));
  }

  @Transactional(readOnly = true)
  public Charts charts(DashboardRange range) {
    TicketVolumes.Volumes tickets = volumes.of(range);
    return new Charts(tickets.days(), tickets.byType(), tickets.byCategory(), sla.of(range), satisfaction.of(range),
        faq.of(range).days());
  }

  /** The communities tickets were opened in or residents bound there asked questions, for the filter. */
  @Transactional(readOnly = true)
  public List<String> communities() {
    return jdbc.queryForList("select community from ticket union select community from faq_question_tally "
        + "where community <> '' order by community", String.class);
  }

  private List<QuestionGroups.Group> topQuestions(DashboardRange range) {
    List<FaqLookup.Unanswered> asked = lookup.unansweredSince(range.start(), range.community(), MAX_QUESTIONS).stream()
        .filter(q -> q.askedAt().isBefore(range.end()))
        .toList();
    return QuestionGroups.of(asked).stream().limit(properties.topQuestions()).toList();
  }
}
