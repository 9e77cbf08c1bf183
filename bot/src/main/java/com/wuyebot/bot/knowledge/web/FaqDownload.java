package com.wuyebot.bot.knowledge.web;

import com.wuyebot.knowledge.faq.FaqEntry;
import com.wuyebot.knowledge.io.FaqExport;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The knowledge base as a file to download, JSON Lines or Excel ({@code format=xlsx}), for the API and the console. */
final class FaqDownload {

  private FaqDownload() {
  }

  static ResponseEntity<byte[]> of(List<FaqEntry> entries, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean excel = format.equalsIgnoreCase("xlsx");
    if (excel) {
      FaqExport.toXlsx(entries, out);
    } else {
      FaqExport.toJsonLines(entries, out);
    }
    String file = excel ? "faq.xlsx" : "faq.jsonl";
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .contentType(MediaType.parseMediaType(excel ? FaqApiController.XLSX : "application/jsonl; charset=UTF-8"))
        .body(out.toByteArray());
  }
}
