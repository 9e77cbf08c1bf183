package com.wuyebot.bot.resident;

/** One data row of a register file as written, with its row number in the file (the header is row 1). */
public record HouseholdRow(int row, String community, String building, String unit, String room, String name, String phone) {
}
