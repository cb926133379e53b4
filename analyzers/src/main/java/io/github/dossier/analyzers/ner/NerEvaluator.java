package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import opennlp.tools.util.Span;

/**
 * Evaluates a {@link NerModel}, or any other {@link SentenceNameFinder}, on a gold corpus: CoNLL
 * exact-span precision, recall and F1 per type (PER, LOC, ORG) and micro-averaged, the same at
 * document level (distinct names per document, see {@link EntitySetScorer}), plus single-thread
 * tagging speed. Every system is given the gold tokens themselves, so systems scored
 * on the same file are compared on identical tokenization.
 *
 * <p>In {@link Mode#SENTENCES} mode the finder forgets everything before each sentence; in {@link
 * Mode#DOCUMENTS} mode it is cleared only at document starts, so earlier sentences of a document
 * inform later ones. Files without document boundaries (tweets) are one document per sentence
 * unless the {@link CorpusSpec} says otherwise. Speed is measured with one finder on one thread:
 * after the scoring pass, the file is tagged untimed (JIT warm-up) until the tagging thread has
 * used at least the minimum warm-up time ({@link #DEFAULT_WARM_UP} unless given) of CPU time, no
 * pass over the file has been more than 2 % faster (in CPU time) than the fastest before it for
 * two seconds and the JIT compilers have compiled nothing for two seconds, or at most three times
 * the minimum plus 20 s; then it is timed pass by pass for at least five passes and three seconds (0.3 times the minimum
 * warm-up if that is shorter), and the median pass counts (a burst of load from another process slows one pass, not the median). (The JIT keeps speeding Dossier's tagger and Stanford's CRF up for several
 * seconds, in steps: after 5 s both still ran at a quarter of their speed after 10 s.) Counting CPU time keeps the warm-up complete when other
 * processes share the machine and the JIT compiler threads fall behind.
 */
public final class NerEvaluator {

  /** The entity types scored, in report order. */
  public static final List<String> TYPES = List.of("PER", "LOC", "ORG");

  /** How much context the finder keeps while tagging. */
  public enum Mode {
    /** Every sentence alone. */
    SENTENCES,
    /** Every document as a whole. */
    DOCUMENTS;

    /** {@code sentences} or {@code documents}, as used in reports. */
    public String label() {
      return this == SENTENCES ? "sentences" : "documents";
    }
  }

  /**
   * One evaluation result.
   *
   * @param file the corpus spec evaluated (path and options)
   * @param mode sentence or document mode
   * @param documents documents tagged
   * @param sentences sentences tagged
   * @param tokens tokens tagged
   * @param types the score of each of PER, LOC, ORG (in that order)
   * @param micro the micro-averaged score over the three types
   * @param documentTypes the document-level score of each of PER, LOC, ORG: per document, the
   *     distinct (type, name) pairs found against the gold ones (see {@link EntitySetScorer}),
   *     in either mode
   * @param documentMicro the document-level score micro-averaged over the three types
   * @param tokensPerSecond single-thread tagging speed after warm-up, by the wall clock
   * @param tokensPerCpuSecond the same passes per second of the tagging thread's CPU time (the
   *     wall clock where the JVM does not measure thread CPU time): unlike the wall clock, barely
   *     moved by other processes loading the machine, so systems timed in different runs compare
   */
  public record Evaluation(
      String file,
      Mode mode,
      int documents,
      int sentences,
      long tokens,
      Map<String, Score> types,
      Score micro,
      Map<String, Score> documentTypes,
      Score documentMicro,
      double tokensPerSecond,
      double tokensPerCpuSecond) {

    /** Copies the type map. */
    public Evaluation {
      checkNotNull(file, "file");
      checkNotNull(mode, "mode");
      types = ImmutableMap.copyOf(types);
      checkNotNull(micro, "micro");
      documentTypes = ImmutableMap.copyOf(documentTypes);
      checkNotNull(documentMicro, "document-level micro");
    }
  }

  /**
   * The timed passes over a file last at least this long, or 0.3 times the minimum warm-up if that
   * is shorter, and number at least {@link #MIN_TIMED_PASSES}.
   */
  private static final long MIN_TIMED_NANOS = 3_000_000_000L;
  private static final int MIN_TIMED_PASSES = 5;
  /** The minimum JIT warm-up of the tagging thread, in CPU time, before speed is measured. */
  public static final Duration DEFAULT_WARM_UP = Duration.ofSeconds(10);

  private static final long PLATEAU_NANOS = 2_000_000_000L;
  private static final double MIN_SPEED_UP = 0.02;
  private static final long EXTRA_WARM_UP_NANOS = 20_000_000_000L;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private NerEvaluator() {}

  /** Reads the corpus described by {@code spec} and evaluates the model on it. */
  public static Evaluation evaluate(NerModel model, CorpusSpec spec, Mode mode) throws IOException {
    checkNotNull(model, "model");
    return evaluate(model::newFinder, spec, mode);
  }

  /**
   * Evaluates the model on already-read documents.
   *
   * @param model the model
   * @param name the name reported as {@link Evaluation#file()}
   * @param documents gold documents, at least one sentence in total
   * @param mode sentence or document mode
   */
  public static Evaluation evaluate(NerModel model, String name, List<NerDocument> documents, Mode mode) {
    checkNotNull(model, "model");
    return evaluate(model::newFinder, name, documents, mode);
  }

  /**
   * Reads the corpus described by {@code spec} and evaluates the finders that {@code finders}
   * makes on it.
   *
   * @param finders makes a fresh finder for the scoring pass and another for the timing pass
   */
  public static Evaluation evaluate(Supplier<? extends SentenceNameFinder> finders, CorpusSpec spec, Mode mode)
      throws IOException {
    checkNotNull(spec, "corpus spec");
    return evaluate(finders, spec.toString(), spec.read(), mode);
  }

  /**
   * Evaluates any name finder on already-read documents: one finder tags every gold sentence's
   * tokens (cleared at every document start, and before every sentence in {@link Mode#SENTENCES}
   * mode) and its spans are scored against the gold spans; a second finder is then timed.
   *
   * @param finders makes a fresh finder for the scoring pass and another for the timing pass;
   *     must not return null
   * @param name the name reported as {@link Evaluation#file()}
   * @param documents gold documents, at least one sentence in total
   * @param mode sentence or document mode
   * @throws IllegalArgumentException if the documents hold no sentence
   * @throws NullPointerException if the supplier returns null or a finder returns null spans
   */
  public static Evaluation evaluate(
      Supplier<? extends SentenceNameFinder> finders, String name, List<NerDocument> documents, Mode mode) {
    return evaluate(finders, name, documents, mode, DEFAULT_WARM_UP);
  }

  /**
   * Like {@link #evaluate(Supplier, String, List, Mode)}, with another minimum warm-up before the
   * speed is measured (zero when only the scores matter).
   *
   * @param minWarmUp the least CPU time the tagging thread spends warming up; not negative
   * @throws IllegalArgumentException if the documents hold no sentence or the warm-up is negative
   */
  public static Evaluation evaluate(
      Supplier<? extends SentenceNameFinder> finders, String name, List<NerDocument> documents, Mode mode,
      Duration minWarmUp) {
    checkNotNull(minWarmUp, "minWarmUp");
    checkArgument(!minWarmUp.isNegative(), "the warm-up must not be negative, got %s", minWarmUp);
    checkNotNull(finders, "finders");
    checkNotNull(name, "name");
    checkNotNull(documents, "documents");
    checkNotNull(mode, "mode");
    SentenceNameFinder finder = newFinder(finders);
    SpanScorer scorer = new SpanScorer(TYPES);
    EntitySetScorer entitySets = new EntitySetScorer(TYPES);
    int sentences = 0;
    long tokens = 0;
    for (NerDocument doc : documents) {
      finder.clear();
      for (NerSentence s : doc.sentences()) {
        if (mode == Mode.SENTENCES) {
          finder.clear();
        }
        Span[] predicted = finder.find(s.tokenArray());
        checkNotNull(predicted, "name finder %s returned null spans", finder);
        scorer.add(s.spans(), predicted);
        entitySets.add(s.tokenArray(), s.spans(), predicted);
        sentences++;
        tokens += s.size();
      }
      entitySets.endDocument();
    }
    checkArgument(sentences > 0, "corpus %s has no sentence to evaluate", name);
    double[] speed = timeTagging(newFinder(finders), documents, mode, tokens, minWarmUp.toNanos());
    Map<String, Score> types = scoredTypes(scorer.byType());
    Map<String, Score> documentTypes = scoredTypes(entitySets.byType());
    return new Evaluation(name, mode, documents.size(), sentences, tokens, types, micro(types), documentTypes,
        micro(documentTypes), speed[0], speed[1]);
  }

  /** The scores of {@link #TYPES} alone, in that order (gold MISC and other types are ignored). */
  private static Map<String, Score> scoredTypes(Map<String, Score> byType) {
    ImmutableMap.Builder<String, Score> types = ImmutableMap.builder();
    for (String t : TYPES) {
      types.put(t, byType.get(t));
    }
    return types.build();
  }

  private static Score micro(Map<String, Score> types) {
    Score micro = new Score(0, 0, 0);
    for (Score s : types.values()) {
      micro = micro.plus(s);
    }
    return micro;
  }

  private static SentenceNameFinder newFinder(Supplier<? extends SentenceNameFinder> finders) {
    return checkNotNull(finders.get(), "the name finder supplier returned null");
  }

  /** Tokens per wall-clock second and per CPU second of this thread, after warm-up. */
  private static double[] timeTagging(
      SentenceNameFinder finder, List<NerDocument> documents, Mode mode, long tokens, long minWarmUpNanos) {
    String[][] arrays = documents.stream()
        .flatMap(d -> d.sentences().stream())
        .map(NerSentence::tokenArray)
        .toArray(String[][]::new);
    // Untimed passes until the JIT has compiled the hot path (see the class comment), then timed
    // passes over the whole file.
    long sink = 0;
    long warmUpStart = warmUpClock();
    long bestPass = Long.MAX_VALUE;
    long lastImprovement = warmUpStart;
    long lastCompilation = warmUpStart;
    long compiled = compilationMillis();
    while (true) {
      long passStart = warmUpClock();
      sink += tagAll(finder, documents, mode, arrays);
      long now = warmUpClock();
      long pass = now - passStart;
      if (pass < bestPass * (1 - MIN_SPEED_UP)) {
        lastImprovement = now;
      }
      bestPass = Math.min(bestPass, pass);
      long compiledNow = compilationMillis();
      if (compiledNow != compiled) {
        compiled = compiledNow;
        lastCompilation = now;
      }
      long spent = now - warmUpStart;
      boolean settled = now - lastImprovement >= PLATEAU_NANOS && now - lastCompilation >= PLATEAU_NANOS;
      if (spent >= 3 * minWarmUpNanos + EXTRA_WARM_UP_NANOS || spent >= minWarmUpNanos && settled) {
        break;
      }
    }
    // Timed passes: each pass's wall-clock and CPU time is recorded and the medians count, so a
    // burst of load from another process during one pass does not move the figure.
    List<Long> walls = new ArrayList<>();
    List<Long> cpus = new ArrayList<>();
    long minTimed = Math.min(MIN_TIMED_NANOS, (long) (0.3 * minWarmUpNanos));
    long elapsed = 0;
    while (elapsed < minTimed || walls.size() < MIN_TIMED_PASSES) {
      long start = System.nanoTime();
      long cpuStart = warmUpClock();
      sink += tagAll(finder, documents, mode, arrays);
      long cpu = warmUpClock() - cpuStart;
      long wall = System.nanoTime() - start;
      walls.add(wall);
      cpus.add(cpu);
      elapsed += wall;
    }
    return sink >= 0
        ? new double[] {tokens / (median(walls) / 1e9), tokens / (Math.max(median(cpus), 1) / 1e9)}
        : new double[2];
  }

  /** The median of {@code values} (the mean of the middle two for an even count); not empty. */
  static double median(List<Long> values) {
    long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  /** The JIT compilers' total time so far, or 0 where the JVM does not measure it. */
  private static long compilationMillis() {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
  }

  /** The current thread's CPU time, or the wall clock where the JVM does not measure it. */
  private static long warmUpClock() {
    return THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled()
        ? THREADS.getCurrentThreadCpuTime()
        : System.nanoTime();
  }

  private static long tagAll(SentenceNameFinder finder, List<NerDocument> documents, Mode mode, String[][] arrays) {
    long found = 0;
    int k = 0;
    for (NerDocument doc : documents) {
      finder.clear();
      for (int i = 0; i < doc.sentences().size(); i++) {
        if (mode == Mode.SENTENCES) {
          finder.clear();
        }
        found += finder.find(arrays[k++]).length;
      }
    }
    return found;
  }
}
