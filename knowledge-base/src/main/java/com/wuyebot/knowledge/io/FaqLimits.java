package com.wuyebot.knowledge.io;

/** Size limits of an imported entry; WeChat text replies stay readable well below 2000 characters. */
public record FaqLimits(int id, int category, int question, int answer, int phrasings, int keywords, int keyword) {

    public static FaqLimits defaults() {
        return new FaqLimits(64, 50, 200, 2000, 50, 30, 50);
    }
}
