package com.wuyebot.knowledge.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The three views of a Chinese text that the index keeps, each one a Lucene field:
 * <ul>
 *   <li>{@link #CONCEPT}: domain concepts from the vocabulary (synonyms folded, typos by sound);</li>
 *   <li>{@link #WORD}: smartcn words without stop words, for everything the vocabulary lacks;</li>
 *   <li>{@link #GRAM}: character bigrams, the safety net when segmentation splits differently.</li>
 * </ul>
 * Every view first folds width, case and traditional characters ({@link TextNormalizer}).
 */
public final class FaqAnalysis {

    public static final String CONCEPT = "concept";
    public static final String WORD = "word";
    public static final String GRAM = "gram";
    public static final List<String> FIELDS = List.of(CONCEPT, WORD, GRAM);
    /** The answer's concepts: weak evidence, for questions about a detail only the answer names. */
    public static final String ANSWER_CONCEPT = "answer_concept";

    private final DomainVocabulary vocabulary;
    private final ConceptExtractor concepts;
    private final CharArraySet stopWords;
    private final Analyzer analyzer;

    public FaqAnalysis(DomainVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.concepts = new ConceptExtractor(vocabulary);
        this.stopWords = loadStopWords();
        this.analyzer = new PerFieldAnalyzerWrapper(wordAnalyzer(), Map.of(
                CONCEPT, conceptAnalyzer(),
                ANSWER_CONCEPT, conceptAnalyzer(),
                WORD, wordAnalyzer(),
                GRAM, gramAnalyzer()));
    }

    public static FaqAnalysis defaults() {
        return new FaqAnalysis(DomainVocabulary.defaults());
    }

    /** The per-field analyzer for the index writer and for queries. */
    public Analyzer analyzer() {
        return analyzer;
    }

    /**
     * Words of {@code text} that the vocabulary does not explain: smartcn words of two or more
     * characters, not stop words, not overlapping any vocabulary match (so a segmentation slip such
     * as 地面包月 -> 面包 is not mistaken for a new topic).
     */
    public List<String> unexplainedWords(String text) {
        String normal = TextNormalizer.normalize(text);
        List<ConceptExtractor.Match> matches = concepts.matches(normal);
        var words = new ArrayList<String>();
        for (ChineseSegmenter.Word word : ChineseSegmenter.segment(normal)) {
            boolean overlaps = matches.stream().anyMatch(m -> m.start() < word.end() && word.start() < m.end());
            if (word.text().length() >= 2 && !overlaps && !stopWords.contains(word.text())
                    && vocabulary.conceptsOf(word.text()).isEmpty()) {
                words.add(word.text());
            }
        }
        return words;
    }

    /** Tokens of {@code text} as the given field indexes them. */
    public List<String> tokens(String field, String text) {
        var tokens = new ArrayList<String>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private Analyzer conceptAnalyzer() {
        return new NormalizingAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new ConceptTokenizer(concepts));
            }
        };
    }

    private Analyzer wordAnalyzer() {
        return new NormalizingAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new HMMChineseTokenizer();
                return new TokenStreamComponents(tokenizer, new StopFilter(tokenizer, stopWords));
            }
        };
    }

    private static Analyzer gramAnalyzer() {
        return new NormalizingAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new CJKBigramFilter(tokenizer, CJKBigramFilter.HAN));
            }
        };
    }

    private static CharArraySet loadStopWords() {
        var words = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
        try (InputStream in = FaqAnalysis.class.getResourceAsStream("stopwords.txt")) {
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            content.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CharArraySet.unmodifiableSet(words);
    }

    /** Folds the whole input with {@link TextNormalizer}; questions are short, so reading it all is cheap. */
    private abstract static class NormalizingAnalyzer extends Analyzer {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            try {
                var text = new StringBuilder();
                char[] buffer = new char[256];
                for (int read = reader.read(buffer); read != -1; read = reader.read(buffer)) {
                    text.append(buffer, 0, read);
                }
                return new StringReader(TextNormalizer.normalize(text.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
