package com.wuyebot.knowledge.search;

import com.wuyebot.knowledge.analysis.DomainVocabulary;
import com.wuyebot.knowledge.analysis.FaqAnalysis;
import com.wuyebot.knowledge.analysis.WordKind;
import com.wuyebot.knowledge.faq.FaqEntry;
import com.wuyebot.knowledge.index.FaqIndex;
import com.wuyebot.knowledge.io.FaqJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/** Ranks the entries for a question and decides between ANSWER, SUGGEST and NONE. */
public final class FaqSearcher {

    private final FaqIndex index;
    private final FaqAnalysis analysis;
    private final SearchSettings settings;
    private final AnswerPolicy policy;

    public FaqSearcher(FaqIndex index, SearchSettings settings) {
        this.index = index;
        this.analysis = index.analysis();
        this.settings = settings;
        this.policy = new AnswerPolicy(settings, StatementCues.defaults());
    }

    public Decision ask(String question, String communityId) {
        var parsed = parse(question == null ? "" : question);
        if (parsed.isEmpty()) {
            return Decision.none(List.of());
        }
        List<Candidate> ranking = index.withSearcher(searcher -> rank(searcher, parsed, communityId));
        return policy.decide(question, ranking);
    }

    private ParsedQuestion parse(String question) {
        var concepts = new LinkedHashSet<>(analysis.tokens(FaqAnalysis.CONCEPT, question));
        var words = new LinkedHashSet<>(analysis.tokens(FaqAnalysis.WORD, question));
        var grams = new LinkedHashSet<>(analysis.tokens(FaqAnalysis.GRAM, question));
        var freeWords = new LinkedHashSet<String>();
        for (String word : words) {
            if (word.length() >= 2 && analysis.tokens(FaqAnalysis.CONCEPT, word).isEmpty()) {
                freeWords.add(word);
            }
        }
        return new ParsedQuestion(concepts, words, grams, freeWords);
    }

    private List<Candidate> rank(IndexSearcher searcher, ParsedQuestion question, String communityId) {
        try {
            var hits = searcher.search(query(question, communityId), settings.pool()).scoreDocs;
            var ranking = new ArrayList<Candidate>(hits.length);
            for (ScoreDoc hit : hits) {
                Document document = searcher.storedFields().document(hit.doc);
                FaqEntry entry = FaqJson.fromJson(document.get(FaqIndex.ENTRY));
                if (!entry.isGlobal() || !isOverridden(searcher, entry, communityId)) {
                    double[] matchedAndTotal = overlap(searcher.getIndexReader(), question, document);
                    double total = matchedAndTotal[1];
                    double coverage = total == 0 ? 0 : matchedAndTotal[0] / total;
                    ranking.add(new Candidate(entry, hit.score, coverage, matchedAndTotal[0]));
                }
            }
            ranking.sort(Comparator.comparingDouble(Candidate::score).reversed());
            return ranking;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query query(ParsedQuestion question, String communityId) {
        var terms = new BooleanQuery.Builder();
        for (String concept : question.concepts()) {
            float boost = DomainVocabulary.isQuestionType(concept) ? settings.questionTypeBoost() : settings.conceptBoost();
            terms.add(new BoostQuery(new TermQuery(new Term(FaqAnalysis.CONCEPT, concept)), boost), Occur.SHOULD);
        }
        for (String word : question.words()) {
            terms.add(new BoostQuery(new TermQuery(new Term(FaqAnalysis.WORD, word)), settings.wordBoost()), Occur.SHOULD);
        }
        for (String gram : question.grams()) {
            terms.add(new BoostQuery(new TermQuery(new Term(FaqAnalysis.GRAM, gram)), settings.gramBoost()), Occur.SHOULD);
        }
        var scope = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(FaqIndex.COMMUNITY, FaqIndex.GLOBAL)), Occur.SHOULD);
        if (communityId != null) {
            scope.add(new TermQuery(new Term(FaqIndex.COMMUNITY, communityId)), Occur.SHOULD);
        }
        return new BooleanQuery.Builder()
                .add(terms.build(), Occur.MUST)
                .add(scope.build(), Occur.FILTER)
                .build();
    }

    /** A community's own entry with the same main question hides the global one. */
    private static boolean isOverridden(IndexSearcher searcher, FaqEntry global, String communityId) throws IOException {
        if (communityId == null) {
            return false;
        }
        var own = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(FaqIndex.QUESTION_KEY, global.questionKey())), Occur.FILTER)
                .add(new TermQuery(new Term(FaqIndex.COMMUNITY, communityId)), Occur.FILTER)
                .build();
        return searcher.count(own) > 0;
    }

    /**
     * Weight of the question's topic concepts and unknown words that the entry contains, and the
     * weight of them all.
     * Rare terms weigh more (idf); a word absent from the whole index weighs most, which is what
     * pushes near-domain questions the knowledge base cannot answer (学区, 房价) below the bar.
     */
    private double[] overlap(IndexReader reader, ParsedQuestion question, Document document) throws IOException {
        Set<String> entryConcepts = Set.of(document.get(FaqIndex.CONCEPT_TERMS).split(" "));
        Set<String> entryWords = Set.of(document.get(FaqIndex.WORD_TERMS).split(" "));
        double total = 0;
        double matched = 0;
        for (String concept : question.concepts()) {
            if (!DomainVocabulary.isQuestionType(concept)) {
                double weight = idf(reader, FaqAnalysis.CONCEPT, concept)
                        * (DomainVocabulary.isContext(concept) ? settings.minorWeight() : 1);
                total += weight;
                matched += entryConcepts.contains(concept) ? weight : 0;
            }
        }
        for (String word : question.freeWords()) {
            double weight = settings.freeWordWeight() * idf(reader, FaqAnalysis.WORD, word)
                    * (WordKind.isNounLike(word) ? 1 : settings.minorWeight());
            total += weight;
            matched += entryWords.contains(word) ? weight : 0;
        }
        return new double[] {matched, total};
    }

    private static double idf(IndexReader reader, String field, String term) throws IOException {
        int documents = Math.max(1, reader.numDocs());
        int frequency = reader.docFreq(new Term(field, term));
        return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
    }

    record ParsedQuestion(Set<String> concepts, Set<String> words, Set<String> grams, Set<String> freeWords) {
        boolean isEmpty() {
            return concepts.isEmpty() && words.isEmpty() && grams.isEmpty();
        }
    }
}
