package com.wuyebot.bot.resident;

import java.util.List;

/** A register file with at least one bad row; nothing of it was imported. */
public class InvalidRegisterException extends RuntimeException {

  private final transient List<ImportProblem> problems;

  public InvalidRegisterException(List<ImportProblem> problems) {
    super(problems.size() + " invalid rows; nothing was imported");
    this.problems = List.copyOf(problems);
  }

  public List<ImportProblem> problems() {
    return problems;
  }
}
