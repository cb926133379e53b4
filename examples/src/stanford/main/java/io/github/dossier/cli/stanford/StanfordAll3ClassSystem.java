package io.github.dossier.cli.stanford;

/**
 * {@code --system stanford}: Stanford CoreNLP's default English NER CRF, {@code
 * english.all.3class.distsim} (PERSON, LOCATION, ORGANIZATION; trained by Stanford on CoNLL-2003,
 * MUC-6/7, ACE, OntoNotes, WikiNER and in-house data, with distributional-similarity clusters).
 */
public final class StanfordAll3ClassSystem extends StanfordCrfSystem {

  /** The class-path location of the model in the CoreNLP {@code models} jar. */
  public static final String RESOURCE = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /** Called by {@link java.util.ServiceLoader}. */
  public StanfordAll3ClassSystem() {
    super("stanford", RESOURCE);
  }
}
