package io.github.dossier.analyzers;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkPositionIndexes;

import java.util.List;
import opennlp.tools.util.Span;

/**
 * A rule-based tokenizer for English news text in the Penn-Treebank-like style of the NER training
 * corpora.
 *
 * <p>It keeps abbreviations, initials and dotted acronyms whole ("U.S.", "Gen.", "J."), splits
 * punctuation, typographic quotes and dashes from words, splits possessive and clitic endings in
 * both apostrophe forms ("Russia’s" becomes "Russia" + "’s", "didn't" becomes "did" + "n't"), and
 * splits words at slashes ("Peter/Reuters") and, when asked, at hyphens ("four-year" becomes
 * "four" + "-" + "year", as in Universal Dependencies English). Hashtags and handles ("#Kyiv",
 * "@cbcnews") stay whole, so they are not taken for names.
 *
 * <p>The stock OpenNLP English tokenizer model was not used because it leaves "Trump’s" and
 * "didn’t" whole and splits "Gen." into "Gen" + ".". Instances are immutable and thread-safe.
 */
final class NewsTokenizer {

  private static final String LEADING = "\"'“‘«‹([{$£€¥¿¡";
  private static final String TRAILING = "\"'”’»›)]},;:!?%";
  private static final String[] CLITICS = {"n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve",
      "'ll", "’ll", "'d", "’d", "'m", "’m", "'S", "’S"};

  private final boolean splitHyphens;

  NewsTokenizer(boolean splitHyphens) {
    this.splitHyphens = splitHyphens;
  }

  /** Whether hyphens between letters are split off as tokens of their own. */
  boolean splitsHyphens() {
    return splitHyphens;
  }

  /**
   * Appends the tokens of {@code text[from, to)} to {@code out} as spans with absolute offsets
   * into {@code text}.
   */
  void tokenize(String text, int from, int to, List<Span> out) {
    checkNotNull(text, "text");
    checkNotNull(out, "out");
    checkPositionIndexes(from, to, text.length());
    int i = from;
    while (i < to) {
      while (i < to && isSpace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && !isSpace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        chunk(text, start, i, out);
      }
    }
  }

  private void chunk(String text, int s, int e, List<Span> out) {
    // leading punctuation, each character a token
    while (s < e && LEADING.indexOf(text.charAt(s)) >= 0 && !isYearApostrophe(text, s, e)) {
      out.add(new Span(s, s + 1));
      s++;
    }
    // peel trailing punctuation right to left
    java.util.ArrayDeque<Span> tail = new java.util.ArrayDeque<>();
    boolean changed = true;
    while (s < e && changed) {
      changed = false;
      char c = text.charAt(e - 1);
      if (c == '.' || c == '…') {
        int dots = e;
        while (dots > s && (text.charAt(dots - 1) == '.' || text.charAt(dots - 1) == '…')) {
          dots--;
        }
        if (e - dots == 1 && c == '.' && keepsPeriod(text, s, e - 1)) {
          break;
        }
        tail.push(new Span(dots, e));
        e = dots;
        changed = true;
      } else if (TRAILING.indexOf(c) >= 0) {
        tail.push(new Span(e - 1, e));
        e--;
        changed = true;
      } else if (isDash(c) && e - 1 > s) {
        int d = e - 1;
        while (d > s && isDash(text.charAt(d - 1))) {
          d--;
        }
        tail.push(new Span(d, e));
        e = d;
        changed = true;
      }
    }
    if (s < e) {
      core(text, s, e, out);
    }
    out.addAll(tail);
  }

  /** Splits the core of a chunk at slashes, dashes and (optionally) hyphens, then clitics. */
  private void core(String text, int s, int e, List<Span> out) {
    int pieceStart = s;
    int i = s;
    while (i < e) {
      char c = text.charAt(i);
      boolean split = c == '/' || c == '—' || c == '–' || c == '…'
          || (c == '-' && (splitHyphens || (i > s && text.charAt(i - 1) == '.')
              || (i + 1 < e && text.charAt(i + 1) == '-')));
      if (split && e - s > 1) {
        if (i > pieceStart) {
          word(text, pieceStart, i, out);
        }
        int j = i + 1;
        while (j < e && text.charAt(j) == c && c != '/') {
          j++;
        }
        out.add(new Span(i, j));
        pieceStart = j;
        i = j;
      } else {
        i++;
      }
    }
    if (pieceStart < e) {
      word(text, pieceStart, e, out);
    }
  }

  private static void word(String text, int s, int e, List<Span> out) {
    for (String clitic : CLITICS) {
      int len = clitic.length();
      if (e - s > len && text.regionMatches(true, e - len, clitic, 0, len)) {
        out.add(new Span(s, e - len));
        out.add(new Span(e - len, e));
        return;
      }
    }
    out.add(new Span(s, e));
  }

  /** Whether the word {@code text[s, periodAt)} keeps its following period. */
  static boolean keepsPeriod(CharSequence text, int s, int periodAt) {
    int len = periodAt - s;
    if (len <= 0) {
      return false;
    }
    if (len == 1 && Character.isLetter(text.charAt(s))) {
      return true; // an initial: "J."
    }
    boolean innerPeriod = false;
    boolean letters = true;
    for (int i = s; i < periodAt; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        innerPeriod = true;
      } else if (!Character.isLetter(c)) {
        letters = false;
      }
    }
    if (innerPeriod && letters) {
      return true; // a dotted acronym: "U.S." "e.g."
    }
    return WordLists.ABBREVIATIONS.contains(WordLists.lower(text.subSequence(s, periodAt)));
  }

  private static boolean isYearApostrophe(String text, int s, int e) {
    char c = text.charAt(s);
    if (c != '\'' && c != '’') {
      return false;
    }
    // an apostrophe that begins a chunk is a quote unless it abbreviates a year, as in '90s
    return s + 1 < e && Character.isDigit(text.charAt(s + 1));
  }

  static boolean isDash(char c) {
    return c == '-' || c == '—' || c == '–' || c == '‒' || c == '―';
  }

  /** White space, including no-break spaces and the zero-width characters that separate words. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c)
        || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
  }
}
