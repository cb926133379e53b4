package io.github.dossier.cli;

import io.github.dossier.Article;
import io.github.dossier.EntityTagger;
import io.github.dossier.TaggedText;
import io.github.dossier.analyzers.EnglishEntityTagger;
import io.github.dossier.analyzers.resolve.ResolvingTagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier bench-tagger [--seconds N] [--resolve] FILE.jsonl}: tagger load time, heap and throughput. */
@Command(
    name = "bench-tagger",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the built-in tagger: model load time, heap held by the loaded models, and",
      "single-thread tagging throughput (whitespace tokens per second, after a warm-up) over the",
      "articles of a JSON Lines news file. Run it in a JVM of its own for a clean heap figure."
    })
final class BenchTaggerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--seconds", defaultValue = "10", paramLabel = "N",
      description = "How long to time tagging, after as long a warm-up (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--resolve", description = "Also resolve places and name variants (ResolvingTagger).")
  boolean resolve;

  @Parameters(index = "0", paramLabel = "FILE", description = "A .jsonl news file (text or body field).")
  Path corpus;

  @Override
  public Integer call() throws IOException {
    ResearchCli.atLeast("--seconds", seconds, 1);
    PrintWriter out = spec.commandLine().getOut();
    List<String> texts = readTexts(corpus);
    if (texts.isEmpty()) {
      throw new IllegalArgumentException(corpus + ": no article text found");
    }
    long tokens = 0;
    for (String t : texts) {
      tokens += whitespaceTokens(t);
    }

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long heapBefore = usedHeapAfterGc(memory);
    long start = System.nanoTime();
    EntityTagger tagger = resolve ? ResolvingTagger.wrap(EnglishEntityTagger.create()) : EnglishEntityTagger.create();
    tagger.tag(texts.get(0)); // loads lazily created per-thread state too
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    long heapModels = usedHeapAfterGc(memory) - heapBefore;

    run(tagger, texts, seconds * 1_000_000_000L); // warm-up
    long[] timed = run(tagger, texts, seconds * 1_000_000_000L);
    double elapsed = timed[2] / 1e9;
    long taggedTokens = tokensOf(texts, timed[1], tokens);

    out.printf("corpus: %s, %d articles, %d whitespace tokens%n", corpus, texts.size(), tokens);
    out.printf("tagger: %s%n", resolve ? "EnglishEntityTagger + ResolvingTagger" : "EnglishEntityTagger");
    out.printf("load (first tag included): %.2f s%n", loadSeconds);
    out.printf("heap held after loading: %.1f MB (max heap %.0f MB)%n", heapModels / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);
    out.printf("throughput, 1 thread: %.0f tokens/s, %.1f articles/s (%d articles in %.1f s, %.1f entities each)%n",
        taggedTokens / elapsed, timed[1] / elapsed, timed[1], elapsed, (double) timed[0] / timed[1]);
    return 0;
  }

  /** Tags articles round-robin for at least {@code nanos}; returns {entities, articles, elapsed nanos}. */
  private static long[] run(EntityTagger tagger, List<String> texts, long nanos) {
    long start = System.nanoTime();
    long articles = 0;
    long entities = 0;
    long now;
    do {
      TaggedText tagged = tagger.tag(texts.get((int) (articles % texts.size())));
      entities += tagged.entities().size();
      articles++;
      now = System.nanoTime();
    } while (now - start < nanos);
    return new long[] {entities, articles, now - start};
  }

  /** Tokens in the first {@code articles} articles of a round-robin pass over {@code texts}. */
  private static long tokensOf(List<String> texts, long articles, long tokensPerPass) {
    long full = articles / texts.size();
    long rest = articles % texts.size();
    long tokens = full * tokensPerPass;
    for (int i = 0; i < rest; i++) {
      tokens += whitespaceTokens(texts.get(i));
    }
    return tokens;
  }

  private static long whitespaceTokens(String text) {
    long n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n;
  }

  private static long usedHeapAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static List<String> readTexts(Path file) throws IOException {
    List<String> texts = new ArrayList<>();
    ArticleSource source = new ArticleSource();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      source.readJsonLines(file.toString(), file.getFileName().toString(), in, item -> {
        if (item.isOk()) {
          Article a = item.article();
          texts.add(a.body());
        }
      });
    }
    return texts;
  }
}
