package jp.hoshin.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jp.hoshin.search.SearchDocument;
import jp.hoshin.search.SearchIndex;
import jp.hoshin.search.SearchKind;
import jp.hoshin.search.SearchRequest;
import jp.hoshin.search.SearchResults;
import jp.hoshin.search.SearchResults.Facets;
import jp.hoshin.search.SearchResults.Hit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index of this instance: Lucene in a directory of its own on disk ({@link #open}; memory-mapped, so it is
 * not held in the heap) or in memory ({@link #inMemory}), one document per {@link SearchDocument}. Each commit records
 * in its user data the index format and the content version each municipality was indexed at ({@link IndexCommitData}),
 * so that an instance that starts again keeps what it had and re-indexes only what changed; an index of another
 * format, or one that cannot be read, is built again from nothing. Each text is indexed
 * twice, as Kuromoji words and as CJK bi-grams ({@link JapaneseAnalysis}); a query word matches either way (title
 * counts three times the text); the years a query names match the years a document has or mentions; facets are
 * counted over all hits ({@link FacetCounter}); snippets come from the text with the matched bi-grams marked.
 */
public class LuceneSearchIndex implements SearchIndex, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LuceneSearchIndex.class);

    private static final String ID = "id";
    private static final String MUNICIPALITY = "m";
    private static final String AUDIENCE = "aud";
    static final String KIND = "kind";
    static final String YEAR = "year";
    private static final String YEARS = "yr";
    static final String DEPARTMENT = "dept";
    private static final String URL = "url";
    private static final String PUBLISHED = "pub";
    private static final float TITLE_BOOST = 3f;
    private static final int SNIPPET_CHARS = 110;

    /** The text's bi-grams with their offsets in the postings: snippets are cut without analysing the text again. */
    private static final FieldType BODY_TYPE = bodyType();

    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private final Analyzer documents = JapaneseAnalysis.forDocuments();
    private final Analyzer words = JapaneseAnalysis.words();
    private final Analyzer bigrams = JapaneseAnalysis.bigrams(false);
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** The content version each municipality held here was indexed at (as recorded in the last commit). */
    private final Map<String, String> indexed = new ConcurrentHashMap<>();

    /** An index in memory: nothing kept across starts (tests, and an instance whose directory is taken). */
    public static LuceneSearchIndex inMemory() {
        return new LuceneSearchIndex(new ByteBuffersDirectory());
    }

    /**
     * The index kept in this directory (created when missing): what it holds is kept if it is of this format and can
     * be read, otherwise it is built again. A directory another process is writing (two instances given the same
     * one) is not shared: this instance then keeps its index in memory and says so in the log.
     */
    public static LuceneSearchIndex open(Path path) {
        FSDirectory directory;
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new LuceneSearchIndex(directory);
        } catch (UncheckedIOException e) {
            closeQuietly(directory);
            if (e.getCause() instanceof LockObtainFailedException) {
                log.warn(
                        "Search index directory {} is in use by another process; this instance indexes in memory",
                        path);
                return inMemory();
            }
            throw e;
        }
    }

    LuceneSearchIndex(Directory directory) {
        this.directory = directory;
        Map<String, String> kept = IndexCommitData.keptVersions(directory);
        try {
            if (kept == null) {
                clear(directory);
            }
            IndexWriterConfig config = new IndexWriterConfig(documents);
            config.setOpenMode(kept == null ? OpenMode.CREATE : OpenMode.APPEND);
            writer = new IndexWriter(directory, config);
            if (kept != null) {
                indexed.putAll(kept);
            }
            writer.setLiveCommitData(IndexCommitData.of(indexed).entrySet());
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes what is in the directory (an index that cannot be kept), unless another process is writing there. */
    private static void clear(Directory directory) throws IOException {
        try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            for (String file : directory.listAll()) {
                if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    directory.deleteFile(file);
                }
            }
        }
    }

    private static void closeQuietly(Directory directory) {
        try {
            directory.close();
        } catch (IOException e) {
            log.debug("Closing the search index directory", e);
        }
    }

    /** Whether the municipality's documents have been put here at least once (in this start or an earlier one). */
    public boolean holds(String municipalityCode) {
        return indexed.containsKey(municipalityCode);
    }

    @Override
    public Map<String, String> indexedVersions() {
        return Map.copyOf(indexed);
    }

    @Override
    public synchronized int replace(String municipalityCode, String contentVersion, List<SearchDocument> docs) {
        try {
            Map<String, String> held =
                    HeldDocuments.of(searchers, new TermQuery(new Term(MUNICIPALITY, municipalityCode)));
            Map<String, String> wanted = new HashMap<>();
            for (SearchDocument d : docs) {
                wanted.put(d.id(), HeldDocuments.digest(d));
            }
            int written;
            if (held == null || wanted.size() < docs.size()) {
                replaceAll(municipalityCode, docs);
                written = docs.size();
            } else {
                written = replaceChanged(municipalityCode, docs, held, wanted);
            }
            Map<String, String> versions = new HashMap<>(indexed);
            versions.put(municipalityCode, contentVersion);
            writer.setLiveCommitData(IndexCommitData.of(versions).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
            // held (searched, not "being prepared") once its documents can be found
            indexed.put(municipalityCode, contentVersion);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of the municipality put again (its documents here not readable one by one, or ids repeated). */
    private void replaceAll(String municipalityCode, List<SearchDocument> docs) throws IOException {
        if (docs.isEmpty()) {
            // nothing public (a municipality just registered): Lucene 10.3 miscounts the memory of an update that
            // adds no document (its assertion fails on close), so the old documents are simply deleted
            writer.deleteDocuments(new Term(MUNICIPALITY, municipalityCode));
        } else {
            writer.updateDocuments(
                    new Term(MUNICIPALITY, municipalityCode),
                    docs.stream().map(LuceneSearchIndex::document).toList());
        }
    }

    /**
     * Only the documents that changed, appeared or went: one text edited re-analyses one document, not the
     * municipality's hundreds (re-analysing them all on every round of a city edited without pause took a fifth of
     * the CPU its readers and every other city's had, issue 19). A delete applies to the documents added before it.
     */
    private int replaceChanged(
            String municipalityCode, List<SearchDocument> docs, Map<String, String> held, Map<String, String> wanted)
            throws IOException {
        for (String id : held.keySet()) {
            if (!wanted.containsKey(id)) {
                writer.deleteDocuments(one(municipalityCode, id));
            }
        }
        int written = 0;
        for (SearchDocument d : docs) {
            String was = held.get(d.id());
            if (was != null && was.equals(wanted.get(d.id()))) {
                continue;
            }
            if (was != null) {
                writer.deleteDocuments(one(municipalityCode, d.id()));
            }
            writer.addDocument(document(d));
            written++;
        }
        return written;
    }

    private static Query one(String municipalityCode, String id) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(MUNICIPALITY, municipalityCode)), Occur.FILTER)
                .add(new TermQuery(new Term(ID, id)), Occur.FILTER)
                .build();
    }

    @Override
    public synchronized void remove(String municipalityCode) {
        try {
            writer.deleteDocuments(new Term(MUNICIPALITY, municipalityCode));
            indexed.remove(municipalityCode);
            writer.setLiveCommitData(IndexCommitData.of(indexed).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes the index takes in its directory now (for the log and docs/scaling.md). */
    public long sizeInBytes() {
        long bytes = 0;
        try {
            for (String file : directory.listAll()) {
                try {
                    bytes += directory.fileLength(file);
                } catch (IOException e) {
                    // deleted by a merge meanwhile
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    /** The number of documents searchable now. */
    public int documentCount() {
        return writer.getDocStats().numDocs;
    }

    private static Document document(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(ID, d.id(), Field.Store.YES));
        doc.add(new StringField(MUNICIPALITY, d.municipalityCode(), Field.Store.NO));
        for (String audience : d.audiences()) {
            doc.add(new StringField(AUDIENCE, audience, Field.Store.NO));
        }
        doc.add(new StringField(KIND, d.kind().name(), Field.Store.YES));
        doc.add(new SortedDocValuesField(KIND, new BytesRef(d.kind().name())));
        if (d.year() != null) {
            doc.add(new StringField(YEAR, d.year().toString(), Field.Store.YES));
            doc.add(new NumericDocValuesField(YEAR, d.year()));
        }
        Set<Integer> years = new java.util.TreeSet<>(SearchText.yearsIn(d.title() + "\n" + d.body()));
        if (d.year() != null) {
            years.add(d.year());
        }
        for (Integer y : years) {
            doc.add(new StringField(YEARS, y.toString(), Field.Store.NO));
        }
        if (d.departmentName() != null) {
            doc.add(new StringField(DEPARTMENT, d.departmentName(), Field.Store.YES));
            doc.add(new SortedDocValuesField(DEPARTMENT, new BytesRef(d.departmentName())));
        }
        String body = d.departmentName() == null ? d.body() : d.body() + "\n" + d.departmentName();
        doc.add(new TextField(JapaneseAnalysis.TITLE, d.title(), Field.Store.YES));
        doc.add(new TextField(JapaneseAnalysis.TITLE_JA, d.title(), Field.Store.NO));
        doc.add(new Field(JapaneseAnalysis.BODY, body, BODY_TYPE));
        doc.add(new TextField(JapaneseAnalysis.BODY_JA, body, Field.Store.NO));
        doc.add(new StoredField(URL, d.url()));
        doc.add(new StoredField(PUBLISHED, d.audiences().contains(SearchDocument.PUBLIC) ? 1 : 0));
        doc.add(HeldDocuments.field(d));
        return doc;
    }

    @Override
    public SearchResults search(SearchRequest request) {
        if (!holds(request.municipalityCode())) {
            return SearchResults.notReady(request.page(), request.pageSize());
        }
        SearchText.Query parsed = SearchText.parse(request.text());
        if (parsed.isEmpty()) {
            return SearchResults.none(request.page(), request.pageSize());
        }
        try {
            return search(request, parsed);
        } catch (IndexSearcher.TooManyClauses e) {
            // a query of hundreds of words: nothing sensible to find
            return SearchResults.none(request.page(), request.pageSize());
        }
    }

    private SearchResults search(SearchRequest request, SearchText.Query parsed) {
        Query base = query(request, parsed);
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(base, Occur.MUST);
        if (request.year() != null) {
            filtered.add(new TermQuery(new Term(YEAR, request.year().toString())), Occur.FILTER);
        }
        if (request.kind() != null) {
            filtered.add(new TermQuery(new Term(KIND, request.kind().name())), Occur.FILTER);
        }
        if (request.departmentName() != null) {
            filtered.add(new TermQuery(new Term(DEPARTMENT, request.departmentName())), Occur.FILTER);
        }
        Query query = filtered.build();
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Facets facets = searcher.search(base, new FacetCounter());
            int total = searcher.count(query);
            int from = (request.page() - 1) * request.pageSize();
            TopDocs top = searcher.search(query, Math.max(1, from + request.pageSize()));
            ScoreDoc[] page = top.scoreDocs.length <= from
                    ? new ScoreDoc[0]
                    : java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
            TopDocs pageDocs = new TopDocs(top.totalHits, page);
            String[] snippets = page.length == 0
                    ? new String[0]
                    : highlighter(searcher).highlight(JapaneseAnalysis.BODY, query, pageDocs, 1);
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                Document doc = stored.document(page[i].doc);
                String year = doc.get(YEAR);
                String snippet = snippets[i];
                hits.add(new Hit(
                        SearchKind.valueOf(doc.get(KIND)),
                        year == null ? null : Integer.valueOf(year),
                        doc.get(DEPARTMENT),
                        doc.get(JapaneseAnalysis.TITLE),
                        snippet == null ? "" : snippet,
                        doc.get(URL),
                        doc.getField(PUBLISHED).numericValue().intValue() == 1));
            }
            return new SearchResults(true, total, request.page(), request.pageSize(), hits, facets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, documents)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.JAPANESE), SNIPPET_CHARS, 0.5f))
                .withMaxLength(60_000)
                .build();
    }

    /** The request's words and years, for its municipality and audiences (without the facets chosen). */
    Query query(SearchRequest request, SearchText.Query parsed) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(new TermQuery(new Term(MUNICIPALITY, request.municipalityCode())), Occur.FILTER);
        BooleanQuery.Builder audiences = new BooleanQuery.Builder();
        for (String audience : request.audiences()) {
            audiences.add(new TermQuery(new Term(AUDIENCE, audience)), Occur.SHOULD);
        }
        q.add(audiences.build(), Occur.FILTER);
        if (!parsed.years().isEmpty()) {
            BooleanQuery.Builder years = new BooleanQuery.Builder();
            for (Integer year : parsed.years()) {
                years.add(new TermQuery(new Term(YEARS, year.toString())), Occur.SHOULD);
            }
            // the year counts towards the score only a little: the words decide the order
            q.add(new BoostQuery(years.build(), 0.1f), parsed.words().isEmpty() ? Occur.MUST : Occur.FILTER);
        }
        for (String word : parsed.words()) {
            q.add(wordQuery(word), Occur.MUST);
        }
        return q.build();
    }

    /** One word of a query: its Kuromoji words all present, or its bi-grams in a row, in the title or the text. */
    Query wordQuery(String word) {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        Query titleWords = allTerms(JapaneseAnalysis.TITLE_JA, word);
        Query bodyWords = allTerms(JapaneseAnalysis.BODY_JA, word);
        Query titleGrams = phrase(JapaneseAnalysis.TITLE, word);
        Query bodyGrams = phrase(JapaneseAnalysis.BODY, word);
        either.add(new BoostQuery(titleWords, TITLE_BOOST), Occur.SHOULD);
        either.add(bodyWords, Occur.SHOULD);
        either.add(new BoostQuery(titleGrams, TITLE_BOOST), Occur.SHOULD);
        either.add(bodyGrams, Occur.SHOULD);
        return either.build();
    }

    private Query allTerms(String field, String word) {
        List<String> terms =
                tokens(words, field, word).stream().map(Token::term).toList();
        if (terms.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        terms.stream().distinct().forEach(t -> all.add(new TermQuery(new Term(field, t)), Occur.MUST));
        return all.build();
    }

    private Query phrase(String field, String word) {
        List<Token> tokens = tokens(bigrams, field, word);
        if (tokens.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.getFirst().term()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (Token t : tokens) {
            phrase.add(new Term(field, t.term()), t.position());
        }
        return phrase.build();
    }

    private record Token(String term, int position) {}

    private static List<Token> tokens(Analyzer analyzer, String field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), Math.max(position, 0)));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    @Override
    public synchronized void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
