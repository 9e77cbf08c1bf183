package com.wuyebot.bot.privacy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table of some feature that holds residents' personal data, declared as a bean by that
 * feature so that exports, erasure and retention cover it without the privacy feature knowing it.
 *
 * @param name            how the export and the retention settings call it, e.g. {@code tickets}
 * @param table           the table
 * @param residentCondition selects one resident's rows; binds the AppID, then the openid
 * @param openIdColumn    the column with the resident's openid, cleared when rows are kept on erasure
 * @param exportColumns   what a resident's export shows
 * @param erasedValues    on erasure, the columns overwritten and their new values (rows kept for
 *                        statistics, no longer tied to the resident); empty: the rows are deleted
 * @param timestampColumn the age of a row for retention, or null when the rows are kept
 * @param fileColumn      the path of a file with the row's personal data (a photo), deleted with the row; or null
 */
public record PersonalDataTable(String name, String table, String residentCondition, String openIdColumn,
    List<String> exportColumns, Map<String, Object> erasedValues, String timestampColumn, String fileColumn) {

  private static final String BY_RESIDENT = "app_id = ? AND open_id = ?";

  public PersonalDataTable {
    Objects.requireNonNull(name);
    Objects.requireNonNull(table);
    Objects.requireNonNull(residentCondition);
    exportColumns = List.copyOf(exportColumns);
    erasedValues = Map.copyOf(erasedValues);
  }

  /** Rows deleted on erasure. */
  public static PersonalDataTable deleted(String name, String table, String timestampColumn, String... exportColumns) {
    return new PersonalDataTable(name, table, BY_RESIDENT, "open_id", List.of(exportColumns), Map.of(), timestampColumn,
        null);
  }

  /** Rows without the resident's columns, found through {@code residentCondition}, deleted on erasure. */
  public static PersonalDataTable deletedThrough(String name, String table, String residentCondition, String timestampColumn,
      String... exportColumns) {
    return new PersonalDataTable(name, table, residentCondition, null, List.of(exportColumns), Map.of(), timestampColumn,
        null);
  }

  /** Rows kept on erasure with the resident's link and the listed columns overwritten. */
  public static PersonalDataTable anonymised(String name, String table, Map<String, Object> erasedValues,
      String... exportColumns) {
    return new PersonalDataTable(name, table, BY_RESIDENT, "open_id", List.of(exportColumns), erasedValues, null, null);
  }

  /** Rows without the resident's columns, found through {@code residentCondition}, kept with the listed columns overwritten. */
  public static PersonalDataTable anonymisedThrough(String name, String table, String residentCondition,
      Map<String, Object> erasedValues, String... exportColumns) {
    return new PersonalDataTable(name, table, residentCondition, null, List.of(exportColumns), erasedValues, null, null);
  }

  /** The same table, whose rows name a file (in {@code column}) that is deleted when the row is. */
  public PersonalDataTable withFiles(String column) {
    return new PersonalDataTable(name, table, residentCondition, openIdColumn, exportColumns, erasedValues, timestampColumn,
        column);
  }

  /** Found through another table's resident, so erased before that table's rows are. */
  boolean foundThroughAnotherTable() {
    return openIdColumn == null;
  }

  boolean deletesRows() {
    return erasedValues.isEmpty();
  }
}
