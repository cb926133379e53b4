package io.github.dossier.analyzers.ner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.BiFunction;
import opennlp.tools.util.Span;

/** What the tests of the span rules after the model share: a small gazetteer and a readable tagging. */
final class SpanRuleFixtures {

  private SpanRuleFixtures() {}

  /** A gazetteer read from {@code phrase<TAB>codes} lines. */
  static NerGazetteer gazetteer(String data) {
    try {
      return NerGazetteer.read(new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The spans {@code rule} returns for the space-separated {@code sentence} and the model's {@code
   * spans}, as "TYPE words | TYPE words".
   */
  static String tag(BiFunction<String[], Span[], Span[]> rule, String sentence, Span... spans) {
    String[] tokens = sentence.split(" ");
    StringBuilder sb = new StringBuilder();
    for (Span s : rule.apply(tokens, spans)) {
      sb.append(sb.length() == 0 ? "" : " | ").append(s.getType()).append(' ')
          .append(String.join(" ", Arrays.copyOfRange(tokens, s.getStart(), s.getEnd())));
    }
    return sb.toString();
  }
}
