package com.wuyebot.bot.ticket;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ticket numbers such as BX20261126-0012: prefix, day, and a counter per prefix and day kept in
 * the database. The counter is incremented in the transaction that stores the ticket, so its row
 * lock orders concurrent openings on every instance and a rolled-back opening leaves no gap.
 */
@Component
class TicketNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  TicketNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Creates the day's counter row if it is missing. Call it before the ticket's transaction: the
   * row must be committed before anyone can lock it, and two instances may race to create it.
   */
  void prepare(TicketType type, LocalDate day) {
    try {
      ownTransaction.executeWithoutResult(status -> jdbc.update(
          "INSERT INTO ticket_number_counter (prefix, number_day, last_number) SELECT ?, ?, 0 "
              + "WHERE NOT EXISTS (SELECT 1 FROM ticket_number_counter WHERE prefix = ? AND number_day = ?)",
          type.prefix(), day, type.prefix(), day));
    } catch (DataIntegrityViolationException createdByAnotherInstance) {
      // the row exists now, which is all we need
    }
  }

  /** The next number of the day; only inside the transaction that stores the ticket. */
  String next(TicketType type, LocalDate day) {
    int updated = jdbc.update("UPDATE ticket_number_counter SET last_number = last_number + 1 WHERE prefix = ? AND number_day = ?",
        type.prefix(), day);
    if (updated != 1) {
      throw new IllegalStateException("No number counter for " + type.prefix() + " on " + day + "; prepare it first");
    }
    Integer last = jdbc.queryForObject("SELECT last_number FROM ticket_number_counter WHERE prefix = ? AND number_day = ?",
        Integer.class, type.prefix(), day);
    return format(type, day, last);
  }

  static String format(TicketType type, LocalDate day, int sequence) {
    return type.prefix() + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + String.format("%04d", sequence);
  }
}
