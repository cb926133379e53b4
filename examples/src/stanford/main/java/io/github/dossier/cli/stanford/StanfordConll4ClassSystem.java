package io.github.dossier.cli.stanford;

/**
 * {@code --system stanford-conll}: Stanford CoreNLP's English CoNLL-2003 CRF, {@code
 * english.conll.4class.distsim} (PERSON, LOCATION, ORGANIZATION, MISC; MISC is not scored and is
 * dropped), a second baseline trained on news only.
 */
public final class StanfordConll4ClassSystem extends StanfordCrfSystem {

  /** The class-path location of the model in the CoreNLP {@code models} jar. */
  public static final String RESOURCE = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  /** Called by {@link java.util.ServiceLoader}. */
  public StanfordConll4ClassSystem() {
    super("stanford-conll", RESOURCE);
  }
}
