package com.wuyebot.bot.knowledge;

import com.wuyebot.knowledge.KnowledgeBase;
import com.wuyebot.knowledge.faq.FaqEntry;
import com.wuyebot.knowledge.search.Decision;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers residents' questions from the knowledge base and remembers what it could not answer. */
@Service
public class FaqLookup {

  private final KnowledgeBase knowledgeBase;
  private final FaqRecordRepository records;
  private final UnansweredQuestionRecorder unanswered;
  private final UnansweredQuestionRepository asked;
  private final ApplicationEventPublisher events;

  FaqLookup(KnowledgeBase knowledgeBase, FaqRecordRepository records, UnansweredQuestionRecorder unanswered,
      UnansweredQuestionRepository asked, ApplicationEventPublisher events) {
    this.events = events;
    this.knowledgeBase = knowledgeBase;
    this.records = records;
    this.unanswered = unanswered;
    this.asked = asked;
  }

  /** A question residents asked that got suggestions (SUGGEST) or nothing (NONE). */
  public record Unanswered(String question, String decision, Instant askedAt) {
  }

  /** The latest unanswered and suggested-only questions since a time, newest first: the knowledge gaps. */
  @Transactional(readOnly = true)
  public List<Unanswered> unansweredSince(Instant since, int limit) {
    return gaps(asked.findByAskedAtAfterOrderByIdDesc(since, PageRequest.of(0, limit)));
  }

  /** As {@link #unansweredSince(Instant, int)}, of the residents bound in one community (null: all residents). */
  @Transactional(readOnly = true)
  public List<Unanswered> unansweredSince(Instant since, String community, int limit) {
    if (community == null) {
      return unansweredSince(since, limit);
    }
    return gaps(asked.findByCommunityAndAskedAtAfterOrderByIdDesc(community, since, PageRequest.of(0, limit)));
  }

  private static List<Unanswered> gaps(List<UnansweredQuestion> questions) {
    return questions.stream().map(q -> new Unanswered(q.question(), q.decision(), q.askedAt())).toList();
  }

  /** The decision for a question; SUGGEST and NONE are recorded for the knowledge-gap loop. */
  public Decision ask(String appId, String question) {
    return ask(appId, question, null);
  }

  /**
   * As {@link #ask(String, String)} for a resident of a known community: its own entries count too,
   * and the question is counted for that community on the dashboard.
   */
  public Decision ask(String appId, String question, String community) {
    Decision decision = knowledgeBase.ask(question, community);
    FaqQuestionAsked asked = new FaqQuestionAsked(appId, decision.kind(), community);
    if (decision.kind() != Decision.Kind.ANSWER) {
      String candidates = decision.candidates().stream().map(c -> c.entry().id()).collect(Collectors.joining(","));
      unanswered.record(appId, question, decision.kind().name(), candidates, asked.community());
    }
    events.publishEvent(asked);
    return decision;
  }

  /** The decision alone, recording nothing: for administrators trying questions. */
  public Decision tryQuestion(String question, String communityId) {
    return knowledgeBase.ask(question, communityId);
  }

  /** An enabled entry by id, e.g. the one a resident picked from suggestions. */
  public Optional<FaqEntry> enabledEntry(String id) {
    return records.findById(id).map(FaqRecord::toEntry).filter(FaqEntry::enabled);
  }
}
