package io.github.dossier.analyzers;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits news text into sentences: every line break ends a sentence (so paragraphs, headings and
 * photo captions without a final period stand alone), and within a line OpenNLP's maximum-entropy
 * sentence detector proposes boundaries which a rule layer then corrects.
 *
 * <p>The correction joins a proposed boundary after an abbreviation ("Gen.", "St.", "Mr."), an
 * initial ("J.") or a dotted acronym ("U.S.") back into one sentence unless the next word is one
 * that typically starts a sentence ("The", "He", "But" ...), and never splits before a word that
 * starts in lower case; it adds the boundary the model misses before such a sentence-starting
 * word ("... with the U.S. They said ..."). Typographic quotes are shown to the model as ASCII quotes, which it was
 * trained on.
 *
 * <p>Not thread-safe (the OpenNLP detector is not): use one instance per thread.
 */
final class SentenceSplitter {

  private final SentenceDetectorME detector;

  SentenceSplitter(SentenceModel model) {
    this.detector = new SentenceDetectorME(checkNotNull(model, "sentence model"));
  }

  /** The sentences of {@code text} as trimmed, non-empty spans in text order. */
  List<Span> split(String text) {
    checkNotNull(text, "text");
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int lineStart = 0;
    while (lineStart < n) {
      int lineEnd = lineStart;
      while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      splitLine(text, lineStart, lineEnd, out);
      lineStart = lineEnd + 1;
    }
    return out;
  }

  private void splitLine(String text, int from, int to, List<Span> out) {
    while (from < to && NewsTokenizer.isSpace(text.charAt(from))) {
      from++;
    }
    while (to > from && NewsTokenizer.isSpace(text.charAt(to - 1))) {
      to--;
    }
    if (from == to) {
      return;
    }
    String line = asciiQuotes(text.substring(from, to));
    TreeSet<Integer> proposed = new TreeSet<>();
    for (Span p : detector.sentPosDetect(line)) {
      proposed.add(p.getEnd());
    }
    proposeBeforeSentenceStarters(line, proposed);
    int sentenceStart = 0;
    for (int end : proposed) {
      if (end <= sentenceStart || end >= line.length()) {
        continue;
      }
      if (isBoundary(line, end)) {
        addTrimmed(text, from + sentenceStart, from + end, out);
        sentenceStart = end;
      }
    }
    addTrimmed(text, from + sentenceStart, to, out);
  }

  /**
   * Adds the boundaries the model may miss: after a final period, question or exclamation mark
   * (and any closing quotes or brackets) that is followed by a capitalised word from the
   * sentence-starter list ("... with the U.S. They said ...").
   */
  private static void proposeBeforeSentenceStarters(String line, TreeSet<Integer> proposed) {
    int n = line.length();
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int end = i + 1;
      while (end < n && "\"')]".indexOf(line.charAt(end)) >= 0) {
        end++;
      }
      if (end >= n || !NewsTokenizer.isSpace(line.charAt(end))) {
        continue;
      }
      int next = end;
      while (next < n && NewsTokenizer.isSpace(line.charAt(next))) {
        next++;
      }
      int wordEnd = next;
      while (wordEnd < n && Character.isLetter(line.charAt(wordEnd))) {
        wordEnd++;
      }
      if (wordEnd > next && Character.isUpperCase(line.charAt(next))
          && WordLists.SENTENCE_STARTERS.contains(WordLists.lower(line.substring(next, wordEnd)))) {
        proposed.add(end);
      }
    }
  }

  /** Whether a boundary the model proposes at {@code line[end]} survives the rules. */
  static boolean isBoundary(String line, int end) {
    int lastWordEnd = end;
    while (lastWordEnd > 0 && NewsTokenizer.isSpace(line.charAt(lastWordEnd - 1))) {
      lastWordEnd--;
    }
    int lastWordStart = lastWordEnd;
    while (lastWordStart > 0 && !NewsTokenizer.isSpace(line.charAt(lastWordStart - 1))) {
      lastWordStart--;
    }
    int nextStart = end;
    while (nextStart < line.length() && NewsTokenizer.isSpace(line.charAt(nextStart))) {
      nextStart++;
    }
    int nextEnd = nextStart;
    while (nextEnd < line.length() && !NewsTokenizer.isSpace(line.charAt(nextEnd))) {
      nextEnd++;
    }
    // the first letters of the next word, after any opening quotes or brackets
    int letters = nextStart;
    while (letters < nextEnd && !Character.isLetterOrDigit(line.charAt(letters))) {
      letters++;
    }
    if (letters < nextEnd && Character.isLowerCase(line.charAt(letters))) {
      return false;
    }
    if (lastWordEnd - lastWordStart < 2 || line.charAt(lastWordEnd - 1) != '.') {
      return true;
    }
    int wordStart = lastWordStart;
    while (wordStart < lastWordEnd && !Character.isLetterOrDigit(line.charAt(wordStart))) {
      wordStart++;
    }
    if (wordStart >= lastWordEnd - 1 || !NewsTokenizer.keepsPeriod(line, wordStart, lastWordEnd - 1)) {
      return true;
    }
    int wordEnd = letters;
    while (wordEnd < nextEnd && Character.isLetter(line.charAt(wordEnd))) {
      wordEnd++;
    }
    return WordLists.SENTENCE_STARTERS.contains(WordLists.lower(line.substring(letters, wordEnd)));
  }

  private static void addTrimmed(String text, int start, int end, List<Span> out) {
    while (start < end && NewsTokenizer.isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && NewsTokenizer.isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }

  /** {@code s} with typographic quotes replaced by ASCII ones, character for character. */
  static String asciiQuotes(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      switch (chars[i]) {
        case '‘', '’', '‚', '‛' -> chars[i] = '\'';
        case '“', '”', '„', '‟' -> chars[i] = '"';
        default -> { }
      }
    }
    return new String(chars);
  }
}
