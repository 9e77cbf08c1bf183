package com.wuyebot.knowledge.analysis;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Whether a word names a thing. Nouns carry the topic of a question (学区, 公积金, 内存); verbs,
 * adverbs and time words are mostly context (玩, 上学, 早上). Part of speech comes from HanLP's
 * core dictionary; a word it does not know is usually a name or a new noun, so it counts as one.
 */
public final class WordKind {

    private WordKind() {
    }

    public static boolean isNounLike(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null || attribute.nature.length == 0) {
            return true;
        }
        Nature nature = attribute.nature[0];
        String tag = nature.toString();
        return tag.startsWith("n") || nature == Nature.vn || nature == Nature.an;
    }
}
