package io.github.dossier.analyzers.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/** IOB2 tag helpers: type filtering, repair of stray {@code I-} tags and conversion to spans. */
final class Iob2 {

  static final String OUTSIDE = "O";

  private Iob2() {}

  /** True for the entity types Dossier keeps. */
  static boolean isKeptType(String type) {
    return type.equals("PER") || type.equals("LOC") || type.equals("ORG");
  }

  /**
   * Maps every tag whose type is not PER/LOC/ORG to {@code O} and turns each {@code I-X} that does
   * not follow a {@code B-X}/{@code I-X} into {@code B-X}. Throws on tags that are not IOB at all.
   */
  static List<String> repair(List<String> tags) {
    List<String> out = new ArrayList<>(tags.size());
    String previousType = null;
    for (String tag : tags) {
      if (tag.equals(OUTSIDE)) {
        out.add(OUTSIDE);
        previousType = null;
        continue;
      }
      if (tag.length() < 3 || tag.charAt(1) != '-' || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I')) {
        throw new IllegalArgumentException("not an IOB2 tag: '" + tag + "' (expected O, B-TYPE or I-TYPE)");
      }
      String type = tag.substring(2);
      if (!isKeptType(type)) {
        out.add(OUTSIDE);
        previousType = null;
        continue;
      }
      if (tag.charAt(0) == 'I' && type.equals(previousType)) {
        out.add(tag);
      } else {
        out.add("B-" + type);
      }
      previousType = type;
    }
    return out;
  }

  /** Converts valid IOB2 tags (as produced by {@link #repair}) to spans typed PER/LOC/ORG. */
  static Span[] toSpans(List<String> tags) {
    List<Span> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      boolean continues = type != null && tag.startsWith("I-") && tag.regionMatches(2, type, 0, type.length())
          && tag.length() == type.length() + 2;
      if (continues) {
        continue;
      }
      if (type != null) {
        spans.add(new Span(start, i, type));
        type = null;
      }
      if (!tag.equals(OUTSIDE)) {
        start = i;
        type = tag.substring(2);
      }
    }
    if (type != null) {
      spans.add(new Span(start, tags.size(), type));
    }
    return spans.toArray(new Span[0]);
  }
}
