package io.github.dossier.analyzers.ner;

import io.github.dossier.analyzers.ner.NerGazetteer.Category;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Dossier's own name-finder features, added to OpenNLP's defaults: word shape of the token and its
 * neighbours, sentence-initial capitalisation, prefixes and suffixes, gazetteer categories of the
 * token, of its neighbours and of multi-word gazetteer phrases covering it, whether a title or role
 * word ("President", "Gen.", "spokesperson") precedes it and whether a lower-case role word follows
 * it ("MI6 chief"), the normalised words around it, and optionally the head of the capitalised run
 * the token belongs to: every word of "Hampshire County Council" but the last gets "council" and its
 * gazetteer categories, so the type of a multi-word name is visible from its first word on.
 *
 * <p>Per-sentence work (lower-casing, gazetteer look-ups, phrase matching) is done once per token
 * array and reused for every token of the sentence. Instances are not thread-safe; OpenNLP creates
 * one per {@code NameFinderME}. The gazetteer is shared.
 */
final class NerFeatureGenerator implements AdaptiveFeatureGenerator {

  private static final Category[] CATEGORIES = Category.values();
  private static final String[] NONE = new String[0];
  private static final int PHRASE_BITS =
      Category.CITY.bit | Category.TOWN.bit | Category.COUNTRY.bit | Category.REGION.bit | Category.ORGANIZATION.bit
          | Category.PERSON.bit | Category.WORDNET_PERSON.bit | Category.WORDNET_LOCATION.bit
          | Category.WORDNET_ORGANIZATION.bit | Category.TITLE.bit;

  private final NerGazetteer gazetteer;
  private final WordClusters clusters;
  private final boolean affixes;
  private final int wordWindow;
  private final String[] wordPrefixes;
  private final boolean nameHeads;

  /** Category features per prefix: {@code PREFIX[c.ordinal()]} is the prefix followed by c's code. */
  private static final String[] G = categoryFeatures("g=");
  private static final String[] GL = categoryFeatures("gl=");
  private static final String[] G_PREVIOUS = categoryFeatures("g-1=");
  private static final String[] G_NEXT = categoryFeatures("g+1=");
  private static final String[] GP_BEGIN = categoryFeatures("gpB=");
  private static final String[] GP_INSIDE = categoryFeatures("gpI=");
  private static final String[] NH_G = categoryFeatures("nhg=");

  /** The most distinct words whose analysis is remembered in one generation of the memo ({@link WordMemo}). */
  static final int MAX_WORDS = 8192;

  /**
   * What depends on a token alone, worked out once per distinct token string and remembered:
   * normalised lower case, shape, capitalisation, gazetteer categories, cluster path, and the
   * feature strings made from them.
   *
   * @param startsPhrase whether a multi-word gazetteer entry starts with the word
   * @param window {@code w-2=lower}, …, {@code w+2=lower}: the word as seen from each window offset
   * @param affixes the suffix and prefix features (empty unless capitalised and affixes are on)
   */
  private record Word(
      String lower, String shape, boolean capitalised, int bits, boolean startsPhrase, WordClusters.Path clusterPath,
      String[] window, String shapeFeature, String previousShapeFeature, String nextShapeFeature,
      String initialShapeFeature, String head, String[] affixes) {}


  private final WordMemo<Word> words = new WordMemo<>(MAX_WORDS);
  /** {@code sh-1,0=a,b} and {@code sh0,+1=a,b} per pair of shapes (a, b), made once each. */
  private final PairFeatures shapePairs = new PairFeatures("sh-1,0=", "sh0,+1=");
  private String[] cachedTokens;
  private Word[] analysed = new Word[0];
  private int[] phraseBits = new int[0];
  private boolean[] phraseBegin = new boolean[0];
  private boolean[] titleBefore = new boolean[0];
  /** For each token, the index of the last token of the run of capitalised tokens it starts or continues. */
  private int[] runEnd = new int[0];

  /**
   * @param wordWindow how many neighbouring words on each side become features (0 = none); words are
   *     lower-cased with typographic quotes and apostrophes mapped to ASCII, so "Russia’s" and
   *     "Russia's" look the same
   * @param clusters word clusters whose paths (and path prefixes) of the token and its neighbours
   *     become features, or null for none
   * @param nameHeads whether the words of a capitalised run get the run's last word and its
   *     gazetteer categories as features
   */
  NerFeatureGenerator(
      NerGazetteer gazetteer, WordClusters clusters, boolean affixes, int wordWindow, boolean nameHeads) {
    this.gazetteer = gazetteer;
    this.clusters = clusters;
    this.affixes = affixes;
    this.wordWindow = wordWindow;
    this.nameHeads = nameHeads;
    this.wordPrefixes = new String[2 * wordWindow + 1];
    for (int k = -wordWindow; k <= wordWindow; k++) {
      wordPrefixes[k + wordWindow] = k == 0 ? "w=" : k < 0 ? "w" + k + "=" : "w+" + k + "=";
    }
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != cachedTokens) {
      analyse(tokens);
    }
    for (int k = -wordWindow; k <= wordWindow; k++) {
      int j = index + k;
      if (j >= 0 && j < tokens.length) {
        features.add(analysed[j].window[k + wordWindow]);
      }
    }
    String shape = analysed[index].shape;
    features.add(analysed[index].shapeFeature);
    String prevShape = index > 0 ? analysed[index - 1].shape : "BOS";
    String nextShape = index + 1 < tokens.length ? analysed[index + 1].shape : "EOS";
    features.add(index > 0 ? analysed[index - 1].previousShapeFeature : "sh-1=BOS");
    features.add(index + 1 < tokens.length ? analysed[index + 1].nextShapeFeature : "sh+1=EOS");
    features.add(shapePairs.left(prevShape, shape));
    features.add(shapePairs.right(shape, nextShape));
    boolean initial = index == 0 || isOpening(tokens[index - 1]);
    if (initial) {
      features.add(analysed[index].initialShapeFeature);
    }
    if (analysed[index].capitalised) {
      addBits(features, G, analysed[index].bits);
      if (analysed[index].bits == 0) {
        features.add(initial ? "g=unk,ini" : "g=unk");
      } else if (initial && (analysed[index].bits & Category.USUALLY_LOWERCASE.bit) != 0) {
        features.add("g=L,ini");
      }
    } else if ((analysed[index].bits & (Category.TITLE.bit | Category.ORG_HEAD.bit | Category.LOCATION_HEAD.bit)) != 0) {
      addBits(features, GL, analysed[index].bits & (Category.TITLE.bit | Category.ORG_HEAD.bit | Category.LOCATION_HEAD.bit));
    }
    if (index > 0 && analysed[index - 1].capitalised) {
      addBits(features, G_PREVIOUS, analysed[index - 1].bits);
      if (analysed[index - 1].bits == 0) {
        features.add("g-1=unk");
      }
    }
    if (index + 1 < tokens.length && analysed[index + 1].capitalised) {
      addBits(features, G_NEXT, analysed[index + 1].bits);
      if (analysed[index + 1].bits == 0) {
        features.add("g+1=unk");
      }
    }
    if (phraseBits[index] != 0) {
      addBits(features, phraseBegin[index] ? GP_BEGIN : GP_INSIDE, phraseBits[index]);
    }
    if (titleBefore[index]) {
      features.add(analysed[index].capitalised ? "ttl,cap" : "ttl");
    }
    if (analysed[index].capitalised && index + 1 < tokens.length && !analysed[index + 1].capitalised
        && (analysed[index + 1].bits & Category.TITLE.bit) != 0) {
      // "MI6 chief", "Kremlin spokesperson": a name followed by a lower-case role word.
      features.add("ttl+1");
    }
    if (nameHeads && runEnd[index] > index) {
      int head = runEnd[index];
      features.add(analysed[head].head);
      addBits(features, NH_G, analysed[head].bits);
    }
    if (clusters != null) {
      addClusters(features, tokens.length, index);
    }
    for (String f : analysed[index].affixes) {
      features.add(f);
    }
  }

  private void addClusters(List<String> features, int n, int index) {
    if (analysed[index].clusterPath != null) {
      for (String f : analysed[index].clusterPath.tokenFeatures()) {
        features.add(f);
      }
    }
    if (index > 0 && analysed[index - 1].clusterPath != null) {
      for (String f : analysed[index - 1].clusterPath.previousFeatures()) {
        features.add(f);
      }
    }
    if (index + 1 < n && analysed[index + 1].clusterPath != null) {
      for (String f : analysed[index + 1].clusterPath.nextFeatures()) {
        features.add(f);
      }
    }
  }

  private static void addBits(List<String> features, String[] prefixed, int bits) {
    for (Category c : CATEGORIES) {
      if ((bits & c.bit) != 0) {
        features.add(prefixed[c.ordinal()]);
      }
    }
  }

  private static String[] categoryFeatures(String prefix) {
    String[] out = new String[CATEGORIES.length];
    for (Category c : CATEGORIES) {
      out[c.ordinal()] = prefix + c.code;
    }
    return out;
  }

  private void analyse(String[] tokens) {
    int n = tokens.length;
    if (analysed.length < n) {
      int size = Math.max(n, 2 * analysed.length);
      analysed = new Word[size];
      phraseBits = new int[size];
      phraseBegin = new boolean[size];
      titleBefore = new boolean[size];
      runEnd = new int[size];
    }
    for (int i = 0; i < n; i++) {
      analysed[i] = word(tokens[i]);
      phraseBits[i] = 0;
      phraseBegin[i] = false;
      titleBefore[i] = false;
    }
    matchPhrases(n);
    if (nameHeads) {
      for (int i = n - 1; i >= 0; i--) {
        runEnd[i] = analysed[i].capitalised && i + 1 < n && analysed[i + 1].capitalised ? runEnd[i + 1] : i;
      }
    }
    for (int i = 1; i < n; i++) {
      boolean title = (analysed[i - 1].bits & Category.TITLE.bit) != 0
          || (phraseBits[i - 1] & Category.TITLE.bit) != 0 && (i == n || !isPhraseContinuation(i));
      if (title) {
        titleBefore[i] = true;
      }
    }
    cachedTokens = tokens;
  }

  /** The analysis of token {@code t}, remembered for the next sentences. */
  private Word word(String t) {
    Word w = words.get(t);
    if (w == null) {
      w = analyse(t);
      words.put(t, w);
    }
    return w;
  }

  private Word analyse(String t) {
    String lower = normalize(NerGazetteer.key(t));
    String shape = WordShape.of(t);
    boolean capitalised = !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    int bits = gazetteer.word(lower);
    if (bits == 0 && t.length() > 1 && t.charAt(t.length() - 1) == '.') {
      bits = gazetteer.word(lower.substring(0, t.length() - 1));
    }
    WordClusters.Path path = clusters == null ? null : clusters.of(normalize(t), lower);
    String[] window = new String[wordPrefixes.length];
    for (int k = 0; k < window.length; k++) {
      window[k] = wordPrefixes[k] + lower;
    }
    return new Word(lower, shape, capitalised, bits, gazetteer.startsPhrase(lower), path, window, "sh=" + shape, "sh-1=" + shape,
        "sh+1=" + shape, "ini,sh=" + shape, nameHeads ? "nh=" + lower : null,
        affixes && capitalised ? affixFeatures(lower) : NONE);
  }

  private static String[] affixFeatures(String w) {
    int n = w.length();
    if (n >= 4) {
      return new String[] {
          "suf3=" + w.substring(n - 3), "suf4=" + w.substring(n - 4), "pre3=" + w.substring(0, 3),
          "suf2=" + w.substring(n - 2)};
    }
    return n >= 3 ? new String[] {"suf2=" + w.substring(n - 2)} : NONE;
  }

  private boolean isPhraseContinuation(int i) {
    return phraseBits[i] != 0 && !phraseBegin[i];
  }

  private void matchPhrases(int n) {
    int max = gazetteer.maxPhraseLength();
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < n) {
      int matchedLength = 0;
      int matchedBits = 0;
      if (analysed[i].startsPhrase) {
        sb.setLength(0);
        sb.append(analysed[i].lower);
        for (int len = 2; len <= max && i + len <= n; len++) {
          if (len == 2 && !gazetteer.mayStartWith(analysed[i].lower, analysed[i + 1].lower)) {
            break; // no entry starts with these two words: no match here (the filter has no false "no")
          }
          sb.append(' ').append(analysed[i + len - 1].lower);
          String phrase = sb.toString();
          int bits = gazetteer.phrase(phrase) & PHRASE_BITS;
          if (bits != 0) {
            matchedLength = len;
            matchedBits = bits;
          }
          if (!gazetteer.startsLongerPhrase(phrase)) {
            break; // no entry is longer and starts like this: the longest match is known
          }
        }
      }
      if (matchedLength >= 2 && (analysed[i].capitalised || (matchedBits & Category.TITLE.bit) != 0)) {
        for (int k = 0; k < matchedLength; k++) {
          phraseBits[i + k] = matchedBits;
          phraseBegin[i + k] = k == 0;
        }
        i += matchedLength;
      } else {
        i++;
      }
    }
  }

  /** Maps typographic quotes, apostrophes and dashes to their ASCII forms. */
  static String normalize(String lowercase) {
    for (int i = 0; i < lowercase.length(); i++) {
      char c = lowercase.charAt(i);
      if (c >= '\u2013' && c <= '\u201F' || c == '`' || c == '\u00AB' || c == '\u00BB') {
        return normalizeSlow(lowercase);
      }
    }
    return lowercase;
  }

  private static String normalizeSlow(String s) {
    if (s.equals("``") || s.equals("''")) {
      return "\"";
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\u2018', '\u2019', '\u201A', '\u201B', '`' -> sb.append('\'');
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB' -> sb.append('"');
        case '\u2013', '\u2014' -> sb.append("--");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isOpening(String token) {
    return token.equals("``") || token.equals("\"") || token.equals(":") || token.equals("“")
        || token.equals("(") || token.equals("-") || token.equals("--") || token.equals("'")
        || token.equals("‘");
  }

  @Override
  public void clearAdaptiveData() {
    cachedTokens = null;
  }
}
