package com.wuyebot.bot.wording;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The shipped sentences: every {@code wording/*.properties} on the class path, read as UTF-8,
 * one file per feature. A key defined twice stops the start, since one of them would be lost.
 */
@Component
class WordingDefaults {

  static final String LOCATION = "classpath*:wording/*.properties";

  private final Map<String, String> texts;

  WordingDefaults() {
    this(LOCATION);
  }

  WordingDefaults(String location) {
    Map<String, String> loaded = new HashMap<>();
    Map<String, String> source = new HashMap<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
          properties.load(reader);
        }
        for (String key : properties.stringPropertyNames()) {
          String previous = source.putIfAbsent(key, resource.getFilename());
          if (previous != null) {
            throw new IllegalStateException("Wording key " + key + " is defined in both " + previous + " and "
                + resource.getFilename());
          }
          loaded.put(key, properties.getProperty(key));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Wording defaults not readable", e);
    }
    this.texts = Map.copyOf(loaded);
  }

  Optional<String> text(String key) {
    return Optional.ofNullable(texts.get(key));
  }

  Collection<String> keys() {
    return texts.keySet();
  }
}
