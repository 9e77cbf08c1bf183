package com.wuyebot.bot.knowledge;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** A list of short texts as one column, one item per line; items never contain line breaks. */
@Converter
class LinesConverter implements AttributeConverter<List<String>, String> {

  @Override
  public String convertToDatabaseColumn(List<String> items) {
    return items == null ? "" : String.join("\n", items.stream().map(i -> i.replaceAll("[\r\n]+", " ")).toList());
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split("\n"));
  }
}
