package io.github.dossier.index;

import java.util.Iterator;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

/**
 * Emits each entity key once with its mention count as term frequency, so that in the index a
 * key's document frequency is the number of articles naming the entity and its total term
 * frequency the number of mentions.
 */
final class EntityKeyTokenStream extends TokenStream {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
  private final Map<String, Integer> mentionsByKey;
  private Iterator<Map.Entry<String, Integer>> entries;

  /** {@code mentionsByKey}: key to mention count (at least 1). */
  EntityKeyTokenStream(Map<String, Integer> mentionsByKey) {
    this.mentionsByKey = mentionsByKey;
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    entries = mentionsByKey.entrySet().iterator();
  }

  @Override
  public boolean incrementToken() {
    if (!entries.hasNext()) {
      return false;
    }
    clearAttributes();
    Map.Entry<String, Integer> e = entries.next();
    term.setEmpty().append(e.getKey());
    frequency.setTermFrequency(e.getValue());
    return true;
  }
}
