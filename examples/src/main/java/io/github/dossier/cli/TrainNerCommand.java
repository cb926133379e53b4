package io.github.dossier.cli;

import io.github.dossier.analyzers.ner.NerTrainer;
import io.github.dossier.analyzers.ner.TrainingConfig;
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

/** {@code dossier train-ner --out FILE [--config FILE] CORPUS...}. */
@Command(
    name = "train-ner",
    mixinStandardHelpOptions = true,
    description = {
      "Train a PER/LOC/ORG name-finder model from NER corpora (token<TAB>tag or UNER .iob2 files).",
      "A CORPUS may carry options: PATH?docs=train/5&sample=2&repeat=2&context=sentence",
      "(see analyzers/src/main/resources/io/github/dossier/analyzers/ner-en.recipe.md for the recipe",
      "of the built-in model)."
    })
final class TrainNerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
  Path out;

  @Option(names = "--config", paramLabel = "FILE", description = "Training properties (algorithm, iterations, cutoff, ...); default: the built-in recipe's.")
  Path config;

  @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "Training corpora.")
  List<String> corpora = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter w = spec.commandLine().getOut();
    TrainingConfig c = config == null ? TrainingConfig.defaults() : TrainingConfig.load(config);
    spec.commandLine().getErr().println("training on " + corpora.size() + " corpora; this takes a while");
    NerTrainer.Summary s = NerTrainer.train(c, NerTrainer.specs(corpora), out);
    w.printf("wrote %s (%d bytes): %d documents, %d sentences, %d tokens, %d entities, %.0f s%n",
        out, s.modelBytes(), s.documents(), s.sentences(), s.tokens(), s.entities(), s.seconds());
    return 0;
  }
}
