package com.wuyebot.bot.messaging;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Template data as one column, one {@code name=value} per line, so a retry after a restart sends
 * what was asked for. Keyword names never contain {@code =}; line breaks in values become spaces
 * (WeChat shows template values on one line anyway).
 */
@Converter
class TemplateDataConverter implements AttributeConverter<Map<String, String>, String> {

  @Override
  public String convertToDatabaseColumn(Map<String, String> data) {
    if (data == null) {
      return null;
    }
    StringBuilder column = new StringBuilder();
    data.forEach((name, value) -> {
      if (!column.isEmpty()) {
        column.append('\n');
      }
      column.append(oneLine(name)).append('=').append(value == null ? "" : oneLine(value));
    });
    return column.toString();
  }

  @Override
  public Map<String, String> convertToEntityAttribute(String column) {
    if (column == null) {
      return null;
    }
    Map<String, String> data = new LinkedHashMap<>();
    if (!column.isEmpty()) {
      for (String line : column.split("\n")) {
        int equals = line.indexOf('=');
        if (equals > 0) {
          data.put(line.substring(0, equals), line.substring(equals + 1));
        }
      }
    }
    return Collections.unmodifiableMap(data);
  }

  private static String oneLine(String value) {
    return value.replaceAll("[\r\n]+", " ");
  }
}
