package com.wuyebot.bot.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class HouseholdFileTest {

  @Test
  void readsCsvWithChineseHeadersInAnyOrderAndSkipsBlankLines() {
    List<HouseholdRow> rows = HouseholdFile.fromCsv(csv("""
        \uFEFF姓名,手机,小区,楼栋,单元,房号
        张三,13812345678,阳光花园,3栋,2单元,502

        李四,13900000000,阳光花园,5号楼,,101
        """));

    assertThat(rows).containsExactly(
        new HouseholdRow(2, "阳光花园", "3栋", "2单元", "502", "张三", "13812345678"),
        new HouseholdRow(4, "阳光花园", "5号楼", "", "101", "李四", "13900000000"));
  }

  @Test
  void aFileWithoutTheNeededColumnsIsRefusedAtTheHeader() {
    assertThatThrownBy(() -> HouseholdFile.fromCsv(csv("community,building,room\n阳光花园,3,502\n")))
        .isInstanceOfSatisfying(InvalidRegisterException.class, e -> assertThat(e.problems()).containsExactly(
            new ImportProblem(1, "name", "column missing"), new ImportProblem(1, "phone", "column missing")));
    assertThatThrownBy(() -> HouseholdFile.fromCsv(csv(""))).isInstanceOf(InvalidRegisterException.class);
  }

  @Test
  void readsTheFirstSheetOfAnXlsxWithNumbersAsWritten() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("住户");
      Row header = sheet.createRow(0);
      String[] names = {"community", "building", "unit", "room", "name", "phone"};
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("阳光花园");
      row.createCell(1).setCellValue(3);
      row.createCell(2).setCellValue(2);
      row.createCell(3).setCellValue(502);
      row.createCell(4).setCellValue("张三");
      row.createCell(5).setCellValue(13812345678d);
      workbook.write(out);
    }

    List<HouseholdRow> rows = HouseholdFile.fromXlsx(new ByteArrayInputStream(out.toByteArray()));

    assertThat(rows).containsExactly(new HouseholdRow(2, "阳光花园", "3", "2", "502", "张三", "13812345678"));
  }

  @Test
  void aFileThatIsNotAWorkbookIsRefused() {
    assertThatThrownBy(() -> HouseholdFile.fromXlsx(csv("not a workbook")))
        .isInstanceOfSatisfying(InvalidRegisterException.class,
            e -> assertThat(e.problems()).extracting(ImportProblem::reason).containsExactly("not a readable .xlsx file"));
  }

  private static ByteArrayInputStream csv(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
