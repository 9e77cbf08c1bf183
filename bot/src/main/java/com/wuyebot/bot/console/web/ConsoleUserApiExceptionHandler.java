package com.wuyebot.bot.console.web;

import com.wuyebot.bot.console.ConsoleUserExistsException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = ConsoleUserApiController.class)
class ConsoleUserApiExceptionHandler {

  @ExceptionHandler(ConsoleUserExistsException.class)
  ProblemDetail exists(ConsoleUserExistsException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badRequest(IllegalArgumentException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    // a record constructor's IllegalArgumentException arrives wrapped: keep its message
    Throwable cause = e.getMostSpecificCause();
    String detail = cause instanceof IllegalArgumentException ? cause.getMessage() : "The body is not a valid user";
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
  }
}
