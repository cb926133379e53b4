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
import java.util.concurrent.atomic.AtomicLong;
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
 * processes share the machine and the JIT compiler threads fall behind. Systems compared on one
 * file with {@link #evaluateTogether} take turns in their timed passes, so that their speeds are
 * measured under the same load.
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
  /** Keeps the untimed and timed passes' results alive so that the JIT cannot drop the tagging. */
  private static final AtomicLong SINK = new AtomicLong();

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
    checkNotNull(finders, "finders");
    return evaluateTogether(List.of(finders), name, documents, mode, minWarmUp).get(0);
  }

  /**
   * Evaluates several systems on the same documents, as {@link #evaluate(Supplier, String, List,
   * Mode, Duration)} does each, except that their speeds are measured together: every system warms
   * up on its own, and then the timed passes alternate between the systems (A, B, B, A, A, B, ...)
   * until each has had its passes. Load from other processes on a shared machine then falls on all
   * systems alike, so the ratio of their speeds holds even when the machine's speed drifts during
   * the run.
   *
   * @param systems makes, for each system, a fresh finder for its scoring pass and another for its
   *     timing passes; not empty, and no supplier may return null
   * @param name the name reported as {@link Evaluation#file()}
   * @param documents gold documents, at least one sentence in total
   * @param mode sentence or document mode
   * @param minWarmUp the least CPU time the tagging thread spends warming up each system; not
   *     negative
   * @return one evaluation per system, in the order of {@code systems}
   * @throws IllegalArgumentException if there is no system, the documents hold no sentence or the
   *     warm-up is negative
   * @throws NullPointerException if a supplier returns null or a finder returns null spans
   */
  public static List<Evaluation> evaluateTogether(
      List<? extends Supplier<? extends SentenceNameFinder>> systems, String name, List<NerDocument> documents,
      Mode mode, Duration minWarmUp) {
    checkNotNull(systems, "systems");
    checkArgument(!systems.isEmpty(), "no system to evaluate on %s", name);
    checkNotNull(minWarmUp, "minWarmUp");
    checkArgument(!minWarmUp.isNegative(), "the warm-up must not be negative, got %s", minWarmUp);
    checkNotNull(name, "name");
    checkNotNull(documents, "documents");
    checkNotNull(mode, "mode");
    List<Scored> scored = new ArrayList<>();
    for (Supplier<? extends SentenceNameFinder> finders : systems) {
      scored.add(score(newFinder(checkNotNull(finders, "a system's finders")), name, documents, mode));
    }
    String[][] arrays = documents.stream()
        .flatMap(d -> d.sentences().stream())
        .map(NerSentence::tokenArray)
        .toArray(String[][]::new);
    List<SentenceNameFinder> timed = new ArrayList<>();
    for (Supplier<? extends SentenceNameFinder> finders : systems) {
      SentenceNameFinder finder = newFinder(finders);
      warmUp(finder, documents, mode, arrays, minWarmUp.toNanos());
      timed.add(finder);
    }
    double[][] speeds = timeTogether(timed, documents, mode, arrays, scored.get(0).tokens, minWarmUp.toNanos());
    List<Evaluation> evaluations = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      Scored s = scored.get(i);
      evaluations.add(new Evaluation(name, mode, documents.size(), s.sentences, s.tokens, s.types, micro(s.types),
          s.documentTypes, micro(s.documentTypes), speeds[i][0], speeds[i][1]));
    }
    return List.copyOf(evaluations);
  }

  /** The scores of one system's pass over the gold documents. */
  private record Scored(int sentences, long tokens, Map<String, Score> types, Map<String, Score> documentTypes) {}

  private static Scored score(SentenceNameFinder finder, String name, List<NerDocument> documents, Mode mode) {
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
    return new Scored(sentences, tokens, scoredTypes(scorer.byType()), scoredTypes(entitySets.byType()));
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

  /**
   * Tags the file untimed until the JIT has compiled the finder's hot path (see the class
   * comment).
   */
  private static void warmUp(
      SentenceNameFinder finder, List<NerDocument> documents, Mode mode, String[][] arrays, long minWarmUpNanos) {
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
    SINK.addAndGet(sink);
  }

  /**
   * Tokens per wall-clock second and per CPU second of this thread, of each warmed-up finder:
   * rounds of one timed pass per finder, in alternating order, until every finder has had at least
   * {@link #MIN_TIMED_PASSES} passes lasting {@link #MIN_TIMED_NANOS} (0.3 times the warm-up if
   * that is shorter); each finder's median pass counts, so a burst of load from another process
   * during one pass does not move the figure, and a slower spell of the machine slows every
   * finder's passes alike.
   */
  private static double[][] timeTogether(
      List<SentenceNameFinder> finders, List<NerDocument> documents, Mode mode, String[][] arrays, long tokens,
      long minWarmUpNanos) {
    int n = finders.size();
    List<List<Long>> walls = new ArrayList<>();
    List<List<Long>> cpus = new ArrayList<>();
    long[] elapsed = new long[n];
    for (int i = 0; i < n; i++) {
      walls.add(new ArrayList<>());
      cpus.add(new ArrayList<>());
    }
    long minTimed = Math.min(MIN_TIMED_NANOS, (long) (0.3 * minWarmUpNanos));
    long sink = 0;
    for (int round = 0; !allTimed(walls, elapsed, minTimed); round++) {
      for (int k = 0; k < n; k++) {
        int i = round % 2 == 0 ? k : n - 1 - k;
        long start = System.nanoTime();
        long cpuStart = warmUpClock();
        sink += tagAll(finders.get(i), documents, mode, arrays);
        long cpu = warmUpClock() - cpuStart;
        long wall = System.nanoTime() - start;
        walls.get(i).add(wall);
        cpus.get(i).add(cpu);
        elapsed[i] += wall;
      }
    }
    SINK.addAndGet(sink);
    double[][] speeds = new double[n][];
    for (int i = 0; i < n; i++) {
      speeds[i] = new double[] {
          tokens / (median(walls.get(i)) / 1e9), tokens / (Math.max(median(cpus.get(i)), 1) / 1e9)};
    }
    return speeds;
  }

  private static boolean allTimed(List<List<Long>> walls, long[] elapsed, long minTimed) {
    for (int i = 0; i < elapsed.length; i++) {
      if (elapsed[i] < minTimed || walls.get(i).size() < MIN_TIMED_PASSES) {
        return false;
      }
    }
    return true;
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
