package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A corpus file plus how to use it, written {@code PATH[?option=value&...]}, for example {@code
 * wikigold.tsv?docs=train/5} or {@code gmb_kaggle.tsv?sample=2}.
 *
 * <p>Options:
 *
 * <ul>
 *   <li>{@code docs=train/N}: every document except the N-th, 2N-th, ... (1-based) — the training
 *       part of a document-level split; {@code docs=heldout/N}: only those documents — the dev part.
 *   <li>{@code sample=N}: keep only every N-th sentence (1st, N+1-th, ...), to down-weight a large
 *       corpus.
 *   <li>{@code exclude=N}: drop every N-th sentence (1st, N+1-th, ...), exactly those that {@code
 *       sample=N} keeps — the training complement of a sentence-level dev sample, for files without
 *       document boundaries ({@code gmb_kaggle.tsv?exclude=20} never sees {@code
 *       gmb_kaggle.tsv?sample=20}). Combined with {@code sample=M}, a sentence is kept when both
 *       options keep it (both count the file's sentences from 0).
 *   <li>{@code empty=N}: keep only every N-th sentence without any entity (after {@code fix=}), which
 *       shifts the learner's prior away from "outside" and raises recall.
 *   <li>{@code repeat=N}: use the data N times (up-weighting a small in-domain corpus).
 *   <li>{@code fix=titles,demonyms,lowercase,nominal}: clean-ups towards CoNLL-style annotation:
 *       move title words out of person spans, drop demonyms tagged as locations, drop all-lower-case
 *       entities, trim or drop descriptive mentions ("the Syrian regime") — any subset.
 *   <li>{@code context=document|sentence}: whether sentences of one document share adaptive
 *       context. Default: {@code document} when the file has document boundaries, else {@code
 *       sentence} (every sentence, e.g. a tweet, stands alone).
 * </ul>
 *
 * @param path the corpus file
 * @param split which documents to keep
 * @param splitModulus N of the document split (1 when {@link Split#ALL})
 * @param sample keep every sample-th sentence (1 = all)
 * @param repeat how many times to use the data
 * @param documentContext empty = decide from the file, else whether documents share context
 * @param fixes the annotation clean-ups to apply, in {@code fix=} syntax ("" for none)
 * @param emptySample keep every emptySample-th sentence that has no entity (1 = all)
 * @param exclude drop every exclude-th sentence (0 = none)
 */
public record CorpusSpec(
    Path path,
    Split split,
    int splitModulus,
    int sample,
    int repeat,
    Optional<Boolean> documentContext,
    String fixes,
    int emptySample,
    int exclude) {

  /** Which documents of a file a spec selects. */
  public enum Split {
    /** Every document. */
    ALL,
    /** All but every N-th document. */
    TRAIN,
    /** Only every N-th document. */
    HELDOUT
  }

  /** Validates the fields. */
  public CorpusSpec {
    checkNotNull(path, "corpus path");
    checkNotNull(split, "split");
    checkNotNull(documentContext, "documentContext");
    checkArgument(splitModulus >= 1, "document split modulus must be >= 1, got %s", splitModulus);
    checkArgument(split == Split.ALL || splitModulus >= 2, "a train/heldout split needs N >= 2, got %s", splitModulus);
    checkArgument(sample >= 1, "sample must be >= 1, got %s", sample);
    checkArgument(repeat >= 1, "repeat must be >= 1, got %s", repeat);
    checkArgument(emptySample >= 1, "empty must be >= 1, got %s", emptySample);
    checkArgument(exclude == 0 || exclude >= 2, "exclude must be >= 2 (or 0 for none), got %s", exclude);
    checkNotNull(fixes, "fixes");
    if (!fixes.isEmpty()) {
      CorpusFixes.parse(fixes);
    }
  }

  /** A spec that uses the whole file once. */
  public static CorpusSpec of(Path path) {
    return new CorpusSpec(path, Split.ALL, 1, 1, 1, Optional.empty(), "", 1, 0);
  }

  /**
   * Parses {@code PATH[?option=value&...]}.
   *
   * @throws IllegalArgumentException naming the bad option
   */
  public static CorpusSpec parse(String spec) {
    checkNotNull(spec, "corpus spec");
    int q = spec.indexOf('?');
    Path path = Paths.get(q < 0 ? spec : spec.substring(0, q));
    Split split = Split.ALL;
    int modulus = 1;
    int sample = 1;
    int repeat = 1;
    Optional<Boolean> context = Optional.empty();
    String fixes = "";
    int empty = 1;
    int exclude = 0;
    if (q >= 0) {
      for (String option : spec.substring(q + 1).split("&")) {
        int eq = option.indexOf('=');
        checkArgument(eq > 0, "corpus option '%s' in '%s' is not name=value", option, spec);
        String name = option.substring(0, eq);
        String value = option.substring(eq + 1);
        switch (name) {
          case "docs" -> {
            int slash = value.indexOf('/');
            checkArgument(slash > 0, "docs option must be train/N or heldout/N, got '%s' in '%s'", value, spec);
            String part = value.substring(0, slash);
            split = switch (part) {
              case "train" -> Split.TRAIN;
              case "heldout" -> Split.HELDOUT;
              default -> throw new IllegalArgumentException(
                  "docs option must be train/N or heldout/N, got '" + value + "' in '" + spec + "'");
            };
            modulus = parseInt(value.substring(slash + 1), "docs", spec);
          }
          case "sample" -> sample = parseInt(value, name, spec);
          case "repeat" -> repeat = parseInt(value, name, spec);
          case "fix" -> fixes = value;
          case "empty" -> empty = parseInt(value, name, spec);
          case "exclude" -> {
            exclude = parseInt(value, name, spec);
            checkArgument(exclude >= 2, "corpus option exclude needs N >= 2, got %s in '%s'", exclude, spec);
          }
          case "context" -> {
            checkArgument(value.equals("document") || value.equals("sentence"),
                "context must be document or sentence, got '%s' in '%s'", value, spec);
            context = Optional.of(value.equals("document"));
          }
          default -> throw new IllegalArgumentException(
              "unknown corpus option '" + name + "' in '" + spec + "' (known: docs, sample, exclude, empty, repeat, fix, context)");
        }
      }
    }
    return new CorpusSpec(path, split, modulus, sample, repeat, context, fixes, empty, exclude);
  }

  private static int parseInt(String value, String option, String spec) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("corpus option " + option + " needs a number, got '" + value + "' in '" + spec + "'", e);
    }
  }

  /**
   * Reads the file and applies the split, sampling and context options. With sentence context every
   * sentence becomes its own document. Repetition is not applied here (see {@link #repeat()}).
   */
  public List<NerDocument> read() throws IOException {
    List<NerDocument> documents = NerCorpusReader.read(path);
    Set<CorpusFixes> fixSet = fixes.isEmpty() ? Set.of() : CorpusFixes.parse(fixes);
    NerGazetteer gazetteer = fixSet.isEmpty() ? null : NerGazetteer.shared();
    boolean shareContext = documentContext.orElse(documents.size() > 1);
    List<NerDocument> out = new ArrayList<>();
    int sentenceIndex = 0;
    int emptyIndex = 0;
    for (int d = 0; d < documents.size(); d++) {
      boolean heldOut = (d + 1) % splitModulus == 0;
      if (split == Split.TRAIN && heldOut || split == Split.HELDOUT && !heldOut) {
        continue;
      }
      NerDocument doc = documents.get(d);
      List<NerSentence> kept = new ArrayList<>();
      for (NerSentence s : doc.sentences()) {
        int index = sentenceIndex++;
        if (index % sample != 0 || exclude != 0 && index % exclude == 0) {
          continue;
        }
        NerSentence fixed = CorpusFixes.apply(fixSet, s, gazetteer);
        if (emptySample == 1 || fixed.spans().length > 0 || emptyIndex++ % emptySample == 0) {
          kept.add(fixed);
        }
      }
      if (kept.isEmpty()) {
        continue;
      }
      if (shareContext) {
        out.add(new NerDocument(doc.id(), kept));
      } else {
        for (int i = 0; i < kept.size(); i++) {
          out.add(new NerDocument(doc.id() + "." + (i + 1), List.of(kept.get(i))));
        }
      }
    }
    return out;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(path.toString());
    List<String> options = new ArrayList<>();
    if (split != Split.ALL) {
      options.add("docs=" + (split == Split.TRAIN ? "train" : "heldout") + "/" + splitModulus);
    }
    if (sample != 1) {
      options.add("sample=" + sample);
    }
    if (exclude != 0) {
      options.add("exclude=" + exclude);
    }
    if (repeat != 1) {
      options.add("repeat=" + repeat);
    }
    if (!fixes.isEmpty()) {
      options.add("fix=" + fixes);
    }
    if (emptySample != 1) {
      options.add("empty=" + emptySample);
    }
    documentContext.ifPresent(c -> options.add("context=" + (c ? "document" : "sentence")));
    if (!options.isEmpty()) {
      sb.append('?').append(String.join("&", options));
    }
    return sb.toString();
  }
}
