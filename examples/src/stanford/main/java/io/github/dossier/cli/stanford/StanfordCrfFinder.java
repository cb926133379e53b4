package io.github.dossier.cli.stanford;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.Word;
import io.github.dossier.analyzers.ner.SentenceNameFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.util.Span;

/**
 * Tags one tokenized sentence with a Stanford {@link CRFClassifier}: one word per given token (no
 * re-tokenisation, no escaping), and the per-token answers PERSON, LOCATION and
 * ORGANIZATION become PER, LOC and ORG spans. The Stanford English models use IO tags, so adjacent
 * tokens of one type form one span (as CoreNLP's own entity mentions do); other answers (MISC, O)
 * are outside. The CRF has no document memory: {@link #clear()} does nothing.
 */
final class StanfordCrfFinder implements SentenceNameFinder {

  private static final Map<String, String> TYPES = Map.of("PERSON", "PER", "LOCATION", "LOC", "ORGANIZATION", "ORG");

  private final CRFClassifier<CoreLabel> crf;

  StanfordCrfFinder(CRFClassifier<CoreLabel> crf) {
    this.crf = Objects.requireNonNull(crf, "crf");
  }

  @Override
  public Span[] find(String[] tokens) {
    Objects.requireNonNull(tokens, "tokens");
    if (tokens.length == 0) {
      return new Span[0];
    }
    List<HasWord> sentence = new ArrayList<>(tokens.length);
    for (String token : tokens) {
      sentence.add(new Word(token));
    }
    // classifySentence, not classify: it also runs Stanford's per-token preprocessing (word
    // function, word shapes, known lower-case words); plain classify(List) skips it and finds
    // almost nothing.
    List<CoreLabel> tagged = crf.classifySentence(sentence);
    String[] answers = new String[tagged.size()];
    for (int i = 0; i < answers.length; i++) {
      answers[i] = tagged.get(i).get(CoreAnnotations.AnswerAnnotation.class);
    }
    return spans(answers);
  }

  @Override
  public void clear() {}

  /**
   * Spans of the Stanford answers: runs of one type; a {@code B-} prefix (IOB-trained models)
   * starts a new span, an {@code I-} prefix is ignored.
   */
  static Span[] spans(String[] answers) {
    List<Span> spans = new ArrayList<>();
    int start = -1;
    String open = null;
    for (int i = 0; i <= answers.length; i++) {
      String answer = i == answers.length || answers[i] == null ? "O" : answers[i];
      boolean begins = answer.startsWith("B-");
      String type = TYPES.get(begins || answer.startsWith("I-") ? answer.substring(2) : answer);
      if (open != null && (begins || !open.equals(type))) {
        spans.add(new Span(start, i, open));
        open = null;
      }
      if (type != null && open == null) {
        start = i;
        open = type;
      }
    }
    return spans.toArray(new Span[0]);
  }
}
