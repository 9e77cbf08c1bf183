package com.wuyebot.knowledge.io;

/**
 * One problem of an import: {@code row} is the line of a JSON Lines file or the sheet row of an
 * Excel file (both from 1, the Excel header being row 1), {@code field} the offending field.
 */
public record ImportError(int row, String field, String reason) {

    @Override
    public String toString() {
        return "row " + row + ", " + field + ": " + reason;
    }
}
