package com.wuyebot.knowledge.search;

import com.wuyebot.knowledge.analysis.DomainVocabulary;
import com.wuyebot.knowledge.analysis.FaqAnalysis;
import com.wuyebot.knowledge.analysis.WordKind;
import com.wuyebot.knowledge.faq.FaqEntry;
import com.wuyebot.knowledge.index.FaqIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    private static final Set<String> ID_ONLY = Set.of(FaqIndex.ID);

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
        var freeWords = new LinkedHashSet<>(analysis.unexplainedWords(question));
        return new ParsedQuestion(concepts, words, grams, freeWords);
    }

    private List<Candidate> rank(IndexSearcher searcher, ParsedQuestion question, String communityId) {
        try {
            var hits = searcher.search(query(question, communityId), settings.pool()).scoreDocs;
            var weights = weights(searcher.getIndexReader(), question);
            var conceptWeights = new ConceptWeights(searcher.getIndexReader());
            var ranking = new ArrayList<Candidate>(hits.length);
            var storedFields = searcher.storedFields();
            for (ScoreDoc hit : hits) {
                String id = storedFields.document(hit.doc, ID_ONLY).get(FaqIndex.ID);
                FaqIndex.IndexedEntry indexed = index.entry(id);
                if (indexed == null) {
                    continue; // removed after this searcher was opened
                }
                FaqEntry entry = indexed.entry();
                if (!entry.isGlobal() || !isOverridden(searcher, entry, communityId)) {
                    double coverage = weights.total() == 0 ? 0 : weights.matchedBy(indexed) / weights.total();
                    double fit = fit(question, indexed, conceptWeights);
                    double score = hit.score * (1 + settings.fitBoost() * fit);
                    ranking.add(new Candidate(entry, score, coverage, weights.conceptsMatchedBy(indexed), fit));
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
        for (String concept : question.concepts()) {
            if (!DomainVocabulary.isQuestionType(concept) && settings.answerBoost() > 0) {
                terms.add(new BoostQuery(new TermQuery(new Term(FaqAnalysis.ANSWER_CONCEPT, concept)),
                        settings.answerBoost()), Occur.SHOULD);
            }
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
     * Weights of the question's topic concepts and unknown words, for coverage and evidence. Rare
     * terms weigh more (idf); a word absent from the whole index weighs most, which is what pushes
     * near-domain questions the knowledge base cannot answer (学区, 房价) below the bar.
     */
    private QuestionWeights weights(IndexReader reader, ParsedQuestion question) throws IOException {
        var concepts = new java.util.LinkedHashMap<String, Double>();
        for (String concept : question.concepts()) {
            if (!DomainVocabulary.isQuestionType(concept)) {
                concepts.put(concept, idf(reader, FaqAnalysis.CONCEPT, concept)
                        * (DomainVocabulary.isContext(concept) ? settings.minorWeight() : 1));
            }
        }
        var words = new java.util.LinkedHashMap<String, Double>();
        for (String word : question.freeWords()) {
            words.put(word, settings.freeWordWeight() * idf(reader, FaqAnalysis.WORD, word)
                    * (WordKind.isNounLike(word) ? 1 : settings.minorWeight()));
        }
        return new QuestionWeights(concepts, words);
    }

    private record QuestionWeights(java.util.Map<String, Double> concepts, java.util.Map<String, Double> words) {

        double total() {
            return concepts.values().stream().mapToDouble(Double::doubleValue).sum()
                    + words.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        /** Weight of the matched domain concepts alone: without any, a question is not in the domain. */
        double conceptsMatchedBy(FaqIndex.IndexedEntry entry) {
            double matched = 0;
            for (var concept : concepts.entrySet()) {
                matched += entry.concepts().contains(concept.getKey()) ? concept.getValue() : 0;
            }
            return matched;
        }

        double matchedBy(FaqIndex.IndexedEntry entry) {
            double matched = 0;
            for (var concept : concepts.entrySet()) {
                matched += entry.concepts().contains(concept.getKey()) ? concept.getValue() : 0;
            }
            for (var word : words.entrySet()) {
                matched += entry.words().contains(word.getKey()) ? word.getValue() : 0;
            }
            return matched;
        }
    }

    /**
     * How well the entry's closest single phrasing matches the question: weighted Jaccard of
     * concepts and unexplained words, max over phrasings. Unlike coverage (the question's side
     * only, over all phrasings together), a phrasing that adds a topic of its own (物业费 + 租客 for a
     * question about 物业费 + 缴费, or a place the vocabulary does not know) scores lower, which
     * tells close sibling entries apart.
     */
    private double fit(ParsedQuestion question, FaqIndex.IndexedEntry entry, ConceptWeights weights) throws IOException {
        double queryWeight = 0;
        for (String concept : question.concepts()) {
            queryWeight += weights.ofConcept(concept);
        }
        for (String word : question.freeWords()) {
            queryWeight += weights.ofWord(word);
        }
        double best = 0;
        for (FaqIndex.Phrasing phrasing : entry.phrasings()) {
            double shared = 0;
            double extra = 0;
            for (String concept : phrasing.concepts()) {
                double weight = weights.ofConcept(concept);
                shared += question.concepts().contains(concept) ? weight : 0;
                extra += question.concepts().contains(concept) ? 0 : weight;
            }
            for (String word : phrasing.unexplainedWords()) {
                double weight = weights.ofWord(word);
                shared += question.freeWords().contains(word) ? weight : 0;
                extra += question.freeWords().contains(word) ? 0 : weight;
            }
            double union = queryWeight + extra;
            best = Math.max(best, union == 0 ? 0 : shared / union);
        }
        return best;
    }

    /** Term weights for the fit, cached for one search: as in coverage, question types at half weight. */
    private final class ConceptWeights {
        private final IndexReader reader;
        private final java.util.Map<String, Double> concepts = new java.util.HashMap<>();
        private final java.util.Map<String, Double> words = new java.util.HashMap<>();

        ConceptWeights(IndexReader reader) {
            this.reader = reader;
        }

        double ofConcept(String concept) throws IOException {
            Double known = concepts.get(concept);
            if (known == null) {
                double factor = DomainVocabulary.isQuestionType(concept) ? QUESTION_TYPE_FIT_WEIGHT
                        : DomainVocabulary.isContext(concept) ? settings.minorWeight() : 1;
                known = factor * idf(reader, FaqAnalysis.CONCEPT, concept);
                concepts.put(concept, known);
            }
            return known;
        }

        double ofWord(String word) throws IOException {
            Double known = words.get(word);
            if (known == null) {
                known = settings.freeWordWeight() * idf(reader, FaqAnalysis.WORD, word)
                        * (WordKind.isNounLike(word) ? 1 : settings.minorWeight());
                words.put(word, known);
            }
            return known;
        }
    }

    /** Question types tell siblings apart (price vs time of the same topic) but say less than a topic. */
    private static final double QUESTION_TYPE_FIT_WEIGHT = 0.5;

    /**
     * Term rarity, computed as if the knowledge base held at least {@link #PRIOR_ENTRIES} entries:
     * in a new company's base of a handful of entries every term looks common, and even a
     * question asked word for word would lack the evidence to be answered.
     */
    private static double idf(IndexReader reader, String field, String term) throws IOException {
        int documents = Math.max(PRIOR_ENTRIES, reader.numDocs());
        int frequency = reader.docFreq(new Term(field, term));
        return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
    }

    private static final int PRIOR_ENTRIES = 50;

    record ParsedQuestion(Set<String> concepts, Set<String> words, Set<String> grams, Set<String> freeWords) {
        boolean isEmpty() {
            return concepts.isEmpty() && words.isEmpty() && grams.isEmpty();
        }
    }
}
