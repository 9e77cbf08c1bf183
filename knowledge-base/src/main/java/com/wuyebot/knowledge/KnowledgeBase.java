package com.wuyebot.knowledge;

import com.wuyebot.knowledge.analysis.DomainVocabulary;
import com.wuyebot.knowledge.analysis.FaqAnalysis;
import com.wuyebot.knowledge.faq.FaqEntry;
import com.wuyebot.knowledge.index.FaqIndex;
import com.wuyebot.knowledge.search.Decision;
import com.wuyebot.knowledge.search.FaqSearcher;
import com.wuyebot.knowledge.search.SearchSettings;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FAQ knowledge base the bot talks to: keep it in step with the database through
 * {@link #rebuild}, {@link #upsert} and {@link #remove}, and {@link #ask} residents' questions.
 * Thread-safe; changes are searchable when the call returns. Close it on shutdown.
 */
public final class KnowledgeBase implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);

    private final FaqIndex index;
    private final FaqSearcher searcher;

    private KnowledgeBase(Directory directory, SearchSettings settings, DomainVocabulary vocabulary) {
        this.index = new FaqIndex(directory, new FaqAnalysis(vocabulary));
        this.searcher = new FaqSearcher(index, settings);
    }

    public static KnowledgeBase inMemory(SearchSettings settings) {
        return inMemory(settings, DomainVocabulary.defaults());
    }

    /** With a company's own vocabulary, e.g. {@link DomainVocabulary#withExtra} of local place names. */
    public static KnowledgeBase inMemory(SearchSettings settings, DomainVocabulary vocabulary) {
        return new KnowledgeBase(new ByteBuffersDirectory(), settings, vocabulary);
    }

    /** An index kept in {@code directory}, created if missing; its content survives a restart. */
    public static KnowledgeBase open(Path directory, SearchSettings settings) {
        return open(directory, settings, DomainVocabulary.defaults());
    }

    /**
     * As {@link #open(Path, SearchSettings)} with a company's own vocabulary. Changing the
     * vocabulary of an existing directory needs a {@link #rebuild}.
     */
    public static KnowledgeBase open(Path directory, SearchSettings settings, DomainVocabulary vocabulary) {
        try {
            return new KnowledgeBase(FSDirectory.open(directory), settings, vocabulary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void rebuild(Collection<FaqEntry> entries) {
        long start = System.nanoTime();
        index.rebuild(entries);
        log.info("Rebuilt FAQ index with {} entries in {} ms", entries.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Adds or replaces an entry by id; a disabled entry is taken out of search. */
    public void upsert(FaqEntry entry) {
        index.upsert(entry);
        log.debug("Upserted FAQ entry {} version {} (enabled={})", entry.id(), entry.version(), entry.enabled());
    }

    public void remove(String id) {
        index.remove(id);
        log.debug("Removed FAQ entry {}", id);
    }

    /**
     * Decides how to answer {@code question} for a resident of {@code communityId} (null: global
     * entries only).
     */
    public Decision ask(String question, String communityId) {
        Decision decision = searcher.ask(question, communityId);
        log.debug("FAQ decision {} with {} candidates", decision.kind(), decision.candidates().size());
        return decision;
    }

    /** Number of searchable (enabled) entries. */
    public int size() {
        return index.size();
    }

    @Override
    public void close() {
        try {
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
