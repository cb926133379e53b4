package io.github.dossier.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Makes the snippets of search hits: the best passage of the body around the query's matches,
 * with matched words between {@link Hit#HIGHLIGHT_START} and {@link Hit#HIGHLIGHT_END}; or, when
 * the body has no match, its start. Snippets are one line: runs of white space become one space.
 *
 * <p>Offsets come from the body's postings, and the highlighter reads the whole body however long
 * it is, so a match at the end of a 10 MB article is found.
 */
final class Snippets {
  /** The passage length the highlighter aims at, in characters. */
  static final int PASSAGE_GOAL = 160;
  /** The longest snippet, in characters; longer passages are cut around their first match. */
  static final int MAX_SNIPPET = 400;
  /** The length of a snippet that is the start of the body. */
  static final int LEAD_LENGTH = 200;
  private static final String ELLIPSIS = "…";
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Snippets() {}

  /**
   * One snippet per hit of {@code top}, in order; {@code bodies[i]} is the stored body of hit
   * {@code i} (already read by the caller, so the highlighter need not read it again).
   */
  static String[] highlight(
      IndexSearcher searcher, Analyzer analyzer, Query query, TopDocs top, String[] bodies)
      throws IOException {
    Map<Integer, String> byDoc = new HashMap<>();
    for (int i = 0; i < bodies.length; i++) {
      byDoc.put(top.scoreDocs[i].doc, bodies[i] == null ? "" : bodies[i]);
    }
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withMaxLength(Integer.MAX_VALUE - 1)
            .withMaxNoHighlightPassages(0)
            .withFormatter(
                new DefaultPassageFormatter(Hit.HIGHLIGHT_START, Hit.HIGHLIGHT_END, ELLIPSIS, false))
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        (BreakIterator) SENTENCES.clone(), PASSAGE_GOAL, 0.5f));
    UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
      /**
       * The field's info in the first segment that has the field, instead of merging the field
       * infos of all segments, which a new highlighter does on first use and which cost about 5%
       * of a search; Lucene keeps a field's schema (index options, term vectors) the same in
       * every segment.
       */
      @Override
      protected FieldInfo getFieldInfo(String field) {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
          FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
          if (info != null) {
            return info;
          }
        }
        return null;
      }

      @Override
      protected List<CharSequence[]> loadFieldValues(
          String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          CharSequence[] perField = new CharSequence[fields.length];
          for (int f = 0; f < fields.length; f++) {
            perField[f] = byDoc.getOrDefault(doc, "");
          }
          values.add(perField);
        }
        return values;
      }
    };
    String[] snippets = highlighter.highlight(Schema.BODY, query, top, 1);
    for (int i = 0; i < snippets.length; i++) {
      if (snippets[i] == null || snippets[i].isEmpty()) {
        snippets[i] = lead(bodies[i] == null ? "" : bodies[i]);
      } else {
        snippets[i] = trim(collapseSpace(snippets[i]));
      }
    }
    return snippets;
  }

  /** A sentence iterator to clone: cloning is cheaper than creating one per document. */
  private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.ROOT);

  /** The start of {@code body}: about {@link #LEAD_LENGTH} characters, cut at a word boundary. */
  static String lead(String body) {
    String text = collapseSpace(body.substring(0, Math.min(body.length(), LEAD_LENGTH * 4)));
    if (text.length() <= LEAD_LENGTH) {
      return text;
    }
    int cut = LEAD_LENGTH;
    while (cut > LEAD_LENGTH / 2 && !Character.isWhitespace(text.charAt(cut))) {
      cut--;
    }
    if (cut == LEAD_LENGTH / 2) {
      cut = LEAD_LENGTH; // one very long word: cut inside it
    }
    return text.substring(0, cut).stripTrailing() + ELLIPSIS;
  }

  /** {@code text} on one line: each run of white space (line breaks, indents) as one space. */
  static String collapseSpace(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  /**
   * Cuts a highlighted passage longer than {@link #MAX_SNIPPET} to a window around its first
   * match, at word boundaries, never inside a marked word.
   */
  static String trim(String passage) {
    if (passage.length() <= MAX_SNIPPET) {
      return passage;
    }
    int match = Math.max(0, passage.indexOf(Hit.HIGHLIGHT_START));
    int start = Math.max(0, match - MAX_SNIPPET / 3);
    while (start > 0 && start < match && !Character.isWhitespace(passage.charAt(start - 1))) {
      start++;
    }
    int end = Math.min(passage.length(), start + MAX_SNIPPET);
    while (end < passage.length() && end > match && !Character.isWhitespace(passage.charAt(end))) {
      end--;
    }
    int open = passage.lastIndexOf(Hit.HIGHLIGHT_START, end - 1);
    if (open >= start && passage.indexOf(Hit.HIGHLIGHT_END, open) >= end) {
      end = passage.indexOf(Hit.HIGHLIGHT_END, open) + Hit.HIGHLIGHT_END.length();
    }
    return (start > 0 ? ELLIPSIS : "")
        + passage.substring(start, end).strip()
        + (end < passage.length() ? ELLIPSIS : "");
  }
}
