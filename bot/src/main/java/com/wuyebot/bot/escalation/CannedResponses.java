package com.wuyebot.bot.escalation;

import com.wuyebot.bot.console.AuditTrail;
import com.wuyebot.bot.console.ConsoleActor;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CannedResponses {

  private final CannedResponseRepository responses;
  private final AuditTrail audit;
  private final Clock clock;

  CannedResponses(CannedResponseRepository responses, AuditTrail audit, Clock clock) {
    this.responses = responses;
    this.audit = audit;
    this.clock = clock;
  }

  public List<CannedResponse> all() {
    return responses.findAllByOrderByTitle();
  }

  @Transactional
  public CannedResponse add(String title, String body, ConsoleActor actor) {
    if (title == null || title.isBlank() || title.strip().length() > 100) {
      throw new IllegalArgumentException("标题不能为空，且不超过100个字");
    }
    if (body == null || body.isBlank() || body.strip().length() > AgentDesk.MAX_REPLY) {
      throw new IllegalArgumentException("内容不能为空，且不超过" + AgentDesk.MAX_REPLY + "个字");
    }
    if (responses.existsByTitle(title.strip())) {
      throw new EscalationConflictException("已有同名的快捷回复");
    }
    try {
      CannedResponse saved = responses.saveAndFlush(new CannedResponse(title.strip(), body.strip(), actor.username(),
          clock.instant()));
      audit.record(actor.username(), "canned.add", "canned " + saved.id());
      return saved;
    } catch (DataIntegrityViolationException e) {
      throw new EscalationConflictException("已有同名的快捷回复");
    }
  }

  @Transactional
  public void remove(long id, ConsoleActor actor) {
    if (!responses.existsById(id)) {
      throw new IllegalArgumentException("没有这条快捷回复");
    }
    responses.deleteById(id);
    audit.record(actor.username(), "canned.remove", "canned " + id);
  }
}
