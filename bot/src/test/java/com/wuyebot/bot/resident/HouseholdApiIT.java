package com.wuyebot.bot.resident;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.testsupport.AdminApi;
import com.wuyebot.bot.testsupport.RunningBot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The household register's administration API over real HTTP. */
class HouseholdApiIT extends RunningBot {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final String community = "名册" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void importsACsvRegisterNormalisedAndListsAndDeletesItsRows() throws Exception {
    HttpResponse<String> imported = importFile("text/csv", ("小区,楼栋,单元,房号,姓名,手机\n"
        + community + ",3号楼,2单元,502室,张三,138 1234 5678\n"
        + community + ",3栋,2,502,李四,13900000000\n").getBytes(StandardCharsets.UTF_8));

    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(JSON.readTree(imported.body()).get("added").asInt()).isEqualTo(2);
    AdminApi.Response listed = admin().get("/api/households?community=" + java.net.URLEncoder.encode(community, StandardCharsets.UTF_8));
    assertThat(listed.body()).hasSize(2);
    JsonNode first = listed.body().get(0);
    assertThat(first.get("house").asText()).isEqualTo("3栋2单元502");
    assertThat(first.get("phone").asText()).isIn("13812345678", "13900000000");

    assertThat(admin().delete("/api/households/" + first.get("id").asLong()).status()).isEqualTo(204);
    assertThat(admin().delete("/api/households/" + first.get("id").asLong()).status()).isEqualTo(404);
    assertThat(admin().get("/api/households?community=" + java.net.URLEncoder.encode(community, StandardCharsets.UTF_8)).body())
        .hasSize(1);
  }

  @Test
  void importingTheSameRegisterAgainUpdatesNamesInsteadOfDuplicating() throws Exception {
    byte[] file = ("community,building,unit,room,name,phone\n" + community + ",1,1,101,王五,13700000001\n")
        .getBytes(StandardCharsets.UTF_8);
    importFile("text/csv", file);
    HttpResponse<String> again = importFile("text/csv", file);

    assertThat(JSON.readTree(again.body()).get("updated").asInt()).isEqualTo(1);
    assertThat(admin().get("/api/households?community=" + java.net.URLEncoder.encode(community, StandardCharsets.UTF_8)).body())
        .hasSize(1);
  }

  @Test
  void aRegisterWithBadRowsImportsNothingAndNamesEachProblem() throws Exception {
    HttpResponse<String> refused = importFile("text/csv", ("community,building,unit,room,name,phone\n"
        + community + ",1,1,101,王五,13700000001\n"
        + community + ",,1,102,赵六,13700000002\n"
        + community + ",1,1,103,钱七,12345\n"
        + community + ",1,1,101,王五,137-0000-0001\n").getBytes(StandardCharsets.UTF_8));

    assertThat(refused.statusCode()).isEqualTo(422);
    JsonNode errors = JSON.readTree(refused.body()).get("errors");
    assertThat(errors).hasSize(3);
    assertThat(errors.get(0).get("row").asInt()).isEqualTo(3);
    assertThat(errors.get(0).get("field").asText()).isEqualTo("building");
    assertThat(errors.get(1).get("row").asInt()).isEqualTo(4);
    assertThat(errors.get(1).get("field").asText()).isEqualTo("phone");
    assertThat(errors.get(2).get("reason").asText()).contains("duplicate of row 2");
    assertThat(admin().get("/api/households?community=" + java.net.URLEncoder.encode(community, StandardCharsets.UTF_8)).body())
        .isEmpty();
  }

  @Test
  void importsAnXlsxRegister() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      var sheet = workbook.createSheet();
      Row header = sheet.createRow(0);
      String[] names = {"小区", "楼栋", "单元", "房号", "姓名", "电话"};
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      Row row = sheet.createRow(1);
      String[] values = {community, "8", "1", "801", "孙八", "13600000008"};
      for (int i = 0; i < values.length; i++) {
        row.createCell(i).setCellValue(values[i]);
      }
      workbook.write(out);
    }

    HttpResponse<String> imported = importFile(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());

    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(importFile("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "garbage".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(422);
  }

  private AdminApi admin() {
    return new AdminApi(port);
  }

  private HttpResponse<String> importFile(String contentType, byte[] body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/households/import"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:test-admin".getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
