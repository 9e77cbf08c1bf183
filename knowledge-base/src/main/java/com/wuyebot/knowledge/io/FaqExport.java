package com.wuyebot.knowledge.io;

import com.wuyebot.knowledge.faq.FaqEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes entries in the formats {@link FaqImport} reads. The stream is flushed, not closed. */
public final class FaqExport {

    private FaqExport() {
    }

    public static void toJsonLines(Collection<FaqEntry> entries, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (FaqEntry entry : entries) {
                writer.write(FaqJson.toJson(entry));
                writer.write('\n');
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void toXlsx(Collection<FaqEntry> entries, OutputStream out) {
        // Streaming workbook: only a window of rows is kept in memory, so large exports stay small.
        try (var workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("faq");
            write(sheet.createRow(0), FaqImport.COLUMNS);
            int r = 1;
            for (FaqEntry entry : entries) {
                write(sheet.createRow(r++), List.of(entry.id(), entry.category(), entry.question(),
                        String.join("\n", entry.similar()), entry.answer(), String.join("\n", entry.keywords()),
                        String.valueOf(entry.enabled()), String.join("\n", entry.communities().stream().sorted().toList())));
            }
            workbook.write(out);
            out.flush();
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
    }
}
