package com.wuyebot.bot.knowledge;

import com.wuyebot.knowledge.faq.FaqEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One FAQ entry as stored; the search index is derived from these rows. */
@Entity
@Table(name = "faq_entry")
class FaqRecord {

  @Id
  private String id;

  @Column(nullable = false)
  private String category;

  @Column(nullable = false)
  private String question;

  @Convert(converter = LinesConverter.class)
  @Column(name = "similar_questions", nullable = false)
  private List<String> similar;

  @Column(nullable = false)
  private String answer;

  @Convert(converter = LinesConverter.class)
  @Column(nullable = false)
  private List<String> keywords;

  @Column(nullable = false)
  private boolean enabled;

  @Convert(converter = LinesConverter.class)
  @Column(nullable = false)
  private List<String> communities;

  /** Counts edits of this entry, for the people editing it. */
  @Column(nullable = false)
  private long version;

  /** Cluster-wide order of writes, so every instance can pick up what changed. */
  @Column(nullable = false)
  private long revision;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected FaqRecord() {
  }

  FaqRecord(String id) {
    this.id = id;
  }

  void apply(FaqEntry entry, long revision, Instant now) {
    this.category = entry.category();
    this.question = entry.question();
    this.similar = entry.similar();
    this.answer = entry.answer();
    this.keywords = entry.keywords();
    this.enabled = entry.enabled();
    this.communities = List.copyOf(new TreeSet<>(entry.communities()));
    this.version = this.version + 1;
    this.revision = revision;
    this.updatedAt = now;
  }

  void disable(long revision, Instant now) {
    this.enabled = false;
    this.version = this.version + 1;
    this.revision = revision;
    this.updatedAt = now;
  }

  FaqEntry toEntry() {
    return new FaqEntry(id, category, question, similar, answer, keywords, enabled, Set.copyOf(communities), version);
  }

  String id() {
    return id;
  }

  long revision() {
    return revision;
  }
}
