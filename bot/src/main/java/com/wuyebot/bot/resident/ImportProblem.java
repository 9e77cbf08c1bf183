package com.wuyebot.bot.resident;

/** Why a row of a register file was refused; the row number counts the header as row 1. */
public record ImportProblem(int row, String field, String reason) {
}
