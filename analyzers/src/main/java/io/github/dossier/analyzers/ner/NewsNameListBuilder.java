package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dossier.analyzers.EnglishEntityTagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.util.Span;

/**
 * Builds the list of {@link NewsNames} from unlabelled news: runs the shipped name finder (without
 * a news-name list) over each article as one document and keeps the names it tagged in at least
 * {@value #MIN_ARTICLES} articles with one type in at least {@value #MIN_SHARE} of them.
 *
 * <p>A name is kept only if it opens with a capitalised word that is no article, every word is
 * capitalised, the gazetteer knows the name as no title, demonym or usually lower-case word ("Prime
 * Minister", "Thai"), and one word is no common noun ("North", "Strait") nor a first name that is no
 * place, organisation or famous person ("Ursula"): those the name finder tags by mistake or as part
 * of a longer name. Output, sorted by name: {@code name<TAB>type<TAB>articles}, gzip-compressed.
 *
 * <p>Command line: {@code NewsNameListBuilder OUT.tsv.gz MAX_ARTICLES FILE.jsonl...} — the first
 * MAX_ARTICLES articles of the files, in order (0 for all), each a JSON line with a string field
 * {@code text}.
 */
public final class NewsNameListBuilder {

  /** A name must be tagged in this many articles. */
  static final int MIN_ARTICLES = 4;
  /** And with one type in this share of them. */
  static final double MIN_SHARE = 0.9;
  private static final int NOT_A_NAME = NerGazetteer.Category.TITLE.bit | NerGazetteer.Category.DEMONYM.bit
      | NerGazetteer.Category.USUALLY_LOWERCASE.bit;

  /** What a one-word first name must also be known as to count as a name of its own. */
  private static final int KNOWN = NerGazetteer.PLACES | NerGazetteer.Category.ORGANIZATION.bit
      | NerGazetteer.Category.PERSON.bit;

  private NewsNameListBuilder() {}

  /**
   * The names to keep, with their types, from how many articles tagged each name with each type.
   *
   * @param articles name (tokens joined by single spaces) to type to the number of articles
   */
  static Map<String, String> select(Map<String, Map<String, Integer>> articles, NerGazetteer gazetteer) {
    checkNotNull(articles, "articles");
    Map<String, String> kept = new TreeMap<>();
    for (Map.Entry<String, Map<String, Integer>> e : articles.entrySet()) {
      int total = 0;
      int best = 0;
      String type = null;
      for (Map.Entry<String, Integer> t : e.getValue().entrySet()) {
        total += t.getValue();
        if (t.getValue() > best) {
          best = t.getValue();
          type = t.getKey();
        }
      }
      if (best >= MIN_ARTICLES && best >= MIN_SHARE * total && isName(e.getKey().split(" "), gazetteer)) {
        kept.put(e.getKey(), type);
      }
    }
    return kept;
  }

  private static boolean isName(String[] tokens, NerGazetteer gazetteer) {
    if (SentenceTokens.isCapitalisedArticle(tokens[0])) {
      return false;
    }
    for (String t : tokens) {
      if (!SentenceTokens.capitalised(t)) {
        return false;
      }
    }
    int bits = gazetteer.phrase(NerGazetteer.phraseKey(tokens, 0, tokens.length, false));
    if (tokens.length == 1 && (NameEdges.isCommonNoun(NerGazetteer.key(tokens[0]))
        || (bits & NerGazetteer.Category.FIRST_NAME.bit) != 0 && (bits & KNOWN) == 0)) {
      return false; // "North", "Strait"; "Ursula" of "Ursula von der Leyen"
    }
    return (bits & NOT_A_NAME) == 0;
  }

  /** Counts, per name, the articles that tagged it with each type. */
  static Map<String, Map<String, Integer>> count(
      List<Path> files, int maxArticles, EnglishEntityTagger tokenizer, NameFinder finder) throws IOException {
    Map<String, Map<String, Integer>> articles = new HashMap<>();
    int read = 0;
    for (Path file : files) {
      try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        int lineNumber = 0;
        while ((line = r.readLine()) != null && (maxArticles == 0 || read < maxArticles)) {
          lineNumber++;
          if (line.isBlank()) {
            continue;
          }
          String text = WordClusterBuilder.jsonString(line, "text");
          checkArgument(text != null, "line %s of %s has no string field 'text'", lineNumber, file);
          read++;
          finder.clear();
          Set<String> seen = new HashSet<>();
          for (String[] sentence : tokenizer.tokenize(text)) {
            for (Span s : finder.find(sentence)) {
              String name = String.join(" ", Arrays.asList(sentence).subList(s.getStart(), s.getEnd()));
              if (seen.add(name + '\t' + s.getType())) {
                articles.computeIfAbsent(name, k -> new HashMap<>()).merge(s.getType(), 1, Integer::sum);
              }
            }
          }
        }
      }
    }
    return articles;
  }

  public static void main(String[] args) throws IOException {
    checkArgument(args.length >= 3, "usage: NewsNameListBuilder OUT.tsv.gz MAX_ARTICLES FILE.jsonl...");
    int maxArticles = Integer.parseInt(args[1]);
    checkArgument(maxArticles >= 0, "MAX_ARTICLES must be >= 0, got %s", maxArticles);
    List<Path> files = Arrays.stream(args).skip(2).map(Paths::get).toList();
    NameFinder finder = NerModel.loadDefault().newFinder(NewsNames.EMPTY);
    Map<String, Map<String, Integer>> articles = count(files, maxArticles, EnglishEntityTagger.create(), finder);
    Map<String, String> kept = select(articles, NerGazetteer.shared());
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(Paths.get(args[0]))),
        StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> e : kept.entrySet()) {
        w.write(e.getKey() + '\t' + e.getValue() + '\t' + articles.get(e.getKey()).get(e.getValue()) + '\n');
      }
    }
  }
}
