package com.wuyebot.bot.ticket.web;

import com.wuyebot.bot.ticket.IllegalTicketTransitionException;
import com.wuyebot.bot.ticket.TicketConflictException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Ticket and dispatch errors as problem details. It runs before the application-wide handler,
 * which would answer 500 for these, and only for this feature's controllers.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {TicketApiController.class, TeamApiController.class, StaffApiController.class,
    RosterApiController.class, IncidentApiController.class})
class TicketApiExceptionHandler {

  @ExceptionHandler(TicketConflictException.class)
  ProblemDetail conflict(TicketConflictException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    if (e instanceof IllegalTicketTransitionException illegal) {
      problem.setProperty("ticketStatus", illegal.status().name());
      problem.setProperty("action", illegal.action().name());
    }
    return problem;
  }

  @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
  ProblemDetail concurrentChange(ObjectOptimisticLockingFailureException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Changed by someone else at the same time; read it again and retry");
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail integrity(DataIntegrityViolationException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The change contradicts stored data");
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badRequest(IllegalArgumentException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }
}
