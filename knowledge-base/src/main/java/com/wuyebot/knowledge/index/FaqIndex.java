package com.wuyebot.knowledge.index;

import com.wuyebot.knowledge.analysis.FaqAnalysis;
import com.wuyebot.knowledge.faq.FaqEntry;
import com.wuyebot.knowledge.io.FaqJson;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;

/**
 * The Lucene index of the enabled entries: one long-lived writer and a {@link SearcherManager}
 * refreshed after every change, so a change is searchable as soon as the call returns.
 * Writes are serialised; searches run concurrently on acquired searchers.
 */
public final class FaqIndex implements Closeable {

    public static final String ID = "id";
    public static final String ENTRY = "entry";
    public static final String COMMUNITY = "community";
    public static final String QUESTION_KEY = "question_key";
    public static final String CONCEPT_TERMS = "concept_terms";
    public static final String WORD_TERMS = "word_terms";
    /** Community value of global entries. */
    public static final String GLOBAL = "*";

    private final Directory directory;
    private final FaqAnalysis analysis;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public FaqIndex(Directory directory, FaqAnalysis analysis) {
        this.directory = directory;
        this.analysis = analysis;
        try {
            var config = new IndexWriterConfig(analysis.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setSimilarity(new BM25Similarity());
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
                                                 org.apache.lucene.index.IndexReader previous) {
                    var searcher = new IndexSearcher(reader);
                    searcher.setSimilarity(new BM25Similarity());
                    return searcher;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the whole content with {@code entries} (disabled ones are left out). */
    public synchronized void rebuild(Collection<FaqEntry> entries) {
        try {
            writer.deleteAll();
            for (FaqEntry entry : entries) {
                if (entry.enabled()) {
                    writer.addDocument(toDocument(entry));
                }
            }
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces the entry with the same id; a disabled entry is removed from search. */
    public synchronized void upsert(FaqEntry entry) {
        try {
            if (entry.enabled()) {
                writer.updateDocument(new Term(ID, entry.id()), toDocument(entry));
            } else {
                writer.deleteDocuments(new Term(ID, entry.id()));
            }
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void remove(String id) {
        try {
            writer.deleteDocuments(new Term(ID, id));
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code work} on a current searcher, released afterwards. */
    public <T> T withSearcher(Function<IndexSearcher, T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FaqAnalysis analysis() {
        return analysis;
    }

    public int size() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    private void publish() throws IOException {
        // Commit keeps an on-disk index usable after a restart; refresh makes the change visible now.
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private Document toDocument(FaqEntry entry) {
        var document = new Document();
        document.add(new StringField(ID, entry.id(), Field.Store.YES));
        document.add(new StoredField(ENTRY, FaqJson.toJson(entry)));
        document.add(new StringField(QUESTION_KEY, entry.questionKey(), Field.Store.NO));
        if (entry.isGlobal()) {
            document.add(new StringField(COMMUNITY, GLOBAL, Field.Store.NO));
        }
        for (String community : entry.communities()) {
            document.add(new StringField(COMMUNITY, community, Field.Store.NO));
        }
        List<String> texts = searchableTexts(entry);
        for (String field : FaqAnalysis.FIELDS) {
            for (String text : texts) {
                document.add(new TextField(field, text, Field.Store.NO));
            }
        }
        document.add(new StoredField(CONCEPT_TERMS, distinctTokens(FaqAnalysis.CONCEPT, texts)));
        document.add(new StoredField(WORD_TERMS, distinctTokens(FaqAnalysis.WORD, texts)));
        return document;
    }

    private static List<String> searchableTexts(FaqEntry entry) {
        var texts = new ArrayList<String>(entry.phrasings());
        texts.addAll(entry.keywords());
        return texts;
    }

    private String distinctTokens(String field, List<String> texts) {
        var tokens = new LinkedHashSet<String>();
        for (String text : texts) {
            tokens.addAll(analysis.tokens(field, text));
        }
        return String.join(" ", tokens);
    }

    @Override
    public synchronized void close() throws IOException {
        try (directory; writer; searchers) {
            writer.commit();
        }
    }
}
