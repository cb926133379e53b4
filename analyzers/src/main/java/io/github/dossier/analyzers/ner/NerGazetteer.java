package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.Map;
import java.util.Set;

/**
 * The compact name gazetteer behind the NER gazetteer features: lower-cased words and phrases
 * (tokens separated by one space) mapped to a bit set of {@link Category categories}.
 *
 * <p>The shipped data ({@value #RESOURCE}) is derived by {@link NerGazetteerBuilder} from public
 * lists (SSA/Census names, GeoNames cities, world-countries, compromise lexicon, WordNet instances)
 * and loaded once per JVM by {@link #shared()}; instances are immutable and thread-safe.
 */
final class NerGazetteer {

  /** Classpath location of the shipped gazetteer. */
  static final String RESOURCE = "/io/github/dossier/analyzers/ner-en-gazetteer.tsv.gz";

  /** The categories of places of any size: cities, countries, regions and towns. */
  static final int PLACES = Category.CITY.bit | Category.COUNTRY.bit | Category.REGION.bit | Category.TOWN.bit;

  /** What a gazetteer entry is known to be. The letter is the code used in the data file. */
  enum Category {
    FIRST_NAME('F'),
    SURNAME('S'),
    PERSON('P'),
    CITY('C'),
    COUNTRY('K'),
    REGION('R'),
    DEMONYM('D'),
    ORGANIZATION('O'),
    TITLE('T'),
    WORDNET_PERSON('N'),
    WORDNET_LOCATION('M'),
    WORDNET_ORGANIZATION('G'),
    USUALLY_LOWERCASE('L'),
    ORG_HEAD('Z'),
    LOCATION_HEAD('Y'),
    /** A town or village (smaller than a {@link #CITY}) that is no city, country or region. */
    TOWN('V');

    final char code;
    final int bit;

    Category(char code) {
      this.code = code;
      this.bit = 1 << ordinal();
    }

    private static final Category[] BY_CODE = new Category[128];

    static {
      for (Category c : values()) {
        BY_CODE[c.code] = c;
      }
    }

    static Category forCode(char code) {
      Category c = code < BY_CODE.length ? BY_CODE[code] : null;
      if (c != null) {
        return c;
      }
      throw new IllegalArgumentException("unknown gazetteer category code '" + code + "'");
    }
  }

  /** log2 of the size in bits of the filter of entries' first two words. */
  private static final int PAIR_FILTER_BITS = 20;

  /** Loaded on first use; a failed load is not remembered, so the next caller sees the error too. */
  private static final Supplier<NerGazetteer> SHARED = Suppliers.memoize(NerGazetteer::loadShared);

  private final Map<String, Integer> entries;
  private final Set<String> phraseStarts;
  /** Every proper prefix of a multi-word entry that ends before one of its spaces. */
  private final Set<String> phrasePrefixes;
  private final int maxPhraseLength;
  /**
   * A Bloom filter over the first two words of the multi-word entries ({@link #pairHash}): 2^20
   * bits, 128 KB. Name finding looks up every two-word phrase that starts like an entry; the filter
   * rules out most of them without building and hashing the phrase.
   */
  private final HashFilter pairs = new HashFilter(PAIR_FILTER_BITS);

  private NerGazetteer(
      Map<String, Integer> entries, Set<String> phraseStarts, Set<String> phrasePrefixes, int maxPhraseLength) {
    this.entries = entries;
    this.phraseStarts = phraseStarts;
    this.phrasePrefixes = phrasePrefixes;
    this.maxPhraseLength = maxPhraseLength;
    for (String phrase : entries.keySet()) {
      int first = phrase.indexOf(' ');
      if (first > 0) {
        int second = phrase.indexOf(' ', first + 1);
        pairs.add(pairHash(phrase.substring(0, first).hashCode(),
            (second < 0 ? phrase.substring(first + 1) : phrase.substring(first + 1, second)).hashCode()));
      }
    }
  }

  /**
   * Whether some multi-word entry may start with these two lower-cased words: false means none
   * does (no entry is {@code first second} or longer and starting so); allocates nothing.
   */
  boolean mayStartWith(String first, String second) {
    return pairs.mayContain(pairHash(first.hashCode(), second.hashCode()));
  }

  private static int pairHash(int first, int second) {
    return first * 0x9E3779B1 + second;
  }

  /** The gazetteer shipped on the classpath, loaded on first use. */
  static NerGazetteer shared() {
    return SHARED.get();
  }

  private static NerGazetteer loadShared() {
    return GzipResources.load(RESOURCE, "NER gazetteer", NerGazetteer::read);
  }

  /** Reads {@code phrase<TAB>codes} lines (UTF-8); the stream is not closed. */
  static NerGazetteer read(InputStream in) throws IOException {
    checkNotNull(in, "gazetteer stream");
    Map<String, Integer> entries = new HashMap<>(1 << 19);
    Set<String> phraseStarts = new HashSet<>();
    Set<String> phrasePrefixes = new HashSet<>();
    int maxLength = 1;
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IllegalArgumentException("gazetteer line " + lineNumber + " is not 'phrase<TAB>codes': " + line);
      }
      String phrase = line.substring(0, tab);
      int bits = 0;
      for (int i = tab + 1; i < line.length(); i++) {
        bits |= Category.forCode(line.charAt(i)).bit;
      }
      entries.merge(phrase, bits, (a, b) -> a | b);
      int space = phrase.indexOf(' ');
      if (space > 0) {
        phraseStarts.add(phrase.substring(0, space));
        int length = 1;
        for (int i = 0; i < phrase.length(); i++) {
          if (phrase.charAt(i) == ' ') {
            length++;
            phrasePrefixes.add(phrase.substring(0, i));
          }
        }
        maxLength = Math.max(maxLength, length);
      }
    }
    return new NerGazetteer(entries, phraseStarts, phrasePrefixes, maxLength);
  }

  /** The category bits of a single lower-cased word, 0 if unknown. */
  int word(String lowercaseWord) {
    Integer bits = entries.get(lowercaseWord);
    return bits == null ? 0 : bits;
  }

  /**
   * Whether a token (any case) is a title or role word, or ends in one after a hyphen:
   * "President", "spokesperson", "Vice-President", "ex-minister".
   */
  boolean isTitle(String token) {
    if ((word(key(token)) & Category.TITLE.bit) != 0) {
      return true;
    }
    int hyphen = token.lastIndexOf('-');
    return hyphen > 0 && hyphen + 1 < token.length() && (word(key(token.substring(hyphen + 1))) & Category.TITLE.bit) != 0;
  }

  /** The category bits of a lower-cased phrase (tokens joined by one space), 0 if unknown. */
  int phrase(String lowercasePhrase) {
    return word(lowercasePhrase);
  }

  /** True if some multi-word entry starts with this lower-cased word. */
  boolean startsPhrase(String lowercaseWord) {
    return phraseStarts.contains(lowercaseWord);
  }

  /**
   * True if some entry starts with this lower-cased phrase followed by a space, so that a phrase
   * look-up with more tokens can still succeed.
   */
  boolean startsLongerPhrase(String lowercasePhrase) {
    return phrasePrefixes.contains(lowercasePhrase);
  }

  /** The largest number of tokens in any entry. */
  int maxPhraseLength() {
    return maxPhraseLength;
  }

  /** Calls {@code action} with every entry: its lower-cased phrase and category bits. */
  void forEach(BiConsumer<String, Integer> action) {
    entries.forEach(action);
  }

  /** The number of entries. */
  int size() {
    return entries.size();
  }

  /**
   * The gazetteer key of the phrase {@code tokens[from, to)}: its tokens lower-cased and joined by
   * single spaces; with {@code dropFinalPeriods}, a token's final period goes ("Sen." is "sen").
   */
  static String phraseKey(String[] tokens, int from, int to, boolean dropFinalPeriods) {
    if (to - from == 1 && !dropFinalPeriods) {
      return key(tokens[from]);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      String t = tokens[i];
      if (dropFinalPeriods && t.length() > 1 && t.endsWith(".")) {
        t = t.substring(0, t.length() - 1);
      }
      if (i > from) {
        sb.append(' ');
      }
      sb.append(key(t));
    }
    return sb.toString();
  }

  /** Lower-cases a token the way gazetteer keys are lower-cased. */
  static String key(String token) {
    return token.toLowerCase(Locale.ROOT);
  }
}
