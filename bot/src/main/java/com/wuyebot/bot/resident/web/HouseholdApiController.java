package com.wuyebot.bot.resident.web;

import com.wuyebot.bot.resident.Household;
import com.wuyebot.bot.resident.HouseholdFile;
import com.wuyebot.bot.resident.HouseholdRegister;
import com.wuyebot.bot.resident.HouseholdRow;
import com.wuyebot.bot.resident.InvalidRegisterException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The household register for administrators: import a CSV or .xlsx file, list, delete a row. */
@RestController
@RequestMapping("/api/households")
class HouseholdApiController {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final HouseholdRegister register;

  HouseholdApiController(HouseholdRegister register) {
    this.register = register;
  }

  /** All rows or none; text/csv (UTF-8) or .xlsx by Content-Type. */
  @PostMapping("/import")
  HouseholdRegister.ImportSummary importFile(@RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
    List<HouseholdRow> rows = contentType.startsWith(XLSX) ? HouseholdFile.fromXlsx(body) : HouseholdFile.fromCsv(body);
    return register.importRows(rows);
  }

  @GetMapping
  List<HouseholdResponse> list(@RequestParam(required = false) String community, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return register.list(community, page, size).stream().map(HouseholdResponse::of).toList();
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    register.delete(id);
  }

  @ExceptionHandler(InvalidRegisterException.class)
  @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
  ProblemDetail invalid(InvalidRegisterException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    problem.setProperty("errors", e.problems());
    return problem;
  }

  record HouseholdResponse(long id, String community, String building, String unit, String room, String house, String name,
      String phone) {

    static HouseholdResponse of(Household household) {
      return new HouseholdResponse(household.id(), household.address().community(), household.address().building(),
          household.address().unit(), household.address().room(), household.address().label(), household.name(),
          household.phone());
    }
  }
}
