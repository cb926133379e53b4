package io.github.dossier.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dossier.analyzers.ner.CorpusSpec;
import io.github.dossier.analyzers.ner.NerDocument;
import io.github.dossier.analyzers.ner.NerEvaluator;
import io.github.dossier.analyzers.ner.NerModel;
import io.github.dossier.analyzers.ner.Score;
import io.github.dossier.analyzers.ner.SentenceNameFinder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier eval-ner [--model FILE] [--system NAME]... [--documents] [--json] FILE...}.
 *
 * <p>Without {@code --system} the built-in (or {@code --model}) model is scored. Each {@code
 * --system NAME} adds a system to score, in the order given, on every file: {@code dossier} is the
 * model, any other name is a {@link NerSystem} found on the class path; all systems are given the
 * same gold tokens and are timed in the same run: each warms up on its own, then their timed passes
 * over the file alternate, so a change in the machine's load slows them alike.
 */
@Command(
    name = "eval-ner",
    mixinStandardHelpOptions = true,
    description = {
      "Score a name-finder model on gold NER files: CoNLL exact-span precision, recall and F1 per "
          + "type (PER, LOC, ORG) and micro-averaged; the same at document level (per document, the "
          + "distinct names found with their type); plus single-thread tagging speed after warm-up.",
      "FILE is a two-column token<TAB>tag file (-DOCSTART- separates documents) or a UNER .iob2 file. "
          + "Gold MISC and other types are ignored.",
      "With --system, several systems are scored on the same tokens in one run (e.g. --system dossier "
          + "--system stanford; the stanford systems exist only in the build with -Pstanford)."
    })
final class EvalNerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** The {@code --system} name of Dossier's own model. */
  static final String DOSSIER = "dossier";

  @Option(names = "--model", paramLabel = "FILE", description = "Model to score (default: the built-in model).")
  Path model;

  @Option(names = "--system", paramLabel = "NAME", description = "System to score; repeat to score several on each "
      + "file in one run: 'dossier' (the model) or a system registered on the class path (e.g. 'stanford' in the "
      + "-Pstanford build). Each result then names its system (JSON field \"system\"). Default: the model alone, unnamed.")
  List<String> systems = new ArrayList<>();

  @Option(names = "--documents", description = "Tag each document as a whole, so document-level consistency counts.")
  boolean documents;

  @Option(names = "--warm-up", defaultValue = "10", paramLabel = "SECONDS",
      description = "Least CPU time each system warms up on each file before its speed is measured; the "
          + "JIT speeds taggers up in steps for several seconds (default: ${DEFAULT-VALUE}). Speed is then the median "
          + "of at least five timed passes over the file lasting 3 s, or 0.3 times the warm-up if that is shorter; "
          + "with several systems, their timed passes alternate.")
  double warmUpSeconds;

  @Option(names = "--json", description = "Print {\"files\": [{\"file\", [\"system\",] \"mode\", \"sentences\", \"tokens\", \"types\": {\"PER\": {\"p\", \"r\", \"f1\"}, ...}, \"micro\", \"document_level\": {\"types\", \"micro\"}, \"tokens_per_second\", \"tokens_per_cpu_second\"}]}.")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Gold files.")
  List<String> files = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!(warmUpSeconds >= 0)) {
      throw new IllegalArgumentException("--warm-up must be a number of seconds >= 0, got " + warmUpSeconds);
    }
    Duration warmUp = Duration.ofNanos(Math.round(warmUpSeconds * 1e9));
    Map<String, Supplier<SentenceNameFinder>> finders = loadSystems();
    NerEvaluator.Mode mode = documents ? NerEvaluator.Mode.DOCUMENTS : NerEvaluator.Mode.SENTENCES;
    ObjectNode root = Json.object();
    ArrayNode list = root.putArray("files");
    for (String file : files) {
      CorpusSpec corpus = CorpusSpec.parse(file);
      List<NerDocument> gold = corpus.read();
      List<NerEvaluator.Evaluation> evaluations =
          NerEvaluator.evaluateTogether(List.copyOf(finders.values()), corpus.toString(), gold, mode, warmUp);
      int i = 0;
      for (String system : finders.keySet()) {
        NerEvaluator.Evaluation e = evaluations.get(i++);
        String name = systems.isEmpty() ? null : system;
        if (json) {
          write(list.addObject(), name, e);
        } else {
          print(out, name, e);
        }
      }
    }
    if (json) {
      out.println(Json.write(root));
    }
    return 0;
  }

  /** The systems to score by name, in order; without --system, the model alone. */
  private Map<String, Supplier<SentenceNameFinder>> loadSystems() throws IOException {
    List<String> names = systems.isEmpty() ? List.of(DOSSIER) : systems;
    if (model != null && !names.contains(DOSSIER)) {
      throw new IllegalArgumentException("--model gives the model of --system " + DOSSIER
          + ", which is not among the systems " + names);
    }
    Map<String, Supplier<SentenceNameFinder>> loaded = new LinkedHashMap<>();
    for (String name : names) {
      if (loaded.containsKey(name)) {
        throw new IllegalArgumentException("--system " + name + " is given twice");
      }
      loaded.put(name, load(name, model));
    }
    return loaded;
  }

  /**
   * The finders of the system called {@code name}: Dossier's model ({@code model}, or the built-in
   * one if null) for {@value #DOSSIER}, else the registered {@link NerSystem} of that name.
   */
  static Supplier<SentenceNameFinder> load(String name, Path model) throws IOException {
    if (name.equals(DOSSIER)) {
      NerModel ner = model == null ? NerModel.loadDefault() : NerModel.load(model);
      return ner::newFinder;
    }
    return system(name).load();
  }

  /** The registered {@link NerSystem} called {@code name}. */
  static NerSystem system(String name) {
    List<String> known = new ArrayList<>(List.of(DOSSIER));
    for (NerSystem s : ServiceLoader.load(NerSystem.class)) {
      if (s.name().equals(name)) {
        return s;
      }
      known.add(s.name());
    }
    throw new IllegalArgumentException("unknown --system '" + name + "' (known here: " + String.join(", ", known)
        + "; the Stanford CoreNLP systems exist only in the build with -Pstanford)");
  }

  private static void write(ObjectNode f, String system, NerEvaluator.Evaluation e) {
    f.put("file", e.file());
    if (system != null) {
      f.put("system", system);
    }
    f.put("mode", e.mode().label());
    f.put("sentences", e.sentences());
    f.put("tokens", e.tokens());
    ObjectNode types = f.putObject("types");
    for (String type : NerEvaluator.TYPES) {
      types.set(type, score(e.types().get(type)));
    }
    f.set("micro", score(e.micro()));
    ObjectNode document = f.putObject("document_level");
    ObjectNode documentTypes = document.putObject("types");
    for (String type : NerEvaluator.TYPES) {
      documentTypes.set(type, score(e.documentTypes().get(type)));
    }
    document.set("micro", score(e.documentMicro()));
    f.put("tokens_per_second", Math.round(e.tokensPerSecond()));
    f.put("tokens_per_cpu_second", Math.round(e.tokensPerCpuSecond()));
  }

  private static void print(PrintWriter out, String system, NerEvaluator.Evaluation e) {
    out.printf("%s%s (%s: %d documents, %d sentences, %d tokens)%n", e.file(),
        system == null ? "" : " [" + system + "]", e.mode().label(), e.documents(), e.sentences(), e.tokens());
    out.printf("  %-6s %7s %7s %7s %7s %7s%n", "type", "P", "R", "F1", "gold", "found");
    for (String type : NerEvaluator.TYPES) {
      row(out, type, e.types().get(type));
    }
    row(out, "micro", e.micro());
    out.printf("  document level (distinct names per document, %d documents):%n", e.documents());
    for (String type : NerEvaluator.TYPES) {
      row(out, type, e.documentTypes().get(type));
    }
    row(out, "micro", e.documentMicro());
    out.printf("  %.0f tokens/s (one thread), %.0f tokens per CPU-second%n", e.tokensPerSecond(),
        e.tokensPerCpuSecond());
  }

  private static ObjectNode score(Score s) {
    ObjectNode n = Json.object();
    n.put("p", round(s.precision()));
    n.put("r", round(s.recall()));
    n.put("f1", round(s.f1()));
    return n;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  private static void row(PrintWriter out, String label, Score s) {
    out.printf("  %-6s %7.4f %7.4f %7.4f %7d %7d%n", label, s.precision(), s.recall(), s.f1(), s.gold(), s.predicted());
  }
}
