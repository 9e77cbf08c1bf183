package com.wuyebot.knowledge.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.knowledge.TestKnowledge;
import com.wuyebot.knowledge.faq.FaqEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FaqImportTest {

    private static final String GOOD = """
            {"id": "a", "category": "收费", "question": "物业费怎么交？", "similar": ["在哪交物业费"], "answer": "微信支付。", "keywords": ["缴费"]}""";

    @Test
    void importsTheKbJsonLinesFormat() {
        ImportResult result = jsonLines(GOOD + "\n\n" + GOOD.replace("\"a\"", "\"b\"")
                .replace("}", ", \"enabled\": false, \"communities\": [\"east\"]}"), Set.of("east"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.entries()).hasSize(2);
        FaqEntry second = result.entries().get(1);
        assertThat(second.similar()).containsExactly("在哪交物业费");
        assertThat(second.enabled()).isFalse();
        assertThat(second.communities()).containsExactly("east");
    }

    @Test
    void reportsBadJsonWithItsRow() {
        ImportResult result = jsonLines(GOOD + "\n{\"id\": \"b\", \"question\": ", null);
        assertThat(result.entries()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(2);
            assertThat(error.field()).isEqualTo("json");
            assertThat(error.reason()).startsWith("line is not valid JSON");
        });
    }

    @Test
    void reportsAMissingAnswerAndQuestion() {
        ImportResult result = jsonLines(GOOD + "\n" + "{\"id\": \"b\", \"question\": \"  \"}", null);
        assertThat(result.errors()).containsExactly(
                new ImportError(2, "question", "is missing"),
                new ImportError(2, "answer", "is missing"));
        assertThat(result.isValid()).isFalse();
        assertThat(result.entries()).isEmpty();
    }

    @Test
    void reportsADuplicateIdWithTheFirstRow() {
        ImportResult result = jsonLines(GOOD + "\n" + GOOD + "\n" + GOOD, null);
        assertThat(result.errors()).containsExactly(
                new ImportError(2, "id", "duplicate id 'a', first used on row 1"),
                new ImportError(3, "id", "duplicate id 'a', first used on row 1"));
    }

    @Test
    void reportsOverLongTexts() {
        String longAnswer = "很".repeat(2001);
        ImportResult result = jsonLines(GOOD.replace("微信支付。", longAnswer), null);
        assertThat(result.errors()).containsExactly(
                new ImportError(1, "answer", "is 2001 characters long, at most 2000 allowed"));

        String longQuestion = "问".repeat(201);
        assertThat(jsonLines(GOOD.replace("物业费怎么交？", longQuestion), null).errors())
                .extracting(ImportError::field).containsExactly("question");
    }

    @Test
    void reportsAnUnknownCommunity() {
        ImportResult result = jsonLines(GOOD.replace("}", ", \"communities\": [\"east\", \"moon\"]}"), Set.of("east", "west"));
        assertThat(result.errors()).containsExactly(new ImportError(1, "communities", "unknown community 'moon'"));
        assertThat(jsonLines(GOOD.replace("}", ", \"communities\": [\"moon\"]}"), null).isValid()).isTrue();
    }

    @Test
    void reportsFieldsOfTheWrongType() {
        ImportResult result = jsonLines(GOOD.replace("\"similar\": [\"在哪交物业费\"]", "\"similar\": 3")
                .replace("}", ", \"enabled\": \"maybe\"}"), null);
        assertThat(result.errors()).extracting(ImportError::field).containsExactly("similar", "enabled");
    }

    @Test
    void roundTripsJsonLinesExport() {
        List<FaqEntry> entries = new ArrayList<>(TestKnowledge.entries());
        entries.add(TestKnowledge.entry("t-fee-pay").withEnabled(false).withCommunities(Set.of("east", "west")));
        entries.remove(TestKnowledge.entry("t-fee-pay"));
        var out = new ByteArrayOutputStream();
        FaqExport.toJsonLines(entries, out);

        ImportResult result = FaqImport.fromJsonLines(new ByteArrayInputStream(out.toByteArray()), Set.of("east", "west"));
        assertThat(result.errors()).isEmpty();
        assertThat(result.entries()).containsExactlyInAnyOrderElementsOf(entries);
    }

    @Test
    void roundTripsXlsxExport() {
        List<FaqEntry> entries = TestKnowledge.entries();
        var out = new ByteArrayOutputStream();
        FaqExport.toXlsx(entries, out);

        ImportResult result = FaqImport.fromXlsx(new ByteArrayInputStream(out.toByteArray()), null);
        assertThat(result.errors()).isEmpty();
        assertThat(result.entries()).containsExactlyElementsOf(entries);
    }

    @Test
    void importsTenThousandXlsxRowsWithListSeparators() throws IOException {
        byte[] workbook = workbook(10_000);
        long start = System.nanoTime();
        ImportResult result = FaqImport.fromXlsx(new ByteArrayInputStream(workbook), Set.of("c1", "c2"));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(result.errors()).isEmpty();
        assertThat(result.entries()).hasSize(10_000);
        FaqEntry last = result.entries().get(9_999);
        assertThat(last.id()).isEqualTo("x-9999");
        assertThat(last.similar()).containsExactly("第9999号问题怎么办", "9999号问题找谁", "问题9999");
        assertThat(last.keywords()).containsExactly("关键词", "编号9999");
        assertThat(last.communities()).containsExactlyInAnyOrder("c1", "c2");
        assertThat(millis).isLessThan(30_000);
    }

    @Test
    void reportsXlsxErrorsWithSheetRowNumbers() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            cells(sheet.createRow(0), "ID", "Question", "Answer", "Communities");
            cells(sheet.createRow(1), "a", "物业费怎么交", "微信支付", "");
            cells(sheet.createRow(2), "a", "", "前台", "moon");
            workbook.write(out);
        }
        ImportResult result = FaqImport.fromXlsx(new ByteArrayInputStream(out.toByteArray()), Set.of("east"));
        assertThat(result.errors()).containsExactly(
                new ImportError(3, "id", "duplicate id 'a', first used on row 2"),
                new ImportError(3, "question", "is missing"),
                new ImportError(3, "communities", "unknown community 'moon'"));
    }

    @Test
    void reportsAFileThatIsNoWorkbook() {
        ImportResult result = FaqImport.fromXlsx(new ByteArrayInputStream("not excel".getBytes(StandardCharsets.UTF_8)), null);
        assertThat(result.errors()).singleElement().extracting(ImportError::field).isEqualTo("file");
    }

    private static ImportResult jsonLines(String text, Set<String> communities) {
        return FaqImport.fromJsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), communities);
    }

    private static byte[] workbook(int rows) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("faq");
            cells(sheet.createRow(0), "id", "category", "question", "similar", "answer", "keywords", "enabled", "communities");
            for (int i = 0; i < rows; i++) {
                cells(sheet.createRow(i + 1), "x-" + i, "测试", "第" + i + "号问题是什么",
                        "第" + i + "号问题怎么办\n" + i + "号问题找谁|问题" + i, "答案" + i, "关键词；编号" + i, "true", "c1|c2");
            }
            workbook.write(out);
            workbook.dispose();
        }
        return out.toByteArray();
    }

    private static void cells(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }
}
