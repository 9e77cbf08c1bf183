package com.wuyebot.bot.notice;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.json.JsonMapper;

/** A notice's target as one JSON column: it is read whole and never queried by its parts. */
@Converter
class TargetConverter implements AttributeConverter<Target, String> {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public String convertToDatabaseColumn(Target target) {
    return target == null ? null : JSON.writeValueAsString(target);
  }

  @Override
  public Target convertToEntityAttribute(String column) {
    return column == null ? null : JSON.readValue(column, Target.class);
  }
}
