package io.github.dossier.analyzers;

import opennlp.tools.util.Span;

/**
 * One sentence of a text with its tokens: {@code tokens[i]} are absolute character offsets into
 * the text and {@code words[i]} the covered text, as the name finder sees it.
 */
record TokenizedSentence(int index, Span span, Span[] tokens, String[] words) {

  int size() {
    return tokens.length;
  }
}
