package com.wuyebot.bot.knowledge.web;

import com.wuyebot.bot.knowledge.FaqCatalog;
import com.wuyebot.bot.knowledge.FaqLookup;
import com.wuyebot.knowledge.faq.FaqEntry;
import com.wuyebot.knowledge.io.FaqImport;
import com.wuyebot.knowledge.io.ImportResult;
import com.wuyebot.knowledge.search.Decision;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The knowledge base for administrators: entries in the JSON Lines format of the import, Excel
 * import and export, and a way to try a question. Every write is validated by the same rules as
 * an import and is searchable on every instance within a second.
 */
@RestController
@RequestMapping("/api/faq")
class FaqApiController {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final FaqCatalog catalog;
  private final FaqLookup lookup;

  FaqApiController(FaqCatalog catalog, FaqLookup lookup) {
    this.catalog = catalog;
    this.lookup = lookup;
  }

  @GetMapping
  List<FaqEntry> list() {
    return catalog.all();
  }

  @GetMapping("/{id}")
  FaqEntry get(@PathVariable String id) {
    return catalog.get(id);
  }

  /** One entry as a JSON object of the import format; its id must match the path. */
  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> put(@PathVariable String id, @RequestBody String json) {
    ImportResult result = FaqImport.fromJsonLines(utf8(json.replaceAll("[\r\n]+", " ")), null);
    if (!result.isValid()) {
      return invalid(result);
    }
    FaqEntry entry = result.entries().get(0);
    if (!entry.id().equals(id)) {
      return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
          "The id in the body does not match the path"));
    }
    return ResponseEntity.ok(catalog.save(entry));
  }

  @DeleteMapping("/{id}")
  FaqEntry disable(@PathVariable String id) {
    return catalog.disable(id);
  }

  /** Imports a whole file, all entries or none: JSON Lines, or Excel when sent as .xlsx. */
  @PostMapping("/import")
  ResponseEntity<?> importFile(@RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
    ImportResult result = contentType.startsWith(XLSX)
        ? FaqImport.fromXlsx(body, null)
        : FaqImport.fromJsonLines(body, null);
    if (!result.isValid()) {
      return invalid(result);
    }
    List<FaqEntry> saved = catalog.saveAll(result.entries());
    return ResponseEntity.ok(new ImportSummary(saved.size()));
  }

  @GetMapping("/export")
  ResponseEntity<byte[]> export(@RequestParam(defaultValue = "jsonl") String format) {
    return FaqDownload.of(catalog.all(), format);
  }

  /** What the bot would decide for a question, with the top candidates and their scores. */
  @GetMapping("/ask")
  AskResponse ask(@RequestParam("q") String question, @RequestParam(required = false) String community) {
    Decision decision = lookup.tryQuestion(question, community);
    return new AskResponse(decision.kind().name(),
        decision.best().map(FaqEntry::id).orElse(null),
        decision.ranking().stream().limit(3)
            .map(c -> new AskResponse.Ranked(c.entry().id(), c.entry().question(), c.score()))
            .toList());
  }

  record ImportSummary(int imported) {
  }

  record ImportProblem(int row, String field, String reason) {
  }

  record AskResponse(String decision, String answerId, List<Ranked> top) {
    record Ranked(String id, String question, double score) {
    }
  }

  private static ResponseEntity<ProblemDetail> invalid(ImportResult result) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
        result.errors().size() + " invalid rows; nothing was imported");
    problem.setProperty("errors", result.errors().stream()
        .map(e -> new ImportProblem(e.row(), e.field(), e.reason())).toList());
    return ResponseEntity.unprocessableContent().body(problem);
  }

  private static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
