package io.github.dossier.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dossier.analyzers.ner.CorpusSpec;
import io.github.dossier.analyzers.ner.NerEvaluator;
import io.github.dossier.analyzers.ner.NerModel;
import io.github.dossier.analyzers.ner.Score;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier eval-ner [--model FILE] [--documents] [--json] FILE...}. */
@Command(
    name = "eval-ner",
    mixinStandardHelpOptions = true,
    description = {
      "Score a name-finder model on gold NER files: CoNLL exact-span precision, recall and F1 per",
      "type (PER, LOC, ORG) and micro-averaged, plus single-thread tagging speed after warm-up.",
      "FILE is a two-column token<TAB>tag file (-DOCSTART- separates documents) or a UNER .iob2 file.",
      "Gold MISC and other types are ignored."
    })
final class EvalNerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--model", paramLabel = "FILE", description = "Model to score (default: the built-in model).")
  Path model;

  @Option(names = "--documents", description = "Tag each document as a whole, so document-level consistency counts.")
  boolean documents;

  @Option(names = "--json", description = "Print {\"files\": [{\"file\", \"mode\", \"sentences\", \"tokens\", \"types\": {\"PER\": {\"p\", \"r\", \"f1\"}, ...}, \"micro\", \"tokens_per_second\"}]}.")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Gold files.")
  List<String> files = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    NerModel ner = model == null ? NerModel.loadDefault() : NerModel.load(model);
    NerEvaluator.Mode mode = documents ? NerEvaluator.Mode.DOCUMENTS : NerEvaluator.Mode.SENTENCES;
    ObjectNode root = Json.object();
    ArrayNode list = root.putArray("files");
    for (String file : files) {
      NerEvaluator.Evaluation e = NerEvaluator.evaluate(ner, CorpusSpec.parse(file), mode);
      if (json) {
        ObjectNode f = list.addObject();
        f.put("file", e.file());
        f.put("mode", e.mode().label());
        f.put("sentences", e.sentences());
        f.put("tokens", e.tokens());
        ObjectNode types = f.putObject("types");
        for (String type : NerEvaluator.TYPES) {
          types.set(type, score(e.types().get(type)));
        }
        f.set("micro", score(e.micro()));
        f.put("tokens_per_second", Math.round(e.tokensPerSecond()));
      } else {
        out.printf("%s (%s: %d documents, %d sentences, %d tokens)%n", e.file(), e.mode().label(),
            e.documents(), e.sentences(), e.tokens());
        out.printf("  %-6s %7s %7s %7s %7s %7s%n", "type", "P", "R", "F1", "gold", "found");
        for (String type : NerEvaluator.TYPES) {
          row(out, type, e.types().get(type));
        }
        row(out, "micro", e.micro());
        out.printf("  %.0f tokens/s (one thread)%n", e.tokensPerSecond());
      }
    }
    if (json) {
      out.println(Json.write(root));
    }
    return 0;
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
