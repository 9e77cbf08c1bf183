package com.wuyebot.bot.escalation;

import com.wuyebot.bot.conversation.HumanHandoff;
import com.wuyebot.bot.escalation.TranscriptEntry.AuthorKind;
import com.wuyebot.bot.escalation.TranscriptEntry.ContentKind;
import com.wuyebot.integration.wechat.inbound.InboundMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The escalated conversations and their transcripts. Every status change is one conditional
 * update, so of two agents (or instances) claiming the same conversation exactly one wins, and a
 * conversation is closed once. Every change tells the open consoles.
 */
@Service
public class Escalations {

  private final EscalationRepository escalations;
  private final TranscriptRepository transcript;
  private final InboxStream stream;
  private final Clock clock;
  private final TransactionTemplate ownTransaction;

  Escalations(EscalationRepository escalations, TranscriptRepository transcript, InboxStream stream, Clock clock,
      PlatformTransactionManager transactions) {
    this.escalations = escalations;
    this.transcript = transcript;
    this.stream = stream;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public Optional<Escalation> openFor(String appId, String openId) {
    return escalations.findByOpenResident(Escalation.residentKey(appId, openId));
  }

  public Escalation get(long id) {
    return escalations.findById(id).orElseThrow(() -> new EscalationNotFoundException(id));
  }

  /** Waiting ones first in the order they asked, then the active ones. */
  public List<Escalation> inbox() {
    return escalations.findByStatusInOrderByRequestedAtAscIdAsc(List.of(EscalationStatus.WAITING, EscalationStatus.ACTIVE));
  }

  public List<Escalation> recentlyClosed(int limit) {
    return escalations.findByStatusOrderByClosedAtDesc(EscalationStatus.CLOSED, PageRequest.of(0, limit));
  }

  public List<Escalation> earlierOf(Escalation escalation, int limit) {
    return escalations.findByAppIdAndOpenIdAndIdNotOrderByIdDesc(escalation.appId(), escalation.openId(), escalation.id(),
        PageRequest.of(0, limit));
  }

  public List<TranscriptEntry> transcriptOf(long id) {
    return transcript.findByEscalationIdOrderByIdAsc(id);
  }

  /** The resident's latest entry per conversation, by escalation id; conversations without one are left out. */
  Map<Long, TranscriptEntry> latestFromResidents(List<Escalation> of) {
    if (of.isEmpty()) {
      return Map.of();
    }
    return transcript.findLatestFromResidents(of.stream().map(Escalation::id).toList()).stream()
        .collect(Collectors.toMap(TranscriptEntry::escalationId, entry -> entry));
  }

  /**
   * For each agent reply, the resident's last text before it: the question the reply answers, for
   * turning a good reply into a knowledge-base entry.
   */
  public Map<Long, String> questionsAnswered(List<TranscriptEntry> entries) {
    Map<Long, String> questions = new HashMap<>();
    String last = null;
    for (TranscriptEntry entry : entries) {
      if (entry.isResidentWords()) {
        last = entry.body();
      } else if (entry.authorKind() == AuthorKind.AGENT && last != null) {
        questions.put(entry.id(), last);
      }
    }
    return questions;
  }

  /** Residents waiting before this one. */
  long waitingAhead(Escalation escalation) {
    return escalations.countWaitingBefore(escalation.id());
  }

  long activeCount(String agent) {
    return escalations.countByStatusAndAgent(EscalationStatus.ACTIVE, agent);
  }

  /**
   * Opens an escalation for the resident, or returns the open one (also when another instance
   * opened it at the same moment); {@code opened} says which.
   */
  Opened open(InboundMessage message, HumanHandoff.Reason reason) {
    Optional<Escalation> existing = openFor(message.appId(), message.openId());
    if (existing.isPresent()) {
      return new Opened(existing.get(), false);
    }
    try {
      Escalation created = ownTransaction.execute(s ->
          escalations.saveAndFlush(new Escalation(message.appId(), message.openId(), reason, clock.instant())));
      stream.inboxChanged();
      return new Opened(created, true);
    } catch (DataIntegrityViolationException e) {
      return new Opened(openFor(message.appId(), message.openId()).orElseThrow(() -> e), false);
    }
  }

  record Opened(Escalation escalation, boolean isNew) {
  }

  /** Adds what the resident sent to the transcript, once per WeChat message however often it is pushed. */
  void recordFromResident(Escalation escalation, InboundMessage message) {
    if (message.msgId() != null && transcript.existsByEscalationIdAndMsgId(escalation.id(), message.msgId())) {
      return;
    }
    Instant now = clock.instant();
    try {
      ownTransaction.executeWithoutResult(s -> {
        transcript.saveAndFlush(new TranscriptEntry(escalation.id(), AuthorKind.RESIDENT, contentKind(message),
            bodyOf(message), message.mediaId(), null, message.msgId(), now));
        escalations.touch(escalation.id(), now);
      });
    } catch (DataIntegrityViolationException e) {
      // the same push recorded a moment ago by a retry on another instance
      return;
    }
    stream.conversationChanged(escalation.id());
  }

  TranscriptEntry recordFromConsole(long id, AuthorKind kind, String body, String author) {
    Instant now = clock.instant();
    TranscriptEntry entry = ownTransaction.execute(s -> {
      TranscriptEntry saved = transcript.saveAndFlush(new TranscriptEntry(id, kind, ContentKind.TEXT, body, null, author,
          null, now));
      if (kind == AuthorKind.AGENT) {
        escalations.touch(id, now);
      }
      return saved;
    });
    stream.conversationChanged(id);
    return entry;
  }

  void delivered(TranscriptEntry entry, String delivery) {
    ownTransaction.executeWithoutResult(s -> transcript.findById(entry.id()).ifPresent(found -> found.delivered(delivery)));
    stream.conversationChanged(entry.escalationId());
  }

  /** True for the one caller that takes the waiting conversation. */
  boolean claim(long id, String agent) {
    return changed(id, escalations.claim(id, agent, clock.instant()));
  }

  boolean transfer(long id, String from, String to) {
    return changed(id, escalations.transfer(id, from, to, clock.instant()));
  }

  boolean release(long id, String from) {
    return changed(id, escalations.release(id, from, clock.instant()));
  }

  /** True for the one caller that closes it. */
  boolean close(long id, String by, CloseReason reason) {
    return changed(id, escalations.close(id, by, reason, clock.instant()));
  }

  /** Whether the conditional update won; the consoles hear of it when it did. */
  private boolean changed(long id, int rows) {
    if (rows != 1) {
      return false;
    }
    stream.conversationChanged(id);
    return true;
  }

  boolean takeHoldNotice(long id) {
    return escalations.takeHoldNotice(id) == 1;
  }

  List<Escalation> unclaimedSince(Instant before) {
    return escalations.findUnclaimedSince(before);
  }

  boolean markAlerted(long id) {
    boolean marked = escalations.markAlerted(id, clock.instant()) == 1;
    if (marked) {
      stream.inboxChanged();
    }
    return marked;
  }

  List<Escalation> openIdleSince(Instant before) {
    return escalations.findOpenIdleSince(before);
  }

  private static ContentKind contentKind(InboundMessage message) {
    return switch (message.type()) {
      case TEXT -> ContentKind.TEXT;
      case IMAGE -> ContentKind.IMAGE;
      case VOICE -> ContentKind.VOICE;
      default -> ContentKind.OTHER;
    };
  }

  /** The text, the voice recognition, a location's label or a link's title and address; nothing for a picture. */
  private static String bodyOf(InboundMessage message) {
    return switch (message.type()) {
      case TEXT, VOICE -> message.text();
      case LOCATION -> message.location() == null ? null : message.location().label();
      case LINK -> message.link() == null ? null : message.link().title() + " " + message.link().url();
      default -> null;
    };
  }
}
