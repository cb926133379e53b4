package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A document of an NER corpus: a run of sentences that share context, as delimited by
 * {@code -DOCSTART-} lines (two-column files) or {@code # newdoc} comments (UNER files). Corpora
 * without document boundaries are read as one document per file.
 *
 * @param id an identifier, e.g. the UNER {@code newdoc id} or {@code file#3} (1-based index)
 * @param sentences the sentences in order
 */
public record NerDocument(String id, List<NerSentence> sentences) {

  /** Copies the sentence list. */
  public NerDocument {
    checkNotNull(id, "document id");
    sentences = ImmutableList.copyOf(sentences);
  }

  /** The total number of tokens in all sentences. */
  public int tokenCount() {
    int n = 0;
    for (NerSentence s : sentences) {
      n += s.size();
    }
    return n;
  }
}
