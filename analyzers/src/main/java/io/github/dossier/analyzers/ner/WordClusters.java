package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Hierarchical word clusters: every known word has a bit-string path ({@code "0110100"}) in a binary
 * tree of words that occur in similar contexts, so that a name never seen in the labelled training
 * data still shares features with known names ("Metreweli" with other surnames that follow "said"
 * and a first name). Prefixes of the path are coarser clusters.
 *
 * <p>The shipped data ({@value #RESOURCE}) is built by {@link WordClusterBuilder} from unlabelled
 * news text and the token columns of the training corpora, and loaded once per JVM by {@link
 * #shared()}. Words are case-sensitive; a word not found as written is looked up capitalised and
 * then in lower case, so "TRUMP" in a headline finds "Trump". Instances are immutable and
 * thread-safe.
 */
final class WordClusters {

  /** Classpath location of the shipped clusters. */
  static final String RESOURCE = "/io/github/dossier/analyzers/ner-en-clusters.tsv.gz";

  /** The path prefix lengths that become features (longer paths give their full path as well). */
  static final int[] PREFIXES = {4, 8, 12};

  /** Loaded on first use; a failed load is not remembered, so the next caller sees the error too. */
  private static final Supplier<WordClusters> SHARED = Suppliers.memoize(WordClusters::loadShared);

  /** A cluster path with its feature strings computed once. */
  record Path(String bits, String[] tokenFeatures, String[] previousFeatures, String[] nextFeatures) {}

  private final Map<String, Path> words;

  private WordClusters(Map<String, Path> words) {
    this.words = words;
  }

  /** The clusters shipped on the classpath, loaded on first use. */
  static WordClusters shared() {
    return SHARED.get();
  }

  private static WordClusters loadShared() {
    return GzipResources.load(RESOURCE, "word cluster", WordClusters::read);
  }

  /**
   * Reads {@code word<TAB>path} lines (UTF-8, path of '0'/'1'); the stream is not closed.
   *
   * @throws IllegalArgumentException naming the line that is not {@code word<TAB>path}
   */
  static WordClusters read(InputStream in) throws IOException {
    checkNotNull(in, "word cluster stream");
    Map<String, Path> paths = new HashMap<>();
    Map<String, Path> words = new HashMap<>(1 << 16);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      int tab = line.indexOf('\t');
      checkArgument(tab > 0 && tab < line.length() - 1, "word cluster line %s is not 'word<TAB>path': %s",
          lineNumber, line);
      String bits = line.substring(tab + 1);
      for (int i = 0; i < bits.length(); i++) {
        checkArgument(bits.charAt(i) == '0' || bits.charAt(i) == '1',
            "word cluster line %s has a path that is not made of 0 and 1: %s", lineNumber, line);
      }
      words.put(line.substring(0, tab), paths.computeIfAbsent(bits, WordClusters::path));
    }
    return new WordClusters(words);
  }

  private static Path path(String bits) {
    int n = 0;
    for (int p : PREFIXES) {
      if (p < bits.length()) {
        n++;
      }
    }
    String[] token = new String[n + 1];
    String[] previous = new String[n + 1];
    String[] next = new String[n + 1];
    int k = 0;
    for (int p : PREFIXES) {
      if (p < bits.length()) {
        String prefix = bits.substring(0, p);
        token[k] = "c" + p + "=" + prefix;
        previous[k] = "c-1," + p + "=" + prefix;
        next[k] = "c+1," + p + "=" + prefix;
        k++;
      }
    }
    token[n] = "c=" + bits;
    previous[n] = "c-1=" + bits;
    next[n] = "c+1=" + bits;
    return new Path(bits, token, previous, next);
  }

  /**
   * The cluster of a token: as written, else capitalised ("TRUMP" → "Trump"), else lower-cased;
   * null if unknown.
   */
  Path of(String token) {
    return of(token, token.toLowerCase(Locale.ROOT));
  }

  /**
   * {@link #of(String)} with the token's lower-case form already at hand; allocates nothing when
   * the token is found as written or is an unknown word written with a capital and lower-case letters.
   */
  Path of(String token, String lower) {
    Path p = words.get(token);
    if (p != null || token.isEmpty()) {
      return p;
    }
    if (Character.isUpperCase(token.charAt(0)) && token.length() > 1 && lower.length() == token.length()
        && !token.regionMatches(1, lower, 1, lower.length() - 1)) {
      p = words.get(token.substring(0, 1) + lower.substring(1));
      if (p != null) {
        return p;
      }
    }
    return words.get(lower);
  }

  /** Whether the word, exactly as written, has a cluster (was seen at least three times so written). */
  boolean contains(String word) {
    return words.containsKey(word);
  }

  /** The number of words. */
  int size() {
    return words.size();
  }
}
