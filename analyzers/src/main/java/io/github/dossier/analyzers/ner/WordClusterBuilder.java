package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link WordClusters} file from unlabelled text: every word seen at least {@value
 * #MIN_COUNT} times gets a vector of its positive pointwise mutual information with the lower-cased
 * words one and two positions to its left and right (the {@value #CONTEXT_WORDS} most frequent
 * words, plus sentence boundaries), and the words are split recursively in two by spherical 2-means
 * on those vectors, giving each word a bit-string path of at most {@value #MAX_DEPTH} bits. Words
 * keep their case, so "Bush" the name and "bush" the plant are clustered apart.
 *
 * <p>Command line: {@code WordClusterBuilder OUT.tsv.gz INPUT...}; an INPUT ending in {@code .jsonl}
 * is JSON Lines whose {@code title} and {@code text} fields are tokenised here (whitespace,
 * punctuation and possessive clitics); any other INPUT is a {@link CorpusSpec} whose token column
 * is used (its tags are ignored). The output is sorted and deterministic: the same inputs give the
 * same bytes.
 */
public final class WordClusterBuilder {

  private static final Logger log = LoggerFactory.getLogger(WordClusterBuilder.class);

  /** Words seen fewer times are not clustered. */
  static final int MIN_COUNT = 3;
  /** Context words: the most frequent lower-cased words. */
  static final int CONTEXT_WORDS = 2000;
  /** The longest path. */
  static final int MAX_DEPTH = 16;
  /** Clusters with fewer words are not split further. */
  static final int MIN_SPLIT = 4;
  private static final int ITERATIONS = 12;
  private static final int[] OFFSETS = {-2, -1, 1, 2};
  private static final String BOUNDARY = "<s>";

  private WordClusterBuilder() {}

  /**
   * Builds clusters from the inputs and writes {@code word<TAB>path} lines, sorted by word, gzipped.
   *
   * @return the number of words written
   * @throws IllegalArgumentException if no input is given or the inputs hold no word seen often
   *     enough
   */
  public static int build(List<String> inputs, Path out) throws IOException {
    checkNotNull(out, "output path");
    checkArgument(inputs != null && !inputs.isEmpty(), "at least one input is needed");
    List<String[]> sentences = new ArrayList<>();
    for (String input : inputs) {
      int before = sentences.size();
      read(input, sentences);
      log.info("cluster input {}: {} sentences", input, sentences.size() - before);
    }
    Map<String, String[]> paths = cluster(sentences);
    checkArgument(!paths.isEmpty(), "the inputs %s contain no word seen %s times", inputs, MIN_COUNT);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream os = Files.newOutputStream(out);
        Writer w = new OutputStreamWriter(new GZIPOutputStream(os), StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String[]> e : new TreeMap<>(paths).entrySet()) {
        w.write(e.getKey());
        w.write('\t');
        w.write(e.getValue()[0]);
        w.write('\n');
      }
    }
    log.info("wrote {} clustered words to {}", paths.size(), out);
    return paths.size();
  }

  /** Clusters the words of the sentences; maps each word to a one-element array holding its path. */
  static Map<String, String[]> cluster(List<String[]> sentences) {
    Map<String, int[]> counts = new HashMap<>();
    Map<String, int[]> lowerCounts = new HashMap<>();
    for (String[] s : sentences) {
      for (String t : s) {
        counts.computeIfAbsent(t, k -> new int[1])[0]++;
        lowerCounts.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> new int[1])[0]++;
      }
    }
    // Vocabulary in a fixed order: by count descending, then alphabetically.
    List<String> vocabulary = new ArrayList<>();
    counts.forEach((w, c) -> {
      if (c[0] >= MIN_COUNT) {
        vocabulary.add(w);
      }
    });
    vocabulary.sort((a, b) -> counts.get(a)[0] != counts.get(b)[0]
        ? Integer.compare(counts.get(b)[0], counts.get(a)[0]) : a.compareTo(b));
    List<String> contextList = new ArrayList<>(lowerCounts.keySet());
    contextList.sort((a, b) -> lowerCounts.get(a)[0] != lowerCounts.get(b)[0]
        ? Integer.compare(lowerCounts.get(b)[0], lowerCounts.get(a)[0]) : a.compareTo(b));
    Map<String, Integer> contextIds = new HashMap<>();
    contextIds.put(BOUNDARY, 0);
    for (int i = 0; i < Math.min(CONTEXT_WORDS, contextList.size()); i++) {
      contextIds.put(contextList.get(i), i + 1);
    }
    int contexts = contextIds.size();
    int dims = OFFSETS.length * contexts;
    Map<String, Integer> wordIds = new HashMap<>();
    for (int i = 0; i < vocabulary.size(); i++) {
      wordIds.put(vocabulary.get(i), i);
    }
    int n = vocabulary.size();
    int[][] occurrences = new int[n][];
    int[] used = new int[n];
    for (int i = 0; i < n; i++) {
      occurrences[i] = new int[Math.min(OFFSETS.length * counts.get(vocabulary.get(i))[0], 64)];
    }
    for (String[] s : sentences) {
      int[] ctx = new int[s.length];
      for (int i = 0; i < s.length; i++) {
        ctx[i] = contextIds.getOrDefault(s[i].toLowerCase(Locale.ROOT), -1);
      }
      for (int i = 0; i < s.length; i++) {
        Integer w = wordIds.get(s[i]);
        if (w == null) {
          continue;
        }
        for (int o = 0; o < OFFSETS.length; o++) {
          int j = i + OFFSETS[o];
          int c = j < 0 || j >= s.length ? 0 : ctx[j];
          if (c >= 0) {
            if (used[w] == occurrences[w].length) {
              occurrences[w] = Arrays.copyOf(occurrences[w], 2 * used[w] + 8);
            }
            occurrences[w][used[w]++] = o * contexts + c;
          }
        }
      }
    }
    // Sparse count vectors, then positive PMI with context-distribution smoothing (0.75).
    int[][] index = new int[n][];
    float[][] value = new float[n][];
    double[] contextTotals = new double[dims];
    for (int w = 0; w < n; w++) {
      int[] occ = Arrays.copyOf(occurrences[w], used[w]);
      occurrences[w] = null;
      Arrays.sort(occ);
      int distinct = 0;
      for (int k = 0; k < occ.length; k++) {
        if (k == 0 || occ[k] != occ[k - 1]) {
          distinct++;
        }
      }
      index[w] = new int[distinct];
      value[w] = new float[distinct];
      int d = -1;
      for (int k = 0; k < occ.length; k++) {
        if (k == 0 || occ[k] != occ[k - 1]) {
          index[w][++d] = occ[k];
        }
        value[w][d]++;
        contextTotals[occ[k]]++;
      }
    }
    double smoothedTotal = 0;
    double[] smoothed = new double[dims];
    for (int c = 0; c < dims; c++) {
      smoothed[c] = Math.pow(contextTotals[c], 0.75);
      smoothedTotal += smoothed[c];
    }
    for (int w = 0; w < n; w++) {
      double rowTotal = 0;
      for (float v : value[w]) {
        rowTotal += v;
      }
      double norm = 0;
      for (int k = 0; k < value[w].length; k++) {
        double pmi = Math.log(value[w][k] / rowTotal / (smoothed[index[w][k]] / smoothedTotal));
        float ppmi = (float) Math.max(0, pmi);
        value[w][k] = ppmi;
        norm += ppmi * ppmi;
      }
      if (norm > 0) {
        float inv = (float) (1 / Math.sqrt(norm));
        for (int k = 0; k < value[w].length; k++) {
          value[w][k] *= inv;
        }
      }
    }
    String[] paths = new String[n];
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    bisect(all, "", index, value, dims, paths);
    Map<String, String[]> result = new HashMap<>();
    for (int i = 0; i < n; i++) {
      result.put(vocabulary.get(i), new String[] {paths[i].isEmpty() ? "0" : paths[i]});
    }
    return result;
  }

  /** Splits {@code members} in two with spherical 2-means and recurses; leaves get {@code path}. */
  private static void bisect(int[] members, String path, int[][] index, float[][] value, int dims, String[] paths) {
    if (members.length < MIN_SPLIT || path.length() >= MAX_DEPTH) {
      for (int m : members) {
        paths[m] = path;
      }
      return;
    }
    Random random = new Random(path.hashCode() * 31L + members.length);
    double[][] centroids = new double[2][dims];
    int a = members[random.nextInt(members.length)];
    int b = a;
    for (int tries = 0; tries < 10 && b == a; tries++) {
      b = members[random.nextInt(members.length)];
    }
    add(centroids[0], index[a], value[a]);
    add(centroids[1], index[b], value[b]);
    boolean[] side = new boolean[members.length];
    for (int it = 0; it < ITERATIONS; it++) {
      boolean changed = false;
      for (int k = 0; k < members.length; k++) {
        int m = members[k];
        boolean one = dot(centroids[1], index[m], value[m]) > dot(centroids[0], index[m], value[m]);
        if (one != side[k]) {
          changed = true;
          side[k] = one;
        }
      }
      if (!changed && it > 0) {
        break;
      }
      Arrays.fill(centroids[0], 0);
      Arrays.fill(centroids[1], 0);
      for (int k = 0; k < members.length; k++) {
        int m = members[k];
        add(centroids[side[k] ? 1 : 0], index[m], value[m]);
      }
      normalise(centroids[0]);
      normalise(centroids[1]);
    }
    int ones = 0;
    for (boolean s : side) {
      if (s) {
        ones++;
      }
    }
    if (ones == 0 || ones == members.length) {
      for (int m : members) {
        paths[m] = path;
      }
      return;
    }
    int[] left = new int[members.length - ones];
    int[] right = new int[ones];
    int l = 0;
    int r = 0;
    for (int k = 0; k < members.length; k++) {
      if (side[k]) {
        right[r++] = members[k];
      } else {
        left[l++] = members[k];
      }
    }
    centroids = null;
    bisect(left, path + "0", index, value, dims, paths);
    bisect(right, path + "1", index, value, dims, paths);
  }

  private static void add(double[] centroid, int[] index, float[] value) {
    for (int k = 0; k < index.length; k++) {
      centroid[index[k]] += value[k];
    }
  }

  private static double dot(double[] centroid, int[] index, float[] value) {
    double s = 0;
    for (int k = 0; k < index.length; k++) {
      s += centroid[index[k]] * value[k];
    }
    return s;
  }

  private static void normalise(double[] v) {
    double n = 0;
    for (double x : v) {
      n += x * x;
    }
    if (n > 0) {
      double inv = 1 / Math.sqrt(n);
      for (int i = 0; i < v.length; i++) {
        v[i] *= inv;
      }
    }
  }

  private static void read(String input, List<String[]> sentences) throws IOException {
    if (input.endsWith(".jsonl")) {
      try (BufferedReader r = Files.newBufferedReader(Paths.get(input), StandardCharsets.UTF_8)) {
        String line;
        int lineNumber = 0;
        while ((line = r.readLine()) != null) {
          lineNumber++;
          if (line.isBlank()) {
            continue;
          }
          for (String field : List.of("title", "text")) {
            String text = jsonString(line, field);
            checkArgument(text != null, "line %s of %s has no string field '%s'", lineNumber, input, field);
            for (String paragraph : text.split("\n")) {
              String[] tokens = tokenize(paragraph);
              if (tokens.length > 0) {
                sentences.add(tokens);
              }
            }
          }
        }
      }
    } else {
      for (NerDocument doc : CorpusSpec.parse(input).read()) {
        for (NerSentence s : doc.sentences()) {
          String[] tokens = s.tokenArray().clone();
          for (int i = 0; i < tokens.length; i++) {
            tokens[i] = NerFeatureGenerator.normalize(tokens[i]);
          }
          sentences.add(tokens);
        }
      }
    }
  }

  /** The value of a top-level string field of a one-line JSON object, null if absent. */
  static String jsonString(String json, String field) {
    String key = "\"" + field + "\"";
    int at = json.indexOf(key);
    while (at >= 0) {
      int i = at + key.length();
      while (i < json.length() && json.charAt(i) == ' ') {
        i++;
      }
      if (i < json.length() && json.charAt(i) == ':') {
        i++;
        while (i < json.length() && json.charAt(i) == ' ') {
          i++;
        }
        if (i < json.length() && json.charAt(i) == '"') {
          return unescape(json, i + 1);
        }
      }
      at = json.indexOf(key, at + 1);
    }
    return null;
  }

  private static String unescape(String json, int from) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      checkArgument(i + 1 < json.length(), "unterminated JSON escape");
      char e = json.charAt(++i);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't', 'r', 'b', 'f' -> sb.append(' ');
        case 'u' -> {
          checkArgument(i + 4 < json.length(), "truncated JSON \\u escape");
          sb.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> sb.append(e);
      }
    }
    throw new IllegalArgumentException("unterminated JSON string");
  }

  private static final String LEADING = "\"'([{$£€“‘«";
  private static final String TRAILING = "\"')]},;:!?%”’»";

  /**
   * Splits text into PTB-like tokens: at whitespace, leading and trailing punctuation, a final
   * period (kept on initials, dotted acronyms and short capitalised abbreviations such as
   * "Gen."), and possessive/negation clitics. Typographic quotes become ASCII.
   */
  static String[] tokenize(String text) {
    List<String> out = new ArrayList<>();
    for (String chunk : text.trim().split("\\s+")) {
      if (chunk.isEmpty()) {
        continue;
      }
      int s = 0;
      int e = chunk.length();
      List<String> trailing = new ArrayList<>();
      while (s < e && LEADING.indexOf(chunk.charAt(s)) >= 0) {
        out.add(NerFeatureGenerator.normalize(chunk.substring(s, s + 1)));
        s++;
      }
      while (e > s) {
        char c = chunk.charAt(e - 1);
        if (TRAILING.indexOf(c) >= 0 || c == '.' && !keepsPeriod(chunk.substring(s, e))) {
          trailing.add(0, NerFeatureGenerator.normalize(String.valueOf(c)));
          e--;
        } else {
          break;
        }
      }
      if (e > s) {
        String word = NerFeatureGenerator.normalize(chunk.substring(s, e));
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("n't") && word.length() > 3) {
          out.add(word.substring(0, word.length() - 3));
          out.add(word.substring(word.length() - 3));
        } else if (lower.endsWith("'s") && word.length() > 2) {
          out.add(word.substring(0, word.length() - 2));
          out.add(word.substring(word.length() - 2));
        } else {
          out.add(word);
        }
      }
      out.addAll(trailing);
    }
    return out.toArray(new String[0]);
  }

  private static boolean keepsPeriod(String word) {
    if (word.length() < 2) {
      return false;
    }
    if (word.indexOf('.') < word.length() - 1) {
      return true;
    }
    return Character.isUpperCase(word.charAt(0)) && word.length() <= 4;
  }

  /**
   * Command-line entry point: {@code OUT.tsv.gz INPUT...}.
   *
   * @throws IllegalArgumentException on bad arguments
   */
  public static void main(String[] args) throws IOException {
    checkArgument(args.length >= 2, "usage: WordClusterBuilder OUT.tsv.gz INPUT...");
    build(Arrays.asList(args).subList(1, args.length), Paths.get(args[0]));
  }
}
