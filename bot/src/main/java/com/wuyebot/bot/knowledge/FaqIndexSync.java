package com.wuyebot.bot.knowledge;

import com.wuyebot.knowledge.KnowledgeBase;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps this instance's search index in step with the database. Writes on this instance apply
 * right after they commit; writes on other instances are picked up by polling the revision
 * every second. A periodic full rebuild repairs what polling can miss (two writes committing
 * out of revision order).
 */
@Component
class FaqIndexSync implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(FaqIndexSync.class);

  private final KnowledgeBase knowledgeBase;
  private final FaqRecordRepository records;
  private long appliedRevision;

  FaqIndexSync(KnowledgeBase knowledgeBase, FaqRecordRepository records) {
    this.knowledgeBase = knowledgeBase;
    this.records = records;
  }

  @Override
  public void afterPropertiesSet() {
    rebuild();
  }

  @TransactionalEventListener
  void onChange(FaqChanged change) {
    pull();
  }

  @Scheduled(fixedDelayString = "${bot.knowledge.poll-interval:1s}")
  synchronized void pull() {
    List<FaqRecord> changed = records.findByRevisionGreaterThanOrderByRevision(appliedRevision);
    for (FaqRecord record : changed) {
      if (record.toEntry().enabled()) {
        knowledgeBase.upsert(record.toEntry());
      } else {
        knowledgeBase.remove(record.id());
      }
      appliedRevision = Math.max(appliedRevision, record.revision());
    }
  }

  @Scheduled(initialDelayString = "${bot.knowledge.rebuild-interval:10m}", fixedDelayString = "${bot.knowledge.rebuild-interval:10m}")
  synchronized void rebuild() {
    List<FaqRecord> all = records.findAll();
    knowledgeBase.rebuild(all.stream().map(FaqRecord::toEntry).toList());
    appliedRevision = all.stream().mapToLong(FaqRecord::revision).max().orElse(0);
    log.info("Search index rebuilt with {} FAQ entries", knowledgeBase.size());
  }
}
