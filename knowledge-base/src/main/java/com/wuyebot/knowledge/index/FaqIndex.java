package com.wuyebot.knowledge.index;

import com.wuyebot.knowledge.analysis.FaqAnalysis;
import com.wuyebot.knowledge.faq.FaqEntry;
import com.wuyebot.knowledge.io.FaqJson;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
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
    /** Community value of global entries. */
    public static final String GLOBAL = "*";

    /**
     * An indexed entry with its analysed terms, kept in memory so a search reads no stored fields:
     * the concepts and words of all its phrasings and keywords together, and the terms of each
     * phrasing (question, then similar questions) on its own.
     */
    public record IndexedEntry(FaqEntry entry, Set<String> concepts, Set<String> words, List<Phrasing> phrasings) {
    }

    /** One phrasing's concepts and the words the vocabulary does not explain. */
    public record Phrasing(Set<String> concepts, Set<String> unexplainedWords) {
    }

    private final Directory directory;
    // Replaced as a whole by rebuild, so searches during a rebuild keep seeing the old entries.
    private volatile Map<String, IndexedEntry> entriesById = new ConcurrentHashMap<>();
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
            loadEntries();
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
            var rebuilt = new ConcurrentHashMap<String, IndexedEntry>();
            writer.deleteAll();
            for (FaqEntry entry : entries) {
                if (entry.enabled()) {
                    writer.addDocument(toDocument(remember(entry, rebuilt)));
                }
            }
            publish();
            entriesById = rebuilt;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces the entry with the same id; a disabled entry is removed from search. */
    public synchronized void upsert(FaqEntry entry) {
        try {
            if (entry.enabled()) {
                writer.updateDocument(new Term(ID, entry.id()), toDocument(remember(entry, entriesById)));
            } else {
                writer.deleteDocuments(new Term(ID, entry.id()));
            }
            publish();
            if (!entry.enabled()) {
                entriesById.remove(entry.id());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void remove(String id) {
        try {
            writer.deleteDocuments(new Term(ID, id));
            publish();
            entriesById.remove(id);
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

    /** The entry with its terms, or null if it is not (or no longer) in the index. */
    public IndexedEntry entry(String id) {
        return entriesById.get(id);
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

    private IndexedEntry remember(FaqEntry entry, Map<String, IndexedEntry> entries) {
        List<String> texts = searchableTexts(entry);
        var phrasings = new ArrayList<Phrasing>();
        for (String phrasing : entry.phrasings()) {
            phrasings.add(new Phrasing(Set.copyOf(analysis.tokens(FaqAnalysis.CONCEPT, phrasing)),
                    Set.copyOf(analysis.unexplainedWords(phrasing))));
        }
        var indexed = new IndexedEntry(entry, distinctTokens(FaqAnalysis.CONCEPT, texts),
                distinctTokens(FaqAnalysis.WORD, texts), List.copyOf(phrasings));
        entries.put(entry.id(), indexed);
        return indexed;
    }

    /** After a restart on an existing directory, the stored entries fill the in-memory map again. */
    private void loadEntries() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            StoredFields stored = reader.storedFields();
            Bits live = MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    remember(FaqJson.fromJson(stored.document(doc).get(ENTRY)), entriesById);
                }
            }
        }
    }

    private Document toDocument(IndexedEntry indexed) {
        FaqEntry entry = indexed.entry();
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
        document.add(new TextField(FaqAnalysis.ANSWER_CONCEPT, entry.answer(), Field.Store.NO));
        return document;
    }

    private static List<String> searchableTexts(FaqEntry entry) {
        var texts = new ArrayList<String>(entry.phrasings());
        texts.addAll(entry.keywords());
        return texts;
    }

    private Set<String> distinctTokens(String field, List<String> texts) {
        var tokens = new HashSet<String>();
        for (String text : texts) {
            tokens.addAll(analysis.tokens(field, text));
        }
        return Set.copyOf(tokens);
    }

    @Override
    public synchronized void close() throws IOException {
        try (directory; writer; searchers) {
            writer.commit();
        }
    }
}
