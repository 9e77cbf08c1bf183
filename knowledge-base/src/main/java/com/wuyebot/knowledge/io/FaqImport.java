package com.wuyebot.knowledge.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.wuyebot.knowledge.faq.FaqEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads entries from JSON Lines (the kb.jsonl format) or from the first sheet of an .xlsx file
 * whose first row names the columns (id, category, question, similar, answer, keywords, and
 * optionally enabled, communities; in cells, lists are separated by new lines, | or ；).
 * {@code knownCommunities} null accepts any community id.
 */
public final class FaqImport {

    static final List<String> COLUMNS =
            List.of("id", "category", "question", "similar", "answer", "keywords", "enabled", "communities");
    private static final String LIST_SEPARATORS = "[\\r\\n|；;]+";

    private FaqImport() {
    }

    public static ImportResult fromJsonLines(InputStream in, Set<String> knownCommunities) {
        return fromJsonLines(in, knownCommunities, FaqLimits.defaults());
    }

    public static ImportResult fromJsonLines(InputStream in, Set<String> knownCommunities, FaqLimits limits) {
        var validator = new EntryValidator(limits, knownCommunities);
        var entries = new ArrayList<FaqEntry>();
        var errors = new ArrayList<ImportError>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int row = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                row++;
                if (line.isBlank()) {
                    continue;
                }
                EntryValidator.RawEntry raw = parseJsonRow(row, line, errors);
                FaqEntry entry = raw == null ? null : validator.validate(row, raw, errors);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ImportResult(entries, errors);
    }

    public static ImportResult fromXlsx(InputStream in, Set<String> knownCommunities) {
        return fromXlsx(in, knownCommunities, FaqLimits.defaults());
    }

    public static ImportResult fromXlsx(InputStream in, Set<String> knownCommunities, FaqLimits limits) {
        var validator = new EntryValidator(limits, knownCommunities);
        var entries = new ArrayList<FaqEntry>();
        var errors = new ArrayList<ImportError>();
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            var formatter = new DataFormatter();
            Map<String, Integer> columns = header(sheet.getRow(sheet.getFirstRowNum()), formatter);
            for (String required : List.of("id", "question", "answer")) {
                if (!columns.containsKey(required)) {
                    errors.add(new ImportError(1, required, "column is missing from the header row"));
                }
            }
            if (!errors.isEmpty()) {
                return new ImportResult(List.of(), errors);
            }
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || isBlank(row, formatter)) {
                    continue;
                }
                var cells = new HashMap<String, String>();
                columns.forEach((name, index) -> cells.put(name, text(row.getCell(index), formatter)));
                int rowNumber = r + 1;
                Boolean enabled = parseEnabled(rowNumber, cells.get("enabled"), errors);
                var raw = new EntryValidator.RawEntry(cells.get("id"), cells.get("category"), cells.get("question"),
                        split(cells.get("similar")), cells.get("answer"), split(cells.get("keywords")), enabled,
                        split(cells.get("communities")));
                FaqEntry entry = validator.validate(rowNumber, raw, errors);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        } catch (IOException | org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
            errors.add(new ImportError(0, "file", "is not a readable .xlsx workbook (" + e.getMessage() + ")"));
            return new ImportResult(List.of(), errors);
        }
        return new ImportResult(entries, errors);
    }

    private static EntryValidator.RawEntry parseJsonRow(int row, String line, List<ImportError> errors) {
        JsonObject json;
        try {
            JsonElement element = FaqJson.gson().fromJson(line, JsonElement.class);
            if (element == null || !element.isJsonObject()) {
                errors.add(new ImportError(row, "json", "line is not a JSON object"));
                return null;
            }
            json = element.getAsJsonObject();
        } catch (JsonParseException e) {
            errors.add(new ImportError(row, "json", "line is not valid JSON (" + rootMessage(e) + ")"));
            return null;
        }
        int before = errors.size();
        var raw = new EntryValidator.RawEntry(
                string(row, json, "id", errors), string(row, json, "category", errors),
                string(row, json, "question", errors), list(row, json, "similar", errors),
                string(row, json, "answer", errors), list(row, json, "keywords", errors),
                bool(row, json, "enabled", errors), list(row, json, "communities", errors));
        return errors.size() > before ? null : raw;
    }

    private static String string(int row, JsonObject json, String field, List<ImportError> errors) {
        JsonElement value = json.get(field);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (value.isJsonPrimitive() && !((JsonPrimitive) value).isBoolean()) {
            return value.getAsString();
        }
        errors.add(new ImportError(row, field, "must be a text"));
        return null;
    }

    private static List<String> list(int row, JsonObject json, String field, List<ImportError> errors) {
        JsonElement value = json.get(field);
        if (value == null || value.isJsonNull()) {
            return List.of();
        }
        if (value.isJsonPrimitive() && ((JsonPrimitive) value).isString()) {
            return split(value.getAsString());
        }
        if (!value.isJsonArray()) {
            errors.add(new ImportError(row, field, "must be a list of texts"));
            return List.of();
        }
        var values = new ArrayList<String>();
        for (JsonElement element : (JsonArray) value) {
            if (!element.isJsonPrimitive() || !((JsonPrimitive) element).isString()) {
                errors.add(new ImportError(row, field, "must be a list of texts"));
                return List.of();
            }
            values.add(element.getAsString());
        }
        return values;
    }

    private static Boolean bool(int row, JsonObject json, String field, List<ImportError> errors) {
        JsonElement value = json.get(field);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (value.isJsonPrimitive() && ((JsonPrimitive) value).isBoolean()) {
            return value.getAsBoolean();
        }
        errors.add(new ImportError(row, field, "must be true or false"));
        return null;
    }

    private static Boolean parseEnabled(int row, String cell, List<ImportError> errors) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "y" -> true;
            case "false", "no", "0", "n" -> false;
            default -> {
                errors.add(new ImportError(row, "enabled", "must be true or false, not '" + cell.strip() + "'"));
                yield null;
            }
        };
    }

    private static Map<String, Integer> header(Row row, DataFormatter formatter) {
        var columns = new HashMap<String, Integer>();
        if (row == null) {
            return columns;
        }
        for (Cell cell : row) {
            String name = formatter.formatCellValue(cell).strip().toLowerCase(Locale.ROOT);
            if (COLUMNS.contains(name)) {
                columns.putIfAbsent(name, cell.getColumnIndex());
            }
        }
        return columns;
    }

    private static boolean isBlank(Row row, DataFormatter formatter) {
        for (Cell cell : row) {
            if (!formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        return cell == null ? null : formatter.formatCellValue(cell);
    }

    static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return List.of(cell.split(LIST_SEPARATORS));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
