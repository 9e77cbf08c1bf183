package com.wuyebot.bot.knowledge;

import java.util.List;

/** FAQ rows were written; published after the transaction commits. */
record FaqChanged(List<String> ids) {
}
