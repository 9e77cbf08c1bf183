package com.wuyebot.bot.resident;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a register file, CSV (UTF-8, optional BOM) or the first sheet of an .xlsx, into rows. The
 * first row names the columns, in English or Chinese: community/小区, building/楼栋, unit/单元,
 * room/房号, name/姓名, phone/手机; their order is free. Checking the values is the register's job.
 */
public final class HouseholdFile {

  static final List<String> FIELDS = List.of("community", "building", "unit", "room", "name", "phone");
  private static final Map<String, String> HEADERS = Map.ofEntries(
      Map.entry("community", "community"), Map.entry("小区", "community"), Map.entry("小区名称", "community"),
      Map.entry("building", "building"), Map.entry("楼栋", "building"), Map.entry("楼号", "building"), Map.entry("栋", "building"),
      Map.entry("unit", "unit"), Map.entry("单元", "unit"),
      Map.entry("room", "room"), Map.entry("房号", "room"), Map.entry("室", "room"), Map.entry("房间", "room"),
      Map.entry("name", "name"), Map.entry("姓名", "name"), Map.entry("业主", "name"), Map.entry("业主姓名", "name"),
      Map.entry("phone", "phone"), Map.entry("手机", "phone"), Map.entry("手机号", "phone"), Map.entry("电话", "phone"),
      Map.entry("联系电话", "phone"));

  private HouseholdFile() {
  }

  public static List<HouseholdRow> fromCsv(InputStream in) {
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get().parse(reader)) {
      List<List<String>> lines = new ArrayList<>();
      for (CSVRecord record : parser) {
        lines.add(record.toList());
      }
      return rows(lines);
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new InvalidRegisterException(List.of(new ImportProblem(0, null, "not a readable CSV file")));
    }
  }

  public static List<HouseholdRow> fromXlsx(InputStream in) {
    try (Workbook workbook = new XSSFWorkbook(in)) {
      if (workbook.getNumberOfSheets() == 0) {
        throw new InvalidRegisterException(List.of(new ImportProblem(0, null, "the workbook has no sheet")));
      }
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter format = new DataFormatter();
      List<List<String>> lines = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)).strip());
          }
        }
        lines.add(cells);
      }
      return rows(lines);
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidRegisterException invalid) {
        throw invalid;
      }
      throw new InvalidRegisterException(List.of(new ImportProblem(0, null, "not a readable .xlsx file")));
    }
  }

  /** lines.get(0) is the header; blank lines are skipped but keep their number. */
  private static List<HouseholdRow> rows(List<List<String>> lines) {
    if (lines.isEmpty()) {
      throw new InvalidRegisterException(List.of(new ImportProblem(1, null, "the file is empty; the first row names the columns")));
    }
    Map<String, Integer> columns = new HashMap<>();
    List<ImportProblem> problems = new ArrayList<>();
    List<String> header = lines.get(0);
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
      String field = HEADERS.get(name);
      if (field != null && columns.putIfAbsent(field, i) != null) {
        problems.add(new ImportProblem(1, field, "column given twice"));
      }
    }
    for (String field : FIELDS) {
      if (!field.equals("unit") && !columns.containsKey(field)) {
        problems.add(new ImportProblem(1, field, "column missing"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRegisterException(problems);
    }
    List<HouseholdRow> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      List<String> cells = lines.get(i);
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      rows.add(new HouseholdRow(i + 1, cell(cells, columns, "community"), cell(cells, columns, "building"),
          cell(cells, columns, "unit"), cell(cells, columns, "room"), cell(cells, columns, "name"), cell(cells, columns, "phone")));
    }
    return rows;
  }

  private static String cell(List<String> cells, Map<String, Integer> columns, String field) {
    Integer index = columns.get(field);
    return index == null || index >= cells.size() ? "" : cells.get(index).strip();
  }
}
