package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.dossier.analyzers.ner.SentenceTokens.capitalised;
import static io.github.dossier.analyzers.ner.SentenceTokens.covered;
import static io.github.dossier.analyzers.ner.SentenceTokens.sorted;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import opennlp.tools.util.Span;

/**
 * Names that recent news writes often, with the type the name finder gave them there, for the
 * mentions it leaves untagged where a single sentence gives it no context: "SpaceX successfully
 * launches ...", "Puntland forces capture ...", "The U.S. CENTCOM launches strikes".
 *
 * <p>The shipped list ({@value #RESOURCE}) is made by {@link NewsNameListBuilder} from unlabelled
 * news: names the name finder itself tagged in several articles, nearly always with one type. A
 * mention counts when it is exactly such a name (case-sensitive), no span covers it, no other
 * capitalised word touches it (but an article opening the sentence) and no "of", "for" or "and"
 * joins it to one ("[Armed Forces] of Ukraine"). It gets the listed type and
 * the probability of an even guess, {@value #PROBABILITY}. Immutable; safe to share.
 */
final class NewsNames {

  /** The class-path resource of the shipped list: {@code name<TAB>type<TAB>articles} lines. */
  static final String RESOURCE = "/io/github/dossier/analyzers/ner-en-news-names.tsv.gz";
  /** The probability given to a listed name the model did not tag: an even guess. */
  static final double PROBABILITY = 0.5;
  /** No names: the name finder as it was before the list, which {@link NewsNameListBuilder} runs. */
  static final NewsNames EMPTY = new NewsNames(ImmutableMap.of());

  private static final Set<String> TYPES = Set.of("PER", "LOC", "ORG");
  private static final Set<String> JOINING = Set.of("of", "for", "and");
  private static final Supplier<NewsNames> SHARED =
      Suppliers.memoize(() -> GzipResources.load(RESOURCE, "news names", NewsNames::read));

  /** Name (tokens joined by single spaces) to type. */
  private final ImmutableMap<String, String> types;
  /** The first word of every name, so that most capitalised runs are ruled out without joining their words. */
  private final ImmutableSet<String> firstWords;
  private final int maxTokens;

  NewsNames(Map<String, String> types) {
    this.types = ImmutableMap.copyOf(checkNotNull(types, "types"));
    ImmutableSet.Builder<String> first = ImmutableSet.builder();
    int max = 0;
    for (String name : types.keySet()) {
      String[] words = name.split(" ");
      first.add(words[0]);
      max = Math.max(max, words.length);
    }
    this.firstWords = first.build();
    this.maxTokens = max;
  }

  /** The list shipped on the class path, loaded on first use. */
  static NewsNames shared() {
    return SHARED.get();
  }

  /**
   * Reads {@code name<TAB>type[<TAB>...]} lines (UTF-8); the stream is not closed.
   *
   * @throws IllegalArgumentException naming the line if one has no type or a type other than PER,
   *     LOC or ORG
   */
  static NewsNames read(InputStream in) throws IOException {
    checkNotNull(in, "news names stream");
    ImmutableMap.Builder<String, String> types = ImmutableMap.builder();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t");
      if (fields.length < 2 || !TYPES.contains(fields[1]) || fields[0].isBlank()) {
        throw new IllegalArgumentException("news names line " + lineNumber + " is not 'name<TAB>PER|LOC|ORG': " + line);
      }
      types.put(fields[0], fields[1]);
    }
    return new NewsNames(types.buildKeepingLast());
  }

  /**
   * "League for the Defence of [Human Rights]", "[Armed Forces] of Ukraine": a run joined to other
   * capitalised words by "of", "for" or "and" (and "the") is part of a longer name.
   */
  private static boolean insideLongerName(String[] tokens, int start, int end) {
    int before = start - 1;
    if (before >= 0 && tokens[before].equals("the")) {
      before--;
    }
    if (before >= 1 && JOINING.contains(tokens[before]) && capitalised(tokens[before - 1])) {
      return true;
    }
    int after = end < tokens.length && JOINING.contains(tokens[end]) ? end + 1 : -1;
    if (after > 0 && after < tokens.length && tokens[after].equals("the")) {
      after++;
    }
    return after > 0 && after < tokens.length && capitalised(tokens[after]);
  }

  /** The number of names. */
  int size() {
    return types.size();
  }

  /** The spans of one sentence plus its untagged listed names; {@code spans} itself if none. */
  Span[] apply(String[] tokens, Span[] spans) {
    if (types.isEmpty()) {
      return spans;
    }
    boolean[] covered = null;
    List<Span> out = null;
    for (int i = 0; i < tokens.length; i++) {
      if (!capitalised(tokens[i]) || i == 0 && SentenceTokens.isCapitalisedArticle(tokens[0])
          || i > 0 && capitalised(tokens[i - 1]) && !(i == 1 && SentenceTokens.isCapitalisedArticle(tokens[0]))) {
        continue;
      }
      int end = i;
      while (end < tokens.length && capitalised(tokens[end])) {
        end++;
      }
      if (end - i > maxTokens || !firstWords.contains(tokens[i])) {
        i = end - 1;
        continue;
      }
      String type = types.get(String.join(" ", Arrays.asList(tokens).subList(i, end)));
      if (type != null && !insideLongerName(tokens, i, end)) {
        if (covered == null) {
          covered = covered(tokens.length, spans);
        }
        if (!SentenceTokens.anyCovered(covered, i, end)) {
          if (out == null) {
            out = new ArrayList<>(Arrays.asList(spans));
          }
          out.add(new Span(i, end, type, PROBABILITY));
        }
      }
      i = end - 1;
    }
    return out == null ? spans : sorted(out);
  }
}
