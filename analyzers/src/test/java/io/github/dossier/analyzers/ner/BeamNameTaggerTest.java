package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dossier's beam search ({@link BeamNameTagger}) against OpenNLP's {@code NameFinderME} on held-out
 * gold sentences (wikigold articles and tweets, see the fixtures' README): the same spans, types and
 * probabilities, sentence by sentence, with and without document memory; and models of other kinds
 * either decoded identically or left to OpenNLP.
 */
class BeamNameTaggerTest {

  private static NerModel model;

  @BeforeAll
  static void load() {
    model = NerModel.loadDefault();
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Paths.get(BeamNameTaggerTest.class.getResource(name).toURI());
  }

  /** Every span of every sentence, with its exact probability; document state kept as in {@code mode}. */
  private static List<String> tag(NameFinder finder, List<NerDocument> documents, NerEvaluator.Mode mode) {
    List<String> out = new ArrayList<>();
    for (NerDocument doc : documents) {
      finder.clear();
      for (NerSentence s : doc.sentences()) {
        if (mode == NerEvaluator.Mode.SENTENCES) {
          finder.clear();
        }
        for (Span span : finder.find(s.tokenArray())) {
          out.add(span.getStart() + "-" + span.getEnd() + " " + span.getType() + " "
              + String.join(" ", s.tokens().subList(span.getStart(), span.getEnd())) + " p=" + span.getProb());
        }
        out.add("|");
      }
    }
    return out;
  }

  @Test
  void shippedModelIsDecodedByDossiersBeamSearch() {
    assertTrue(model.fastDecoding());
  }

  @ParameterizedTest
  @CsvSource({
    "decoder-wikigold.tsv, SENTENCES, 100",
    "decoder-wikigold.tsv, DOCUMENTS, 100",
    "decoder-btc.tsv, SENTENCES, 250",
    "decoder-btc.tsv, DOCUMENTS, 250",
  })
  void findsExactlyWhatOpenNlpsNameFinderFinds(String file, NerEvaluator.Mode mode, int minNames)
      throws IOException, URISyntaxException {
    List<NerDocument> documents = CorpusSpec.of(fixture(file)).read();

    List<String> expected = tag(model.newOpenNlpFinder(), documents, mode);
    List<String> actual = tag(model.newFinder(), documents, mode);

    assertEquals(expected, actual);
    long names = expected.stream().filter(s -> !s.equals("|")).count();
    assertTrue(names >= minNames, "only " + names + " names found in " + file);
  }

  @Test
  void sameFinderTagsManyDocumentsInARowLikeOpenNlp() throws IOException, URISyntaxException {
    List<NerDocument> documents = new ArrayList<>(CorpusSpec.of(fixture("decoder-wikigold.tsv")).read());
    documents.addAll(CorpusSpec.of(fixture("decoder-wikigold.tsv")).read());
    NameFinder fast = model.newFinder();
    NameFinder reference = model.newOpenNlpFinder();

    // Two passes over the same documents: the second must not see state left by the first.
    assertEquals(tag(reference, documents, NerEvaluator.Mode.DOCUMENTS), tag(fast, documents, NerEvaluator.Mode.DOCUMENTS));
  }

  @ParameterizedTest
  @CsvSource({"BIO", "BILOU"})
  void trainedPerceptronModelsAreDecodedIdentically(String codec, @TempDir Path dir)
      throws IOException, URISyntaxException {
    Path file = dir.resolve("model.bin");
    TrainingConfig config = TrainingConfig.builder().codec(codec).iterations(30).build();
    NerTrainer.train(config, List.of(CorpusSpec.of(fixture("decoder-btc.tsv")), CorpusSpec.of(fixture("decoder-wikigold.tsv"))), file);
    NerModel trained = NerModel.load(file);
    List<NerDocument> documents = CorpusSpec.of(fixture("decoder-wikigold.tsv")).read();

    assertTrue(trained.fastDecoding());
    List<String> expected = tag(trained.newOpenNlpFinder(), documents, NerEvaluator.Mode.DOCUMENTS);
    assertEquals(expected, tag(trained.newFinder(), documents, NerEvaluator.Mode.DOCUMENTS));
    // Tagged on (part of) its own training data, even a small model finds names.
    assertFalse(expected.stream().allMatch(s -> s.equals("|")), "the trained model finds no name at all");
  }

  @Test
  void maxentModelsAreLeftToOpenNlp() throws IOException, URISyntaxException {
    List<NameSample> samples = new ArrayList<>();
    for (NerDocument doc : CorpusSpec.of(fixture("decoder-wikigold.tsv")).read()) {
      boolean first = true;
      for (NerSentence s : doc.sentences()) {
        samples.add(new NameSample(s.tokenArray(), s.spans(), first));
        first = false;
      }
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    params.put(TrainingParameters.ITERATIONS_PARAM, 30);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    TokenNameFinderFactory factory = TokenNameFinderFactory.create(null,
        TrainingConfig.defaults().featureDescriptor().getBytes(StandardCharsets.UTF_8), Map.of(), new BioCodec());
    NerModel maxent = NerModel.of(
        NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params, factory));
    List<NerDocument> documents = CorpusSpec.of(fixture("decoder-wikigold.tsv")).read();

    assertFalse(maxent.fastDecoding());
    List<String> expected = tag(maxent.newOpenNlpFinder(), documents, NerEvaluator.Mode.DOCUMENTS);
    assertEquals(expected, tag(maxent.newFinder(), documents, NerEvaluator.Mode.DOCUMENTS));
    assertFalse(expected.stream().allMatch(s -> s.equals("|")), "the trained model finds no name at all");
  }
}
