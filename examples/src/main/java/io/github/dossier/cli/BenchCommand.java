package io.github.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dossier.Article;
import io.github.dossier.Entity;
import io.github.dossier.EntityTagger;
import io.github.dossier.EntityType;
import io.github.dossier.Mention;
import io.github.dossier.Sentence;
import io.github.dossier.TaggedText;
import io.github.dossier.analyzers.EnglishEntityTagger;
import io.github.dossier.index.ArticleIndex;
import io.github.dossier.index.ArticleQuery;
import io.github.dossier.index.CoOccurrenceLevel;
import io.github.dossier.index.CoOccurrences;
import io.github.dossier.index.DateInterval;
import io.github.dossier.index.EntityCount;
import io.github.dossier.index.EntityId;
import io.github.dossier.index.Hit;
import io.github.dossier.index.SearchResults;
import io.github.dossier.index.Timeline;
import io.github.dossier.index.TimelineSeries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dossier bench --corpus DIR --index DIR [--articles N] [--runs N] [--seed S]}: builds (once)
 * an index of varied synthetic articles from a news corpus and prints p50/p99 latencies of
 * Dossier's queries next to plain Lucene code computing the same answers on the same index.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark. Unless --index already holds an index, builds one of --articles synthetic articles",
      "from the JSON Lines news in --corpus: each article joins 2 to 7 paragraphs drawn at random",
      "from all corpus articles, dated at random between 2024-01-01 and 2026-08-31 (UTC), from a",
      "source drawn from the corpus sources and cited outlets. Paragraphs are tagged once each with",
      "the shipped English tagger and their entities merged per article. Then times each query",
      "--runs times (after as many warm-up runs, and at least --warm-up seconds), alternating with",
      "plain Lucene code computing the same answer on the same index (TermQuery/BooleanQuery,",
      "UnifiedHighlighter, SortedSetDocValuesFacetCounts, postings), checks that both answers agree,",
      "and prints p50/p99 latencies in milliseconds of both and the ratios of latency and CPU time."
    })
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Directory of *.jsonl news (id, title, date, source, text).")
  Path corpus;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory (built if it holds no index).")
  Path index;

  @Option(names = "--articles", defaultValue = "100000", paramLabel = "N", description = "Synthetic articles to build (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--runs", defaultValue = "200", paramLabel = "N", description = "Timed runs per query (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--warm-up", defaultValue = "3", paramLabel = "SECONDS",
      description = "Least warm-up time of each query, besides its --runs warm-up runs (default: ${DEFAULT-VALUE}).")
  double warmUpSeconds;

  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 8, 31);

  /** A paragraph of a corpus article. */
  private record Paragraph(String text, String title, List<String> sources) {}

  @Override
  public Integer call() throws Exception {
    if (!(warmUpSeconds >= 0)) {
      throw new IllegalArgumentException("--warm-up must be at least 0 seconds, got " + warmUpSeconds);
    }
    PrintWriter out = spec.commandLine().getOut();
    boolean exists = Files.isDirectory(index) && DirectoryReader.indexExists(FSDirectory.open(index));
    if (!exists) {
      build(out);
    } else {
      out.printf("using the existing index in %s%n", index);
    }
    measure(out);
    return 0;
  }

  private void build(PrintWriter out) throws IOException {
    long t0 = System.nanoTime();
    List<Paragraph> paragraphs = readParagraphs();
    out.printf("%d paragraphs read from %s%n", paragraphs.size(), corpus);
    out.flush();
    EntityTagger tagger = EnglishEntityTagger.create();
    TaggedText[] tagged = new TaggedText[paragraphs.size()];
    long tagStart = System.nanoTime();
    for (int i = 0; i < tagged.length; i++) {
      tagged[i] = tagger.tag(paragraphs.get(i).text());
    }
    out.printf("tagged in %.1f s%n", (System.nanoTime() - tagStart) / 1e9);
    out.flush();
    SplittableRandom random = new SplittableRandom(seed);
    long days = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1;
    long indexStart = System.nanoTime();
    try (ArticleIndex writer = ArticleIndex.open(index, text -> {
      throw new IllegalStateException("the bench supplies tagged text");
    })) {
      for (int n = 0; n < articles; n++) {
        int count = 2 + random.nextInt(6);
        int[] picks = new int[count];
        for (int k = 0; k < count; k++) {
          picks[k] = random.nextInt(paragraphs.size());
        }
        Paragraph first = paragraphs.get(picks[0]);
        StringBuilder body = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (int k = 0; k < count; k++) {
          if (k > 0) {
            body.append("\n\n");
          }
          append(body.length(), sentences.size(), tagged[picks[k]], sentences, entities);
          body.append(paragraphs.get(picks[k]).text());
        }
        Instant published = FIRST_DAY.plusDays(random.nextLong(days)).atStartOfDay(ZoneOffset.UTC)
            .toInstant().plusSeconds(random.nextInt(86_400));
        Article article = Article.builder(String.format(Locale.ROOT, "bench-%07d", n), body.toString())
            .title(first.title())
            .source(first.sources().get(random.nextInt(first.sources().size())))
            .published(published)
            .build();
        writer.add(article, new TaggedText(sentences, List.copyOf(entities.values())));
        if (n % 20_000 == 19_999) {
          out.printf("  %d articles indexed (%.0f s)%n", n + 1, (System.nanoTime() - indexStart) / 1e9);
          out.flush();
        }
      }
      writer.commit();
    }
    out.printf("%d articles indexed in %.1f s (total build %.1f s)%n", articles,
        (System.nanoTime() - indexStart) / 1e9, (System.nanoTime() - t0) / 1e9);
    out.flush();
  }

  /** Adds a paragraph's sentences and entities, shifted to where it starts in the article. */
  private static void append(int offset, int sentenceBase, TaggedText tagged, List<Sentence> sentences,
      Map<String, Entity> entities) {
    for (Sentence s : tagged.sentences()) {
      sentences.add(new Sentence(s.start() + offset, s.end() + offset));
    }
    for (Entity e : tagged.entities()) {
      List<Mention> shifted = new ArrayList<>();
      for (Mention m : e.mentions()) {
        shifted.add(new Mention(m.text(), m.start() + offset, m.end() + offset, m.sentence() + sentenceBase));
      }
      String id = e.type() + ":" + e.key();
      Entity before = entities.get(id);
      if (before != null) {
        shifted.addAll(0, before.mentions());
        entities.put(id, new Entity(e.key(), before.name(), e.type(), shifted));
      } else {
        entities.put(id, new Entity(e.key(), e.name(), e.type(), shifted));
      }
    }
  }

  private List<Paragraph> readParagraphs() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(corpus)) {
      files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no .jsonl files in " + corpus);
    }
    List<Paragraph> paragraphs = new ArrayList<>();
    for (Path file : files) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode record = Json.MAPPER.readTree(line);
          List<String> sources = new ArrayList<>();
          if (record.hasNonNull("source")) {
            sources.add(record.get("source").asText());
          }
          if (record.has("cited_outlets")) {
            record.get("cited_outlets").forEach(o -> sources.add(o.asText()));
          }
          if (sources.isEmpty()) {
            sources.add("unknown");
          }
          String title = record.path("title").asText("");
          for (String p : record.path("text").asText("").split("\n\\s*\n")) {
            if (!p.isBlank()) {
              paragraphs.add(new Paragraph(p.strip(), title, sources));
            }
          }
        }
      }
    }
    return paragraphs;
  }

  /** One timed query. */
  @FunctionalInterface
  private interface Task {
    Object run(int i) throws IOException;
  }

  /** What a Dossier result and the plain Lucene result of the same run have in common. */
  @FunctionalInterface
  private interface Answer {
    Object of(Object result);
  }

  /** The fields a hit shows besides its snippet: Dossier reads the same ones (and the body once). */
  private static final Set<String> HIT_FIELDS =
      Set.of("id", "title", "source", "url", "published", "tagged");

  private void measure(PrintWriter out) throws IOException {
    try (ArticleIndex dossier = ArticleIndex.openReadOnly(index);
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher lucene = new IndexSearcher(reader);
      out.printf("index: %d articles in %d segments, %d deleted; %d runs per query after %d warm-up runs (at least %s s)%n",
          reader.numDocs(), reader.leaves().size(), reader.numDeletedDocs(), runs, runs, warmUpSeconds);
      Analyzer english = new EnglishAnalyzer();
      String[] words = {"election", "president", "government", "police", "minister", "attack",
          "court", "protest", "earthquake", "economy", "vote", "military", "health", "fire",
          "parliament", "killed", "agreement", "storm", "trade", "border"};
      String[] stems = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        stems[i] = analyse(english, words[i]);
      }
      List<EntityCount> people = dossier.topEntities(EntityType.PERSON, null, 20);
      if (people.isEmpty()) {
        throw new IllegalArgumentException("the index names no person; the entity queries cannot be timed");
      }
      int np = Math.min(5, people.size());
      List<EntityCount> surnamed = people.stream()
          .filter(p -> p.name().matches("[A-Za-z .'-]+ [A-Za-z]+")).toList();
      String[] surnames = (surnamed.isEmpty() ? people : surnamed).stream()
          .map(p -> p.name().substring(p.name().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))
          .toArray(String[]::new);
      out.printf("frequent people: %s%n", people.stream().limit(5)
          .map(p -> p.name() + " (" + p.articles() + " articles)").toList());
      // a window of about 10,000 articles, whatever the index size (dates span 974 days)
      long windowDays = Math.max(1, Math.round(10_000.0 * (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1)
          / Math.max(1, reader.numDocs())));

      // Per-reader state built once before timing, like the caches Dossier builds once per reader:
      // Lucene's sorted-set facet state of each entity type, and the counts over all articles.
      FacetsConfig config = new FacetsConfig();
      Map<EntityType, SortedSetDocValuesReaderState> states = new EnumMap<>(EntityType.class);
      Map<EntityType, Facets> everywhere = new EnumMap<>(EntityType.class);
      Map<EntityType, Map<String, Integer>> articlesOfKey = new EnumMap<>(EntityType.class);
      FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
      for (EntityType t : EntityType.values()) {
        if (fields.fieldInfo(t.field() + ".facet") != null) {
          SortedSetDocValuesReaderState state =
              new DefaultSortedSetDocValuesReaderState(reader, t.field() + ".facet", config);
          states.put(t, state);
          Facets all = new SortedSetDocValuesFacetCounts(state);
          everywhere.put(t, all);
          Map<String, Integer> counts = new HashMap<>();
          for (FacetResult dim : all.getAllDims(1)) {
            counts.put(dim.dim, dim.value.intValue());
          }
          articlesOfKey.put(t, counts);
        }
      }
      UnifiedHighlighter highlighter = highlighter(lucene, english);

      out.printf("%nEach row: the same answer computed through Dossier's public API and with plain Lucene on the same index.%n");
      out.printf("(p50 ratio: of the latencies; CPU ratio: of the median CPU time of the benchmark thread)%n");
      out.printf("%-52s %21s %21s %9s %9s %s%n", "query", "Dossier p50 / p99 ms", "Lucene p50 / p99 ms",
          "p50 ratio", "CPU ratio", "answers");
      Answer searchAnswer = r -> r instanceof SearchResults s
          ? List.of(s.total(), s.hits().stream().map(Hit::id).toList())
          : List.of(((LuceneHits) r).total(), ((LuceneHits) r).ids());
      compare(out, "text query: top 10 + exact total + snippets",
          i -> dossier.search(words[i % words.length], 10),
          i -> luceneHits(lucene, highlighter, text(stems[i % stems.length])),
          searchAnswer);
      compare(out, "text query, count only",
          i -> dossier.search(words[i % words.length], 0),
          i -> lucene.count(text(stems[i % stems.length])),
          r -> r instanceof SearchResults s ? s.total() : ((Integer) r).longValue());
      compare(out, "person filter + text: top 10 + total + snippets",
          i -> dossier.search("person:" + surnames[i % surnames.length] + " " + words[i % words.length], 10),
          i -> {
            Query q = new BooleanQuery.Builder()
                .add(text(stems[i % stems.length]), Occur.MUST)
                .add(new TermQuery(new Term("person.names", surnames[i % surnames.length])), Occur.MUST)
                .build();
            return luceneHits(lucene, highlighter, q);
          },
          searchAnswer);
      compare(out, "top-20 persons over ~10,000 hits (+ mentions)",
          i -> dossier.topEntities(EntityType.PERSON, window(i, windowDays), 20),
          i -> {
            long[] range = windowMillis(i, windowDays);
            FacetsCollector fc = lucene.search(
                LongPoint.newRangeQuery("published", range[0], range[1]), new FacetsCollectorManager());
            return topEntities(reader, states.get(EntityType.PERSON), fc, "person.key", 20);
          },
          r -> untied(((List<?>) r).stream().map(c -> c instanceof EntityCount e
              ? List.<Object>of(e.key(), e.name(), e.articles(), e.mentions())
              : List.<Object>of(((KeyCount) c).key(), ((KeyCount) c).name(), ((KeyCount) c).articles(),
                  ((KeyCount) c).mentions())).toList()));
      compare(out, "co-occurrence of a frequent person (top 20 by G²)",
          i -> dossier.cooccurrences(people.get(i % np).id(), ArticleQuery.all(), CoOccurrenceLevel.ARTICLE, 20),
          i -> {
            EntityCount p = people.get(i % np);
            FacetsCollector fc = lucene.search(new TermQuery(new Term("person.key", p.key())),
                new FacetsCollectorManager());
            return cooccurrences(reader.numDocs(), states, articlesOfKey, fc, p, 20);
          },
          r -> r instanceof CoOccurrences c
              ? c.associations().stream().map(a -> List.of(a.entity().key(), a.name(), a.together(), a.occurrences())).toList()
              : ((List<?>) r).stream().map(x -> {
                Associated a = (Associated) x;
                return List.of(a.key(), a.name(), a.together(), a.occurrences());
              }).toList());
      LongRange[] months = new LongRange[12];
      for (int m = 0; m < 12; m++) {
        LocalDate start = LocalDate.of(2025, m + 1, 1);
        months[m] = new LongRange(start.toString(), millis(start), true, millis(start.plusMonths(1)), false);
      }
      compare(out, "12-month timeline of a frequent person (+ mentions)",
          i -> dossier.timeline(List.of(people.get(i % np).id()), ArticleQuery.all(), DateInterval.MONTH,
              Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-12-31T23:59:59.999Z")),
          i -> timeline(lucene, everywhere.get(EntityType.PERSON), people.get(i % np).key(), months),
          r -> {
            if (r instanceof Timeline t) {
              TimelineSeries s = t.series().get(0);
              return List.of(s.name(), s.points().stream().map(x -> List.of(x.articles(), x.mentions())).toList());
            }
            LuceneTimeline l = (LuceneTimeline) r;
            List<List<Long>> points = new ArrayList<>();
            for (int m = 0; m < l.articles().length; m++) {
              points.add(List.of(l.articles()[m], l.mentions()[m]));
            }
            return List.of(l.name(), points);
          });

      out.printf("%nFor reference only (the Lucene column does less, so the ratio is not Dossier's overhead):%n");
      compare(out, "text top 10; Lucene: id+title, no snippets/total",
          i -> dossier.search(words[i % words.length], 10),
          i -> topTen(lucene, text(stems[i % stems.length])),
          null);
      EntityId top = people.get(0).id();
      compare(out, "mentions in context of a person (50 sentences)",
          i -> dossier.mentions(people.get(i % np).id(), ArticleQuery.all(), 50),
          i -> lucene.search(new TermQuery(new Term("person.key", people.get(i % np).key())), 50),
          null);
      out.printf("(mentions: the Lucene column only finds the articles; Dossier reads and splits them too; top person %s)%n", top);
    }
    out.flush();
  }

  /** The hits of a plain Lucene search: exact total, ids and snippets. */
  private record LuceneHits(long total, List<String> ids, String[] snippets) {}

  /**
   * Plain Lucene doing what {@link ArticleIndex#search} returns: the best 10 hits with their
   * exact total (counted separately when the collector stopped counting at 1,000, as Dossier
   * does), the displayed stored fields of each, and a highlighted snippet of the body.
   */
  private static LuceneHits luceneHits(IndexSearcher lucene, UnifiedHighlighter highlighter, Query q)
      throws IOException {
    TopDocs top = lucene.search(q, new TopScoreDocCollectorManager(10, null, 1000));
    long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : lucene.count(q);
    List<String> ids = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      ids.add(lucene.storedFields().document(sd.doc, HIT_FIELDS).get("id"));
    }
    return new LuceneHits(total, ids, highlighter.highlight("body", q, top, 1));
  }

  /**
   * A highlighter with the settings Dossier uses, so that both columns make the same passages:
   * about 160 characters at sentence boundaries, matches marked « », the whole body analysed.
   */
  private static UnifiedHighlighter highlighter(IndexSearcher lucene, Analyzer english) {
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    return UnifiedHighlighter.builder(lucene, english)
        .withMaxLength(Integer.MAX_VALUE - 1)
        .withMaxNoHighlightPassages(0)
        .withFormatter(new DefaultPassageFormatter(Hit.HIGHLIGHT_START, Hit.HIGHLIGHT_END, "…", false))
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            (BreakIterator) sentences.clone(), 160, 0.5f))
        .build();
  }

  /** An entity counted with plain Lucene. */
  private record KeyCount(String key, String name, long articles, long mentions) {}

  /**
   * Plain Lucene doing what {@link ArticleIndex#topEntities} returns: the top {@code n} keys by
   * articles from the sorted-set facet counts (dimension = key, child = display name), then the
   * mentions of each from the term frequencies of its postings among the hits.
   */
  private static List<KeyCount> topEntities(DirectoryReader reader, SortedSetDocValuesReaderState state,
      FacetsCollector fc, String keyField, int n) throws IOException {
    List<FacetResult> dims = new SortedSetDocValuesFacetCounts(state, fc).getTopDims(n, 1);
    List<KeyCount> top = new ArrayList<>(dims.size());
    for (FacetResult dim : dims) {
      long mentions = 0;
      for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
        if (md.totalHits == 0) {
          continue;
        }
        Terms terms = md.context.reader().terms(keyField);
        TermsEnum te = terms == null ? null : terms.iterator();
        if (te == null || !te.seekExact(new BytesRef(dim.dim))) {
          continue;
        }
        PostingsEnum postings = te.postings(null, PostingsEnum.FREQS);
        DocIdSetIterator both = ConjunctionUtils.intersectIterators(List.of(postings, md.bits.iterator()));
        for (int doc = both.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = both.nextDoc()) {
          mentions += postings.freq();
        }
      }
      top.add(new KeyCount(dim.dim, dim.labelValues[0].label, dim.value.longValue(), mentions));
    }
    top.sort(Comparator.comparingLong(KeyCount::articles).reversed()
        .thenComparing(Comparator.comparingLong(KeyCount::mentions).reversed())
        .thenComparing(KeyCount::name)
        .thenComparing(KeyCount::key));
    return top;
  }

  /**
   * The entities of a top list ranked above those tied (by articles) with the last one, and that
   * article count: Dossier breaks the tie by mentions, Lucene's facets by their own order, so the
   * two lists may end with different entities of the same count.
   */
  private static List<Object> untied(List<List<Object>> top) {
    if (top.isEmpty()) {
      return List.of();
    }
    Object last = top.get(top.size() - 1).get(2);
    List<Object> untied = new ArrayList<>(top.stream().filter(c -> !c.get(2).equals(last)).toList());
    untied.add(last);
    return untied;
  }

  /** An entity co-occurring with the target, counted with plain Lucene. */
  private record Associated(String key, String name, long together, long occurrences, double g2) {}

  /**
   * Plain Lucene doing what {@link ArticleIndex#cooccurrences} returns at article level: the
   * facet counts of every entity (of every type) over the articles naming the target, each
   * scored against its count over all articles (computed once, before timing) with Dunning's
   * log-likelihood ratio; the best {@code n}.
   */
  private static List<Associated> cooccurrences(long units, Map<EntityType, SortedSetDocValuesReaderState> states,
      Map<EntityType, Map<String, Integer>> articlesOfKey, FacetsCollector fc, EntityCount target, int n)
      throws IOException {
    long a = 0;
    for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
      a += md.totalHits;
    }
    List<Associated> all = new ArrayList<>();
    for (Map.Entry<EntityType, SortedSetDocValuesReaderState> e : states.entrySet()) {
      Map<String, Integer> background = articlesOfKey.get(e.getKey());
      for (FacetResult dim : new SortedSetDocValuesFacetCounts(e.getValue(), fc).getAllDims(1)) {
        if (e.getKey() == target.type() && dim.dim.equals(target.key())) {
          continue;
        }
        long k = dim.value.longValue();
        long b = background.get(dim.dim);
        all.add(new Associated(dim.dim, dim.labelValues[0].label, k, b, logLikelihood(k, a, b, units)));
      }
    }
    all.sort(Comparator.comparingDouble(Associated::g2).reversed()
        .thenComparing(Comparator.comparingLong(Associated::together).reversed())
        .thenComparing(Associated::key));
    return all.subList(0, Math.min(n, all.size()));
  }

  /** Dunning's signed log-likelihood ratio of a 2×2 table, as Dossier's Association defines it. */
  private static double logLikelihood(long k, long a, long b, long n) {
    double e11 = (double) a * b / n;
    double g2 = 2 * (g2Term(k, e11) + g2Term(a - k, (double) a * (n - b) / n)
        + g2Term(b - k, (double) (n - a) * b / n) + g2Term(n - a - b + k, (double) (n - a) * (n - b) / n));
    return k < e11 ? -Math.max(0, g2) : Math.max(0, g2);
  }

  private static double g2Term(double observed, double expected) {
    return observed <= 0 || expected <= 0 ? 0 : observed * Math.log(observed / expected);
  }

  /** A timeline computed with plain Lucene. */
  private record LuceneTimeline(String name, long[] articles, long[] mentions) {}

  /**
   * Plain Lucene doing what {@link ArticleIndex#timeline} returns: per month, the articles naming
   * the entity and their mentions (postings with term frequencies, dates from doc values), and
   * the entity's display name from the facet counts over all articles (computed once).
   */
  private static LuceneTimeline timeline(IndexSearcher lucene, Facets everywhere, String key, LongRange[] months)
      throws IOException {
    long[] articles = new long[months.length];
    long[] mentions = new long[months.length];
    BytesRef term = new BytesRef(key);
    for (LeafReaderContext leaf : lucene.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms("person.key");
      TermsEnum te = terms == null ? null : terms.iterator();
      if (te == null || !te.seekExact(term)) {
        continue;
      }
      PostingsEnum postings = te.postings(null, PostingsEnum.FREQS);
      NumericDocValues published = DocValues.getNumeric(leaf.reader(), "published");
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if ((live == null || live.get(doc)) && published.advanceExact(doc)) {
          long millis = published.longValue();
          for (int m = 0; m < months.length; m++) {
            if (months[m].accept(millis)) {
              articles[m]++;
              mentions[m] += postings.freq();
              break;
            }
          }
        }
      }
    }
    String name = everywhere.getTopChildren(1, key).labelValues[0].label;
    return new LuceneTimeline(name, articles, mentions);
  }

  private static long millis(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  private static long[] windowMillis(int i, long windowDays) {
    LocalDate start = FIRST_DAY.plusDays((i * 37L) % 600);
    return new long[] {millis(start), millis(start.plusDays(windowDays)) - 1};
  }

  private static String window(int i, long windowDays) {
    LocalDate start = FIRST_DAY.plusDays((i * 37L) % 600);
    return "date:[" + start + " TO " + start.plusDays(windowDays - 1) + "]";
  }

  /** The best 10 hits of {@code q}, loading the stored id and title of each. */
  private static TopDocs topTen(IndexSearcher lucene, Query q) throws IOException {
    TopDocs top = lucene.search(q, 10);
    for (ScoreDoc sd : top.scoreDocs) {
      lucene.storedFields().document(sd.doc, java.util.Set.of("id", "title"));
    }
    return top;
  }

  private static Query text(String stem) {
    return new BooleanQuery.Builder()
        .add(new BoostQuery(new TermQuery(new Term("title", stem)), 2f), Occur.SHOULD)
        .add(new TermQuery(new Term("body", stem)), Occur.SHOULD)
        .build();
  }

  private static String analyse(Analyzer analyzer, String word) throws IOException {
    try (TokenStream ts = analyzer.tokenStream("body", word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String result = ts.incrementToken() ? term.toString() : word;
      ts.end();
      return result;
    }
  }

  private void compare(PrintWriter out, String name, Task dossier, Task lucene, Answer answer)
      throws IOException {
    String agree = "";
    if (answer != null) {
      agree = "same";
      for (int i = 0; i < 10; i++) {
        Object d = answer.of(dossier.run(i));
        Object l = answer.of(lucene.run(i));
        if (!d.equals(l)) {
          agree = "DIFFERENT (run " + i + ": Dossier " + d + ", Lucene " + l + ")";
          break;
        }
      }
    }
    double[][] times = time(dossier, lucene);
    double[] d = times[0];
    double[] l = times[1];
    out.printf("%-52s %9.2f / %9.2f %9.2f / %9.2f %9.2f %9.2f %s%n", name, d[0], d[1], l[0], l[1], d[0] / l[0],
        d[2] / l[2], agree);
    out.flush();
  }

  /**
   * p50 and p99 in milliseconds of {@code runs} runs of each task, after {@code runs} warm-up runs
   * of each and for at least {@code --warm-up} seconds (on a busy machine the JIT compiler threads
   * get little CPU, and a few hundred runs may end before the code of one side is compiled), then the p50 of the CPU time the thread spent in each run. The two tasks alternate,
   * so that both are compiled by the JIT by the same time and load from other processes falls on
   * both alike, and take turns going first, as the second run of the same query finds its index
   * data in the CPU caches; CPU time is not inflated when other processes take the cores.
   */
  private double[][] time(Task first, Task second) throws IOException {
    long warmUpEnd = System.nanoTime() + (long) (warmUpSeconds * 1e9);
    for (int i = 0; i < runs || System.nanoTime() < warmUpEnd; i++) {
      (i % 2 == 0 ? first : second).run(i);
      (i % 2 == 0 ? second : first).run(i);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[][] nanos = new long[2][runs];
    long[][] cpu = new long[2][runs];
    Task[] tasks = {first, second};
    for (int i = 0; i < runs; i++) {
      for (int k = 0; k < 2; k++) {
        int t = (i + k) % 2; // each goes first every other time: the second finds the data in the CPU caches
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        tasks[t].run(i);
        nanos[t][i] = System.nanoTime() - start;
        cpu[t][i] = threads.getCurrentThreadCpuTime() - cpuStart;
      }
    }
    double[][] result = new double[2][];
    for (int t = 0; t < 2; t++) {
      Arrays.sort(nanos[t]);
      Arrays.sort(cpu[t]);
      result[t] = new double[] {nanos[t][runs / 2] / 1e6,
          nanos[t][Math.min(runs - 1, (int) Math.ceil(runs * 0.99) - 1)] / 1e6, cpu[t][runs / 2] / 1e6};
    }
    return result;
  }


}
