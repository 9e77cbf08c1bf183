package com.wuyebot.bot.knowledge;

import com.wuyebot.knowledge.faq.FaqEntry;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The FAQ entries in the database: what administrators edit and import. */
@Service
public class FaqCatalog {

  private final FaqRecordRepository records;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  FaqCatalog(FaqRecordRepository records, ApplicationEventPublisher events, Clock clock) {
    this.records = records;
    this.events = events;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<FaqEntry> all() {
    return records.findAllByOrderById().stream().map(FaqRecord::toEntry).toList();
  }

  @Transactional(readOnly = true)
  public FaqEntry get(String id) {
    return records.findById(id).map(FaqRecord::toEntry).orElseThrow(() -> new FaqNotFoundException(id));
  }

  /** Adds or replaces one entry; searchable within a second on every instance. */
  @Transactional
  public FaqEntry save(FaqEntry entry) {
    return saveAll(List.of(entry)).get(0);
  }

  /** Adds or replaces the entries together: all of them or, on any failure, none. */
  @Transactional
  public List<FaqEntry> saveAll(Collection<FaqEntry> entries) {
    List<FaqEntry> saved = entries.stream().map(entry -> {
      FaqRecord record = records.findById(entry.id()).orElseGet(() -> new FaqRecord(entry.id()));
      record.apply(entry, records.nextRevision(), clock.instant());
      return records.save(record).toEntry();
    }).toList();
    events.publishEvent(new FaqChanged(saved.stream().map(FaqEntry::id).toList()));
    return saved;
  }

  /** Takes an entry out of search; it stays in the database and can be enabled again. */
  @Transactional
  public FaqEntry disable(String id) {
    FaqRecord record = records.findById(id).orElseThrow(() -> new FaqNotFoundException(id));
    record.disable(records.nextRevision(), clock.instant());
    events.publishEvent(new FaqChanged(List.of(id)));
    return record.toEntry();
  }
}
