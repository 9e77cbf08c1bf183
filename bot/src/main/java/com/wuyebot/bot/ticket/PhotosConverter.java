package com.wuyebot.bot.ticket;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** Photo media ids or URLs as one column, one per line; neither contains a line break. */
@Converter
class PhotosConverter implements AttributeConverter<List<String>, String> {

  @Override
  public String convertToDatabaseColumn(List<String> photos) {
    return photos == null ? "" : String.join("\n", photos);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    return column == null || column.isEmpty() ? List.of() : List.copyOf(Arrays.asList(column.split("\n")));
  }
}
