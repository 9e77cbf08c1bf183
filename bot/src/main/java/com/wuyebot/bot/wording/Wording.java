package com.wuyebot.bot.wording;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every sentence a resident reads, by key. Features ship defaults in
 * {@code classpath:wording/<feature>.properties}; administrators may replace any of them, and the
 * replacement reaches every instance within the refresh interval. Placeholders are named:
 * {@code {number}}, plus {@code {deskName}}, {@code {deskPhone}} and {@code {deskHours}} everywhere.
 *
 * <pre>{@code wording.text("repair.opened", "number", ticket.number())}</pre>
 */
@Service
public class Wording {

  private static final Logger log = LoggerFactory.getLogger(Wording.class);
  static final int MAX_TEXT = 4000;

  private final WordingDefaults defaults;
  private final WordingOverrideRepository overrides;
  private final ServiceDeskProperties desk;
  private final Clock clock;
  private volatile Map<String, String> current = Map.of();

  Wording(WordingDefaults defaults, WordingOverrideRepository overrides, ServiceDeskProperties desk, Clock clock) {
    this.defaults = defaults;
    this.overrides = overrides;
    this.desk = desk;
    this.clock = clock;
    refresh();
  }

  /** The sentence for {@code key} with its placeholders filled from name/value pairs. */
  public String text(String key, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("Placeholder names and values come in pairs: " + key);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return text(key, values);
  }

  public String text(String key, Map<String, ?> values) {
    String template = current.get(key);
    if (template == null) {
      template = defaults.text(key).orElseThrow(() -> new IllegalArgumentException("No wording for key " + key));
    }
    Map<String, Object> all = new LinkedHashMap<>(deskValues());
    all.putAll(values);
    return Placeholders.fill(template, all);
  }

  public List<WordingEntry> entries() {
    Map<String, WordingOverride> byKey = new HashMap<>();
    overrides.findAll().forEach(override -> byKey.put(override.key(), override));
    return defaults.keys().stream().sorted().map(key -> entry(key, byKey.get(key))).toList();
  }

  public WordingEntry entry(String key) {
    requireKnown(key);
    return entry(key, overrides.findById(key).orElse(null));
  }

  /** Replaces a sentence; it may use only the placeholders its default uses. */
  @Transactional
  public WordingEntry change(String key, String text, String editor) {
    requireKnown(key);
    if (text == null || text.isBlank()) {
      throw new InvalidWordingException("The text must not be empty.");
    }
    if (text.length() > MAX_TEXT) {
      throw new InvalidWordingException("The text must be at most " + MAX_TEXT + " characters.");
    }
    Set<String> allowed = allowedPlaceholders(key);
    Set<String> unknown = Placeholders.namesIn(text);
    unknown.removeAll(allowed);
    if (!unknown.isEmpty()) {
      throw new InvalidWordingException("Unknown placeholders " + unknown + "; this text may use " + allowed + ".");
    }
    WordingOverride override = overrides.findById(key).orElse(null);
    if (override == null) {
      override = new WordingOverride(key, text, clock.instant(), editor);
    } else {
      override.change(text, clock.instant(), editor);
    }
    overrides.save(override);
    log.info("Wording {} changed by {}", key, editor);
    refresh();
    return entry(key, override);
  }

  @Transactional
  public WordingEntry reset(String key, String editor) {
    requireKnown(key);
    overrides.deleteById(key);
    log.info("Wording {} reset to its default by {}", key, editor);
    refresh();
    return entry(key, null);
  }

  /** Picks up edits made on other instances. */
  @Scheduled(fixedDelayString = "${bot.wording.refresh-interval:5s}")
  void refresh() {
    Map<String, String> loaded = new ConcurrentHashMap<>();
    overrides.findAll().forEach(override -> loaded.put(override.key(), override.text()));
    current = loaded;
  }

  private WordingEntry entry(String key, WordingOverride override) {
    String standard = defaults.text(key).orElseThrow();
    return new WordingEntry(key, standard, override == null ? standard : override.text(), override != null,
        override == null ? null : override.updatedAt(), override == null ? null : override.updatedBy(),
        allowedPlaceholders(key));
  }

  private Set<String> allowedPlaceholders(String key) {
    Set<String> allowed = Placeholders.namesIn(defaults.text(key).orElseThrow());
    allowed.addAll(deskValues().keySet());
    return allowed;
  }

  private void requireKnown(String key) {
    if (defaults.text(key).isEmpty()) {
      throw new WordingNotFoundException(key);
    }
  }

  private Map<String, Object> deskValues() {
    return Map.of("deskName", desk.name(), "deskPhone", desk.phone(), "deskHours", desk.hours());
  }
}
