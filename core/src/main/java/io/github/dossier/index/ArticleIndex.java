package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dossier.Article;
import io.github.dossier.Entity;
import io.github.dossier.EntityTagger;
import io.github.dossier.EntityType;
import io.github.dossier.TaggedText;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Lucene index of news articles and their entities: add, update, delete, search, and count who
 * and where the articles are about.
 *
 * <pre>{@code
 * try (ArticleIndex index = ArticleIndex.open(Path.of("news-index"), tagger)) {
 *   index.add(article);                                   // tags the body, then indexes
 *   SearchResults r = index.search("person:Trump AND \"security guarantees\"", 10);
 *   List<EntityCount> places = index.topEntities(EntityType.LOCATION, "Ukraine", 10);
 * }                                                       // close() commits
 * }</pre>
 *
 * <p><b>Visibility.</b> A change ({@link #add}, {@link #delete}) is visible to every read method
 * of the same instance ({@link #search}, {@link #searchPage}, {@link #get}, {@link #size}, {@link
 * #topEntities}, {@link #entity}, {@link #facets}, {@link #timeline}, {@link #mentions}, {@link
 * #cooccurrences}, {@link #network}, {@link #export}, {@link #similar}) as soon as the changing
 * method returns: the next read refreshes the near-real-time searcher if anything changed. Changes become durable, and visible to other processes and to
 * {@link #openReadOnly read-only} instances, on {@link #commit} and on {@link #close}.
 *
 * <p><b>Research queries.</b> Beyond search: {@link #facets} (top entities with article and
 * mention counts, top sources, articles per day, ISO week or month), {@link #timeline} (an
 * entity's articles and mentions per bucket, zero-filled), {@link #mentions} and {@link
 * #mentionsTogether} (the sentences naming an entity, or two, with offsets to highlight), {@link
 * #cooccurrences} (the entities most associated with one, by log-likelihood and PMI, per article or
 * sentence), {@link #network} (a co-occurrence graph, written with {@link NetworkFormat}), {@link
 * #searchPage} (deep paging with a cursor), {@link #export} (every hit, streamed) and {@link
 * #similar} (more like this). Entity counts run over global ordinals of the entity doc values,
 * built once per index snapshot and cached until it is replaced.
 *
 * <p><b>People across articles.</b> Before an article is indexed, a person it names only by
 * surname is keyed as the one person of the index with that surname, and a full name arriving
 * after a bare-surname entity takes over that entity's key, so keys never change (see the {@link
 * io.github.dossier.index package documentation}); {@link #get} returns the entities as indexed.
 *
 * <p><b>Concurrency.</b> All methods are thread-safe. Any number of threads may read while others
 * write; writes are serialized (tagging, the costly part of {@link #add(Article)}, runs outside the
 * write lock, in parallel). Only one writer may have an index directory open at a time; a second
 * {@link #open} fails with {@link IndexLockedException} and leaves the index untouched.
 *
 * <p><b>Failures.</b> An article that cannot be indexed (its tagger throws, or its tagged text does
 * not fit its body) is rejected with an exception before the index is touched: nothing added or
 * committed before is lost.
 *
 * <p><b>Closing.</b> {@link #close} commits pending changes, then releases the index (and its
 * write lock). Methods called after close throw {@link AlreadyClosedException}.
 *
 * <p>See the {@link io.github.dossier.index package documentation} for the schema and the query
 * language.
 */
public final class ArticleIndex implements Closeable {
  private static final Logger log = LoggerFactory.getLogger(ArticleIndex.class);
  /** Commit user-data key marking a directory as a Dossier index, with the schema version. */
  static final String FORMAT_KEY = "dossier.format";
  static final String FORMAT_VERSION = "1";
  /** Commit user-data key holding the text of the applied {@link Curation}, if any. */
  static final String CURATION_KEY = "dossier.curation";
  /** Pending (unrefreshed) id states kept before a refresh is forced to bound memory. */
  private static final int MAX_PENDING_IDS = 10_000;
  /** The most nodes {@link #network} returns (its pair counts take nodes² longs). */
  static final int MAX_NETWORK_NODES = 2_000;
  private static final Set<String> HIT_FIELDS =
      Set.of(Schema.ID, Schema.TITLE, Schema.BODY, Schema.SOURCE, Schema.URL, Schema.PUBLISHED,
          Schema.TAGGED);

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final EntityTagger tagger;
  private final SearcherManager searchers;
  private final Analyzer textAnalyzer;
  private final QueryFactory queries;

  private final Object writeLock = new Object();
  /** Whether each id changed since the last refresh exists now; guarded by writeLock. */
  private final Map<String, Boolean> pending = new HashMap<>();
  /** Number of changes made; a reader refreshes if it has not seen them all. */
  private final AtomicLong changes = new AtomicLong();
  private final AtomicLong visibleChanges = new AtomicLong();
  private volatile boolean closed;
  /** The curation applied to every added article; changed under writeLock. */
  private volatile Curation curation = Curation.empty();
  /** The key and display name the index gave each name a curation refers to. */
  private volatile Map<String, String[]> curationKeys = Map.of();
  /** People keyed across articles; loaded from the index on the first add, under writeLock. */
  private KnownPeople people;
  /** The person aliases of the commit this writer opened, until {@link #people} is loaded. */
  private String storedPeople;
  /**
   * Called with each article id {@link #applyCuration} is about to rewrite; tests make it throw to
   * check that a failed curation leaves the index as it was.
   */
  volatile Consumer<String> beforeCuratedRewrite = id -> {};
  /** Read-only instances: the commit generation last refreshed to. */
  private volatile long seenGeneration = -1;

  private ArticleIndex(
      Path path, Directory directory, IndexWriter writer, EntityTagger tagger, SearcherManager searchers,
      Analyzer textAnalyzer, Analyzer namesAnalyzer) {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.tagger = tagger;
    this.searchers = searchers;
    this.textAnalyzer = textAnalyzer;
    this.queries = new QueryFactory(textAnalyzer, namesAnalyzer, new IndexLookup());
  }

  /**
   * Opens the index in {@code dir} for reading and writing, creating the directory and an empty
   * index if absent. Articles added without tagged text are tagged by {@code tagger}.
   *
   * @throws IndexLockedException if another writer has the index open
   * @throws IOException if the directory cannot be created or read, or holds a Lucene index that is
   *     not a Dossier index of this format
   */
  public static ArticleIndex open(Path dir, EntityTagger tagger) throws IOException {
    checkNotNull(dir, "dir");
    checkNotNull(tagger, "tagger");
    Path path = dir.toAbsolutePath();
    Files.createDirectories(path);
    Directory directory = FSDirectory.open(path);
    IndexWriter writer = null;
    try {
      boolean exists = DirectoryReader.indexExists(directory);
      if (exists) {
        checkFormat(path, directory);
      }
      Analyzer text = Analyzers.text();
      Analyzer names = Analyzers.names();
      IndexWriterConfig config =
          new IndexWriterConfig(Analyzers.perField(text, names))
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
              .setCommitOnClose(false);
      try {
        writer = new IndexWriter(directory, config);
      } catch (LockObtainFailedException e) {
        throw new IndexLockedException(path, e);
      }
      if (!exists) {
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT_VERSION).entrySet());
        writer.commit();
      }
      SearcherManager searchers = new SearcherManager(writer, null);
      ArticleIndex index = new ArticleIndex(path, directory, writer, tagger, searchers, text, names);
      Map<String, String> userData = SegmentInfos.readLatestCommit(directory).getUserData();
      index.storedPeople = userData.get(KnownPeople.USER_DATA_KEY);
      String stored = userData.get(CURATION_KEY);
      if (stored != null) {
        Curation c = Curation.parse(stored);
        IndexSearcher searcher = searchers.acquire();
        try {
          index.curationKeys = resolveCurationKeys(searcher, c);
        } finally {
          searchers.release(searcher);
        }
        index.curation = c;
      }
      return index;
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(writer, directory);
      throw e;
    }
  }

  /**
   * Opens the index in {@code dir} for reading only. It shows the last commit when opened and
   * picks up later commits (of a writer elsewhere) on each read. Write methods throw {@link
   * IllegalStateException}.
   *
   * @throws NoIndexException if {@code dir} does not exist or holds no index
   * @throws IOException if it holds a Lucene index that is not a Dossier index of this format
   */
  public static ArticleIndex openReadOnly(Path dir) throws IOException {
    checkNotNull(dir, "dir");
    Path path = dir.toAbsolutePath();
    if (!Files.isDirectory(path)) {
      throw new NoIndexException(path);
    }
    Directory directory = FSDirectory.open(path);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new NoIndexException(path);
      }
      checkFormat(path, directory);
      SearcherManager searchers = new SearcherManager(directory, null);
      return new ArticleIndex(
          path, directory, null, null, searchers, Analyzers.text(), Analyzers.names());
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(directory);
      throw e;
    }
  }

  /**
   * Checks that the last commit in {@code directory} is a Dossier index of the format this version
   * reads.
   */
  private static void checkFormat(Path path, Directory directory) throws IOException {
    String format = SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT_KEY);
    if (format == null) {
      throw new IOException(
          "the Lucene index at " + path + " is not a Dossier index (its commits lack "
              + FORMAT_KEY + ")");
    }
    if (!format.equals(FORMAT_VERSION)) {
      throw new IOException(
          "the Dossier index at " + path + " has format " + format + "; this version reads format "
              + FORMAT_VERSION);
    }
  }

  /** The directory of this index. */
  public Path directory() {
    return path;
  }

  /** Whether this instance was opened with {@link #openReadOnly}. */
  public boolean isReadOnly() {
    return writer == null;
  }

  /**
   * Tags {@code article}'s body with this index's tagger and adds it, replacing any article with
   * the same id. The article is visible to this instance's reads when this method returns.
   *
   * @throws IllegalStateException if the index is read-only
   * @throws IllegalArgumentException if the tagger's result does not fit the body; the index is
   *     unchanged (as it is if the tagger throws)
   */
  public IndexResult add(Article article) throws IOException {
    checkNotNull(article, "article");
    ensureWritable();
    TaggedText tagged = tagger.tag(article.body());
    checkNotNull(tagged, "the tagger returned no tagged text for article %s", article.id());
    return add(article, tagged);
  }

  /**
   * Adds {@code article} with entities already found, replacing any article with the same id.
   *
   * @throws IllegalStateException if the index is read-only
   * @throws IllegalArgumentException if a sentence or mention of {@code tagged} lies outside the
   *     body, or the id is absurdly long; the index is unchanged
   */
  public IndexResult add(Article article, TaggedText tagged) throws IOException {
    checkNotNull(article, "article");
    checkNotNull(tagged, "tagged text of article %s", article.id());
    ensureWritable();
    ArticleDocuments.validate(article, tagged);
    synchronized (writeLock) {
      ensureOpen();
      TaggedText resolved = people().resolve(tagged);
      Document doc = curatedDocument(article, resolved, curation, curationKeys);
      boolean existed = exists(article.id());
      writer.updateDocument(new Term(Schema.ID, article.id()), doc);
      changed(article.id(), true);
      return existed ? IndexResult.UPDATED : IndexResult.ADDED;
    }
  }

  /**
   * Deletes the article with this id; visible to this instance's reads when this method returns.
   *
   * @return whether there was such an article
   * @throws IllegalStateException if the index is read-only
   */
  public boolean delete(String id) throws IOException {
    checkNotNull(id, "id");
    ensureWritable();
    synchronized (writeLock) {
      ensureOpen();
      if (!exists(id)) {
        return false;
      }
      writer.deleteDocuments(new Term(Schema.ID, id));
      changed(id, false);
      return true;
    }
  }

  /**
   * Makes all changes durable and visible to other processes and read-only instances.
   *
   * @throws IllegalStateException if the index is read-only
   */
  public void commit() throws IOException {
    ensureWritable();
    synchronized (writeLock) {
      ensureOpen();
      writer.setLiveCommitData(commitData().entrySet());
      writer.commit();
      refreshForWriter();
    }
  }

  /**
   * The curation applied to this index: the one stored in its last commit for a read-only
   * instance, the current one for a writer; {@link Curation#empty()} if none was applied.
   */
  public Curation curation() throws IOException {
    ensureOpen();
    if (writer != null) {
      return curation;
    }
    String stored = SegmentInfos.readLatestCommit(directory).getUserData().get(CURATION_KEY);
    return stored == null ? Curation.empty() : Curation.parse(stored);
  }

  /**
   * Applies {@code curation} to every article, replacing the curation applied before, and commits.
   * Each article is re-curated from the entities its tagger found (kept in the index), without
   * re-reading or re-tagging source files; only articles whose entities change are rewritten. The
   * curation is stored in the same Lucene commit as the rewritten articles, so after a crash the
   * index has either the old curation and articles or the new ones; it survives reopening and is
   * applied to every article added later. {@link Curation#empty()} undoes all curation. Other
   * pending changes are committed with it.
   *
   * @return how many articles were rewritten
   * @throws IllegalStateException if the index is read-only
   */
  public long applyCuration(Curation curation) throws IOException {
    checkNotNull(curation, "curation");
    ensureWritable();
    synchronized (writeLock) {
      ensureOpen();
      refreshForWriter();
      IndexSearcher searcher = searchers.acquire();
      List<Integer> before = new ArrayList<>();
      try {
        Map<String, String[]> keys = resolveCurationKeys(searcher, curation);
        try {
          for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
              if (live != null && !live.get(doc)) {
                continue;
              }
              Document document = stored.document(doc);
              IndexedArticle indexed = ArticleDocuments.toIndexedArticle(document);
              TaggedText original = ArticleDocuments.original(document);
              Document updated = curatedDocument(indexed.article(), original, curation, keys);
              if (!ArticleDocuments.tagged(updated).equals(indexed.tagged())) {
                beforeCuratedRewrite.accept(indexed.article().id());
                writer.updateDocument(new Term(Schema.ID, indexed.article().id()), updated);
                changed(indexed.article().id(), true);
                before.add(leaf.docBase + doc);
              }
            }
          }
        } catch (IOException | RuntimeException e) {
          restore(searcher, before);
          throw e;
        }
        this.curation = curation;
        this.curationKeys = keys;
      } finally {
        searchers.release(searcher);
      }
      long rewritten = before.size();
      writer.setLiveCommitData(commitData().entrySet());
      writer.commit();
      refreshForWriter();
      return rewritten;
    }
  }

  /**
   * Puts back the articles a failed curation rewrote, as they were stored, so that no later commit
   * makes a half-applied curation durable; under writeLock.
   *
   * @param searcher the snapshot the curation read, which still holds the old documents
   * @param docs the top-level doc ids (in {@code searcher}) of the rewritten articles
   */
  private void restore(IndexSearcher searcher, List<Integer> docs) {
    for (int doc : docs) {
      Document document = null;
      try {
        document = searcher.storedFields().document(doc);
        IndexedArticle indexed = ArticleDocuments.toIndexedArticle(document);
        TaggedText original = ArticleDocuments.original(document);
        writer.updateDocument(new Term(Schema.ID, indexed.article().id()),
            ArticleDocuments.toDocument(indexed.article(), indexed.tagged(),
                original.equals(indexed.tagged()) ? null : original));
      } catch (IOException | RuntimeException e) {
        log.error("could not restore article {} after a failed curation; reopen the index "
            + "without committing", document == null ? "#" + doc : document.get(Schema.ID), e);
      }
    }
  }

  /** The document of {@code article} with {@code tagged} curated. */
  private static Document curatedDocument(
      Article article, TaggedText tagged, Curation curation, Map<String, String[]> keys) {
    TaggedText curated = curation.apply(article.body(), tagged,
        (type, name) -> Optional.ofNullable(keys.get(type + "\u0000" + name)));
    return ArticleDocuments.toDocument(article, curated, curated.equals(tagged) ? null : tagged);
  }

  /** The key and display name the index gives each merge target, split target and added name. */
  private static Map<String, String[]> resolveCurationKeys(IndexSearcher searcher, Curation c)
      throws IOException {
    Map<String, String[]> keys = new HashMap<>();
    for (Curation.Directive d : c.directives()) {
      String name = switch (d.kind()) {
        case MERGE, SPLIT -> d.target();
        case ADD -> d.name();
        default -> null;
      };
      if (name == null || d.type() == null) {
        continue;
      }
      Optional<EntityId> id = EntityProfiles.byKey(searcher, d.type(), name);
      if (id.isPresent()) {
        keys.put(d.type() + "\u0000" + name, new String[] {id.get().key(), name});
        continue;
      }
      Optional<EntityInfo> info = EntityStats.lookup(searcher, d.type(), name);
      info.ifPresent(i -> keys.put(d.type() + "\u0000" + name, new String[] {i.key(), i.name()}));
    }
    return keys;
  }

  /** The commit user data: format, curation and person aliases; under writeLock. */
  private Map<String, String> commitData() {
    Map<String, String> data = new HashMap<>();
    data.put(FORMAT_KEY, FORMAT_VERSION);
    if (!curation.isEmpty()) {
      data.put(CURATION_KEY, curation.text());
    }
    String aliases = people == null ? storedPeople : people.userData();
    if (aliases != null && !aliases.isEmpty()) {
      data.put(KnownPeople.USER_DATA_KEY, aliases);
    }
    return data;
  }

  /** The cross-article people registry, loaded from the index on first use; under writeLock. */
  private KnownPeople people() throws IOException {
    if (people == null) {
      refreshForWriter();
      IndexSearcher searcher = searchers.acquire();
      try {
        people = KnownPeople.load(searcher.getIndexReader(), storedPeople);
      } finally {
        searchers.release(searcher);
      }
      storedPeople = null;
    }
    return people;
  }

  /** The article with this id, exactly as indexed (with its sentences and entities). */
  public Optional<IndexedArticle> get(String id) throws IOException {
    checkNotNull(id, "id");
    return read(searcher -> {
      TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
      return Optional.of(ArticleDocuments.toIndexedArticle(doc));
    });
  }

  /** The number of articles in the index, as visible to this instance's reads. */
  public long size() throws IOException {
    return read(searcher -> (long) searcher.getIndexReader().numDocs());
  }

  /**
   * Searches with a query-language expression (see the package documentation).
   *
   * @param limit the most hits to return; 0 to count only
   * @throws QuerySyntaxException if {@code query} is blank or not valid
   */
  public SearchResults search(String query, int limit) throws IOException {
    return search(ArticleQuery.parse(query), limit, SortOrder.RELEVANCE);
  }

  /**
   * Searches with a query-language expression, returning hits in {@code order}.
   *
   * @param limit the most hits to return; 0 to count only
   * @throws QuerySyntaxException if {@code query} is blank or not valid
   */
  public SearchResults search(String query, int limit, SortOrder order) throws IOException {
    return search(ArticleQuery.parse(query), limit, order);
  }

  /**
   * Searches with {@code query}, returning the exact number of matching articles and the best
   * {@code limit} of them, with snippets and entities.
   *
   * @param limit the most hits to return; 0 to count only
   */
  public SearchResults search(ArticleQuery query, int limit) throws IOException {
    return search(query, limit, SortOrder.RELEVANCE);
  }

  /**
   * Searches with {@code query}, returning the exact number of matching articles and the first
   * {@code limit} of them in {@code order}, with snippets and entities. Scores are relevance scores
   * whatever the order.
   *
   * @param limit the most hits to return; 0 to count only
   */
  public SearchResults search(ArticleQuery query, int limit, SortOrder order) throws IOException {
    checkNotNull(query, "query");
    checkNotNull(order, "order");
    checkArgument(limit >= 0, "limit must be >= 0, got %s", limit);
    Query lucene = queries.toLucene(query);
    return read(searcher -> {
      if (limit == 0) {
        return new SearchResults(searcher.count(lucene), List.of());
      }
      int numHits = Math.max(1, Math.min(limit, searcher.getIndexReader().maxDoc()));
      TopDocs top;
      if (order == SortOrder.RELEVANCE) {
        top = searcher.search(lucene, new TopScoreDocCollectorManager(numHits, null, HIT_COUNT_THRESHOLD));
      } else {
        boolean newest = order == SortOrder.NEWEST_FIRST;
        SortField published = new SortField(Schema.PUBLISHED, SortField.Type.LONG, newest);
        published.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
        Sort sort = new Sort(published, SortField.FIELD_SCORE);
        top = searcher.search(lucene, new TopFieldCollectorManager(sort, numHits, null, HIT_COUNT_THRESHOLD));
        TopFieldCollector.populateScores(top.scoreDocs, searcher, lucene);
      }
      return new SearchResults(total(searcher, lucene, top), toHits(searcher, lucene, top));
    });
  }

  /**
   * One page of the articles matching {@code query} in {@code order}, for deep paging: pass the
   * page's {@link SearchPage#next() next} cursor to get the following page. Paging uses Lucene's
   * search-after on the sort values (score or date, then article id), not an offset, so each page
   * costs the same however deep, and as long as the index does not change, paging through all
   * pages returns every matching article exactly once. Articles added or deleted meanwhile are
   * simply seen or missed; relevance scores may shift when other articles change.
   *
   * @param limit the most hits on the page, at least 1
   * @param cursor null for the first page, else the {@code next} cursor of the previous page of
   *     the same query and order
   * @throws IllegalArgumentException if {@code cursor} is not a cursor of a page of this order
   */
  public SearchPage searchPage(ArticleQuery query, int limit, SortOrder order, String cursor)
      throws IOException {
    checkNotNull(query, "query");
    checkNotNull(order, "order");
    checkArgument(limit >= 1, "limit must be >= 1, got %s", limit);
    FieldDoc after = cursor == null ? null : SearchCursor.decode(cursor, order);
    Query lucene = queries.toLucene(query);
    return read(searcher -> {
      int numHits = Math.min(limit, Math.max(1, searcher.getIndexReader().maxDoc()));
      Sort sort = SearchCursor.sort(order);
      // one more than asked, to know whether another page follows
      TopDocs top = searcher.search(lucene,
          new TopFieldCollectorManager(sort, numHits + 1, after, HIT_COUNT_THRESHOLD));
      boolean more = top.scoreDocs.length > numHits;
      ScoreDoc[] page = Arrays.copyOf(top.scoreDocs, Math.min(numHits, top.scoreDocs.length));
      TopDocs pageDocs = new TopDocs(top.totalHits, page);
      if (order == SortOrder.RELEVANCE) {
        for (ScoreDoc sd : page) {
          sd.score = (Float) ((FieldDoc) sd).fields[0];
        }
      } else {
        TopFieldCollector.populateScores(page, searcher, lucene);
      }
      Optional<String> next = more
          ? Optional.of(SearchCursor.encode(order, (FieldDoc) page[page.length - 1]))
          : Optional.empty();
      return new SearchPage(total(searcher, lucene, top), toHits(searcher, lucene, pageDocs), next);
    });
  }

  /**
   * Collectors count hits exactly only up to this many, so that they may skip documents that
   * cannot make the top (block-max WAND, sort-field skipping); the exact total is then counted
   * without scoring, which is much cheaper than scoring every match.
   */
  private static final int HIT_COUNT_THRESHOLD = 1000;

  /** The exact number of matches of {@code query}, reusing the collector's count when exact. */
  private static long total(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
    return top.totalHits.relation == TotalHits.Relation.EQUAL_TO
        ? top.totalHits.value
        : searcher.count(query);
  }

  private List<Hit> toHits(IndexSearcher searcher, Query lucene, TopDocs top) throws IOException {
    Document[] docs = new Document[top.scoreDocs.length];
    String[] bodies = new String[docs.length];
    StoredFields stored = searcher.storedFields();
    for (int i = 0; i < docs.length; i++) {
      docs[i] = stored.document(top.scoreDocs[i].doc, HIT_FIELDS);
      bodies[i] = docs[i].get(Schema.BODY);
    }
    String[] snippets = Snippets.highlight(searcher, textAnalyzer, lucene, top, bodies);
    List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
    for (int i = 0; i < top.scoreDocs.length; i++) {
      Document doc = docs[i];
      hits.add(
          new Hit(
              doc.get(Schema.ID),
              doc.get(Schema.TITLE),
              top.scoreDocs[i].score,
              ArticleDocuments.published(doc),
              Optional.ofNullable(doc.get(Schema.SOURCE)),
              Optional.ofNullable(doc.get(Schema.URL)),
              snippets[i],
              summaries(ArticleDocuments.tagged(doc))));
    }
    return hits;
  }

  /**
   * The {@code n} entities of {@code type} named in the most articles matching {@code query}, with
   * their article and mention counts over those articles. Ranked by articles, then mentions
   * (both descending), then name, then key.
   *
   * @param query a query-language expression; null or blank for all articles
   * @throws QuerySyntaxException if {@code query} is not valid
   */
  public List<EntityCount> topEntities(EntityType type, String query, int n) throws IOException {
    checkNotNull(type, "type");
    checkArgument(n >= 0, "n must be >= 0, got %s", n);
    Query lucene =
        query == null || query.isBlank()
            ? new MatchAllDocsQuery()
            : queries.toLucene(ArticleQuery.parse(query));
    return read(searcher -> EntityStats.top(searcher, type, lucene, n));
  }

  /**
   * Looks up an entity by its key, canonical name or any mention form, compared after {@link
   * io.github.dossier.NameNormalizer normalization} ("zelenskyy" finds "Volodymyr Zelenskyy" if an
   * article calls him "Zelenskyy"). If several entities match, the one named in most articles.
   *
   * @param type the entity type, or null for any type
   */
  public Optional<EntityInfo> entity(EntityType type, String name) throws IOException {
    checkNotNull(name, "name");
    return read(searcher -> EntityStats.lookup(searcher, type, name));
  }

  /**
   * The profile of an entity: canonical name, type, the forms the articles use with counts, how
   * many articles name it, when it was first and last seen, its place (for resolved places) and
   * the descriptors the articles write right before its name ("German Chancellor", "Kremlin
   * spokesperson"). {@code name} is the entity's key (such as a place id, {@code "country:UA"}),
   * canonical name or any mention form, as in {@link #entity}; if several entities match, the
   * one named in most articles. Reads every article naming the entity.
   *
   * @param type the entity type, or null for any type
   */
  public Optional<EntityProfile> profile(EntityType type, String name) throws IOException {
    checkNotNull(name, "name");
    return read(searcher -> EntityProfiles.profile(searcher, type, name));
  }

  /**
   * Counts over the articles matching {@code query}: top entities of each type (articles and
   * mentions), top sources (articles) and a zero-filled histogram of articles per day, ISO week
   * or month (UTC).
   *
   * @param query the articles to count; {@link ArticleQuery#all()} for every article
   */
  public Facets facets(ArticleQuery query, FacetOptions options) throws IOException {
    checkNotNull(query, "query");
    checkNotNull(options, "options");
    Query lucene = queries.toLucene(query);
    return read(searcher -> FacetCounter.facets(searcher, hits(searcher, lucene), options));
  }

  /**
   * How often each of {@code entities} is named per date bucket, in the articles matching {@code
   * query}: articles naming it and mentions in them, for every bucket from the bucket of {@code
   * from} to the bucket of {@code to} (zero-filled). Without {@code from} ({@code to}), the
   * timeline starts (ends) at the earliest (latest) counted article naming any of the entities.
   * Only articles published within {@code [from, to]} are counted; articles without a date are
   * not counted.
   *
   * @param entities the entities, at least one (find them with {@link #entity})
   * @param query the articles to count; {@link ArticleQuery#all()} for every article
   * @param from the first instant covered, or null for an open start
   * @param to the last instant covered (inclusive), or null for an open end
   * @throws IllegalArgumentException if no entity is given, the range is reversed, or the
   *     timeline would have more than 100,000 buckets
   */
  public Timeline timeline(
      List<EntityId> entities, ArticleQuery query, DateInterval interval, Instant from, Instant to)
      throws IOException {
    checkNotNull(entities, "entities");
    checkArgument(!entities.isEmpty(), "a timeline needs at least one entity");
    entities.forEach(e -> checkNotNull(e, "entity"));
    checkNotNull(query, "query");
    checkNotNull(interval, "interval");
    if (from != null && to != null) {
      checkArgument(!to.isBefore(from), "timeline ends (%s) before it starts (%s)", to, from);
    }
    Query lucene = queries.toLucene(query);
    return read(searcher -> TimelineCounter.timeline(
        searcher, List.copyOf(entities), hits(searcher, lucene), interval,
        Optional.ofNullable(from), Optional.ofNullable(to)));
  }

  /**
   * The sentences of the articles matching {@code query} that mention {@code entity}, with the
   * article id, date and the mentions' offsets for highlighting; articles newest first (undated
   * last), sentences in text order.
   *
   * @param limit the most sentences to return; 0 to count articles only
   */
  public MentionResults mentions(EntityId entity, ArticleQuery query, int limit) throws IOException {
    checkNotNull(entity, "entity");
    return mentions(entity, Optional.empty(), query, limit);
  }

  /**
   * The sentences of the articles matching {@code query} where {@code entity} and {@code other}
   * are both mentioned, with both highlighted; articles newest first (undated last), sentences in
   * text order.
   *
   * @param limit the most sentences to return; 0 to count articles only
   */
  public MentionResults mentionsTogether(
      EntityId entity, EntityId other, ArticleQuery query, int limit) throws IOException {
    checkNotNull(entity, "entity");
    checkNotNull(other, "other");
    checkArgument(!entity.equals(other), "the two entities must differ, got %s twice", entity);
    return mentions(entity, Optional.of(other), query, limit);
  }

  private MentionResults mentions(
      EntityId entity, Optional<EntityId> other, ArticleQuery query, int limit) throws IOException {
    checkNotNull(query, "query");
    checkArgument(limit >= 0, "limit must be >= 0, got %s", limit);
    Query lucene = queries.toLucene(query);
    return read(searcher -> MentionFinder.find(searcher, lucene, entity, other, limit));
  }

  /**
   * The entities most associated with {@code target} in the articles matching {@code query},
   * ranked by log-likelihood ratio, with pointwise mutual information and the raw counts; see
   * {@link Association} for the scores and {@link CoOccurrences} for the units counted at each
   * level.
   *
   * @param n the most associated entities to return
   */
  public CoOccurrences cooccurrences(
      EntityId target, ArticleQuery query, CoOccurrenceLevel level, int n) throws IOException {
    checkNotNull(target, "target");
    checkNotNull(query, "query");
    checkNotNull(level, "level");
    checkArgument(n >= 0, "n must be >= 0, got %s", n);
    Query lucene = queries.toLucene(query);
    return read(searcher ->
        CoOccurrenceCounter.cooccurrences(searcher, hits(searcher, lucene), target, level, n));
  }

  /**
   * The co-occurrence network of the articles matching {@code query}: the {@code maxNodes}
   * entities (of any type) named in most of them, and an edge for each pair of them occurring
   * together in at least {@code minTogether} units (articles, or sentences of those articles), with
   * the counts and scores of {@link Association} computed over those units.
   *
   * @param maxNodes the most entities, 1 to 2,000
   * @param minTogether the fewest units two entities must share to be linked (at least 1)
   */
  public Network network(ArticleQuery query, CoOccurrenceLevel level, int maxNodes, int minTogether)
      throws IOException {
    checkNotNull(query, "query");
    checkNotNull(level, "level");
    checkArgument(maxNodes >= 1 && maxNodes <= MAX_NETWORK_NODES,
        "maxNodes must be between 1 and %s, got %s", MAX_NETWORK_NODES, maxNodes);
    checkArgument(minTogether >= 1, "minTogether must be >= 1, got %s", minTogether);
    Query lucene = queries.toLucene(query);
    return read(searcher ->
        CoOccurrenceCounter.network(searcher, hits(searcher, lucene), level, maxNodes, minTogether));
  }

  /**
   * Streams every article matching {@code query} to {@code visitor}, one at a time, in index
   * order (not ranked), with its sentences and entities. Memory use does not grow with the number
   * of hits: nothing is collected, each article is read from the index when visited. The export
   * sees the index as it was when it started, whatever is added or deleted meanwhile.
   *
   * @return how many articles were visited
   */
  public long export(ArticleQuery query, ArticleVisitor visitor) throws IOException {
    checkNotNull(query, "query");
    checkNotNull(visitor, "visitor");
    Query lucene = queries.toLucene(query);
    return read(searcher -> StoredMatches.forEach(searcher, lucene,
        document -> visitor.visit(ArticleDocuments.toIndexedArticle(document))));
  }

  /**
   * The {@code n} articles most similar to the article with id {@code id}, by text and by shared
   * entities, best first; the article itself is excluded. The text part is Lucene's {@link
   * MoreLikeThis} over the title and body (the article's {@value #MLT_TERMS} most distinctive
   * terms by tf-idf, each found in at least two articles); the entity part rewards articles naming
   * the same people, places and organizations (up to {@value #MLT_ENTITIES} of the article's most
   * mentioned entities). {@link SearchResults#total()} counts every article sharing at least one
   * of those terms or entities.
   *
   * @param n the most similar articles to return; 0 to count only
   * @throws IllegalArgumentException if the index has no article with that id
   */
  public SearchResults similar(String id, int n) throws IOException {
    checkNotNull(id, "id");
    checkArgument(n >= 0, "n must be >= 0, got %s", n);
    return read(searcher -> {
      TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
      checkArgument(found.scoreDocs.length > 0, "no article with id '%s' in the index", id);
      Document doc = searcher.storedFields().document(found.scoreDocs[0].doc);
      Query similar = similarQuery(searcher, doc);
      if (n == 0) {
        return new SearchResults(searcher.count(similar), List.of());
      }
      int numHits = Math.max(1, Math.min(n, searcher.getIndexReader().maxDoc()));
      TopDocs top = searcher.search(similar, new TopScoreDocCollectorManager(numHits, null, HIT_COUNT_THRESHOLD));
      return new SearchResults(total(searcher, similar, top), toHits(searcher, similar, top));
    });
  }

  /** Terms of the source article that {@link #similar} looks for. */
  static final int MLT_TERMS = 25;
  /** Entities of the source article that {@link #similar} looks for. */
  static final int MLT_ENTITIES = 20;

  private Query similarQuery(IndexSearcher searcher, Document doc) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(textAnalyzer);
    mlt.setFieldNames(new String[] {Schema.BODY});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    mlt.setMaxQueryTerms(MLT_TERMS);
    mlt.setBoost(true);
    String title = doc.get(Schema.TITLE);
    String body = doc.get(Schema.BODY);
    Query text = mlt.like(Schema.BODY,
        new java.io.StringReader(title == null ? "" : title), new java.io.StringReader(body));
    BooleanQuery.Builder entities = new BooleanQuery.Builder();
    List<Entity> byMentions = new ArrayList<>(ArticleDocuments.tagged(doc).entities());
    byMentions.sort(Comparator.comparingInt(Entity::mentionCount).reversed().thenComparing(Entity::key));
    int added = 0;
    for (Entity e : byMentions) {
      if (added == MLT_ENTITIES) {
        break;
      }
      if (Schema.keywordFits(e.key())) {
        entities.add(new TermQuery(new Term(Schema.keys(e.type()), e.key())), BooleanClause.Occur.SHOULD);
        added++;
      }
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.SHOULD)
        .add(new TermQuery(new Term(Schema.ID, doc.get(Schema.ID))), BooleanClause.Occur.MUST_NOT)
        .setMinimumNumberShouldMatch(1);
    if (added > 0) {
      b.add(entities.build(), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /**
   * Commits pending changes (unless read-only) and releases the index and its write lock. Calling
   * close again does nothing.
   */
  @Override
  public void close() throws IOException {
    synchronized (writeLock) {
      if (closed) {
        return;
      }
      closed = true;
      try {
        if (writer != null && writer.isOpen()) {
          writer.setLiveCommitData(commitData().entrySet());
          writer.commit();
        }
      } finally {
        IOUtils.close(searchers, writer, directory);
      }
    }
  }

  /** What queries may refer to beyond the index fields: entity keys and places by name. */
  private final class IndexLookup implements QueryFactory.Lookup {
    @Override
    public Set<String> keysNamed(EntityType type, String normalizedName) throws IOException {
      return read(searcher -> EntityNameKeys.keysNamed(searcher.getIndexReader(), type,
          normalizedName));
    }

    @Override
    public List<String> placeIds(String name) throws IOException {
      return read(searcher -> EntityStats.lookup(searcher, EntityType.LOCATION, name)
          .map(EntityInfo::key)
          .filter(QueryFactory::isPlaceId)
          .map(List::of)
          .orElse(List.of()));
    }
  }

  @Override
  public String toString() {
    return "ArticleIndex(" + path + (isReadOnly() ? ", read-only)" : ")");
  }

  private static List<EntitySummary> summaries(TaggedText tagged) {
    List<EntitySummary> summaries = new ArrayList<>(tagged.entities().size());
    for (Entity e : tagged.entities()) {
      summaries.add(new EntitySummary(e.type(), e.key(), e.name(), e.mentionCount()));
    }
    summaries.sort(
        Comparator.comparingInt(EntitySummary::mentions).reversed()
            .thenComparing(EntitySummary::name)
            .thenComparing(EntitySummary::type));
    return summaries;
  }

  /** A read against a searcher that sees every change made so far. */
  private interface Read<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T read(Read<T> read) throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return read.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  /** The top-level doc ids of the documents matching {@code query}. */
  private static FixedBitSet hits(IndexSearcher searcher, Query query) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    if (query instanceof MatchAllDocsQuery) {
      FixedBitSet all = new FixedBitSet(Math.max(1, reader.maxDoc()));
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        int maxDoc = leaf.reader().maxDoc();
        if (live == null) {
          all.set(leaf.docBase, leaf.docBase + maxDoc);
        } else {
          for (int doc = 0; doc < maxDoc; doc++) {
            if (live.get(doc)) {
              all.set(leaf.docBase + doc);
            }
          }
        }
      }
      return all;
    }
    return searcher.search(query, new BitSetCollectorManager(reader.maxDoc()));
  }

  /** Whether an article with this id exists, including unrefreshed changes; under writeLock. */
  private boolean exists(String id) throws IOException {
    Boolean state = pending.get(id);
    if (state != null) {
      return state;
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.count(new TermQuery(new Term(Schema.ID, id))) > 0;
    } finally {
      searchers.release(searcher);
    }
  }

  /** Records a change to {@code id}; under writeLock. */
  private void changed(String id, boolean exists) throws IOException {
    pending.put(id, exists);
    changes.incrementAndGet();
    if (pending.size() > MAX_PENDING_IDS) {
      refreshForWriter();
    }
  }

  /** Makes every change visible and forgets pending ids; under writeLock. */
  private void refreshForWriter() throws IOException {
    long target = changes.get();
    searchers.maybeRefreshBlocking();
    visibleChanges.accumulateAndGet(target, Math::max);
    pending.clear();
  }

  /** A searcher that sees every change made so far; release it with searchers.release. */
  private IndexSearcher acquire() throws IOException {
    ensureOpen();
    if (writer != null) {
      long target = changes.get();
      if (visibleChanges.get() < target) {
        searchers.maybeRefreshBlocking();
        visibleChanges.accumulateAndGet(target, Math::max);
      }
    } else {
      // Listing the directory is much cheaper than reading the latest commit, and reading the
      // directory's modification time (one stat) cheaper still: a commit renames a file into the
      // directory, which changes that time. A listing is skipped only while the time is the one
      // seen at the last listing and lies more than MODIFIED_MARGIN_MS before it, so that any
      // later change, however coarse the file system's clock, gets a different time.
      long now = System.currentTimeMillis();
      long modified = Files.getLastModifiedTime(path).toMillis();
      Listing last = listing;
      if (last == null || last.modified() != modified || last.at() - modified <= MODIFIED_MARGIN_MS) {
        long generation = SegmentInfos.getLastCommitGeneration(directory);
        if (generation != seenGeneration) {
          searchers.maybeRefreshBlocking();
          seenGeneration = generation;
        }
        listing = new Listing(modified, now);
      }
    }
    return searchers.acquire();
  }

  /** Read-only instances: the directory's modification time at the last listing, and when it began. */
  private record Listing(long modified, long at) {}

  private volatile Listing listing;

  /** Coarser than the modification-time resolution of any file system an index may live on. */
  private static final long MODIFIED_MARGIN_MS = 5_000;

  private void ensureOpen() {
    if (closed) {
      throw new AlreadyClosedException("index " + path + " is closed");
    }
  }

  private void ensureWritable() {
    ensureOpen();
    if (writer == null) {
      throw new IllegalStateException(
          "index " + path + " was opened read-only; open it with ArticleIndex.open to change it");
    }
  }
}
