package io.github.dossier.analyzers;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.github.dossier.Entity;
import io.github.dossier.EntityTagger;
import io.github.dossier.Sentence;
import io.github.dossier.TaggedText;
import io.github.dossier.analyzers.ner.NameFinder;
import io.github.dossier.analyzers.ner.NerModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * The English {@link EntityTagger}: finds the sentences and the people, places and organizations of
 * an English news text with OpenNLP models and groups their mentions into entities.
 *
 * <p>The pipeline: sentences (OpenNLP's English sentence model corrected for abbreviations and
 * line breaks), PTB-like tokens ("U.S." whole, "Russia’s" split into "Russia" + "’s"), a name
 * finder ({@link NerModel#newFinder()}), mention clean-up (titles, possessives, quotes and photo credits removed, junk
 * dropped, types made consistent across the text, missed repetitions of names added)
 * and within-text name resolution ("Putin" joins "Vladimir Putin"). Mention offsets point exactly
 * into the tagged text: {@code text.substring(m.start(), m.end()).equals(m.text())}.
 *
 * <pre>{@code
 * EntityTagger tagger = EnglishEntityTagger.create();
 * CleanedPage page = new PageDumpCleaner().clean(dump);
 * TaggedText tagged = tagger.tag(page.body());
 * }</pre>
 *
 * <p>Instances are thread-safe: the models are shared, and each thread gets its own OpenNLP
 * detectors and name finders (which are not thread-safe), created on first use.
 */
public final class EnglishEntityTagger implements EntityTagger {

  /** Classpath resource of OpenNLP's English sentence model (artifact opennlp-models-sentdetect-en). */
  static final String SENTENCE_MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private final SentenceModel sentenceModel;
  private final ImmutableList<NerModel> nameFinderModels;
  private final NewsTokenizer tokenizer;
  private final ThreadLocal<Worker> workers;

  private EnglishEntityTagger(Builder b) {
    this.sentenceModel = b.sentenceModel != null ? b.sentenceModel : loadSentenceModel();
    this.nameFinderModels = b.nameFinderModels.isEmpty()
        ? ImmutableList.of(defaultNerModel())
        : ImmutableList.copyOf(b.nameFinderModels);
    this.tokenizer = new NewsTokenizer(b.splitHyphens);
    this.workers = ThreadLocal.withInitial(() -> new Worker(sentenceModel, nameFinderModels));
  }

  /**
   * A tagger with the models shipped on the classpath: OpenNLP's English sentence model and
   * Dossier's English name finder ({@link NerModel#loadDefault()}, resource {@value
   * NerModel#DEFAULT_RESOURCE}).
   *
   * @throws IllegalStateException if a model is missing from the classpath
   * @throws UncheckedIOException if a model cannot be read
   */
  public static EnglishEntityTagger create() {
    return builder().build();
  }

  /** A builder to replace the shipped models or tune tokenization. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tags {@code text}: its sentences, and its entities in order of first mention.
   *
   * @throws NullPointerException if {@code text} is null
   */
  @Override
  public TaggedText tag(String text) {
    checkNotNull(text, "text");
    if (text.isBlank()) {
      return TaggedText.empty();
    }
    Worker worker = workers.get();
    List<Span> sentenceSpans = worker.splitter.split(text);
    List<Sentence> sentences = new ArrayList<>(sentenceSpans.size());
    List<TokenizedSentence> tokenized = new ArrayList<>(sentenceSpans.size());
    List<Candidate> found = new ArrayList<>();
    List<Span> tokens = new ArrayList<>();
    for (NameFinder finder : worker.finders) {
      finder.clear();
    }
    for (Span s : sentenceSpans) {
      int index = sentences.size();
      sentences.add(new Sentence(s.getStart(), s.getEnd()));
      tokens.clear();
      tokenizer.tokenize(text, s.getStart(), s.getEnd(), tokens);
      Span[] tokenSpans = tokens.toArray(new Span[0]);
      String[] words = new String[tokenSpans.length];
      for (int i = 0; i < words.length; i++) {
        words[i] = text.substring(tokenSpans[i].getStart(), tokenSpans[i].getEnd());
      }
      TokenizedSentence ts = new TokenizedSentence(index, s, tokenSpans, words);
      tokenized.add(ts);
      if (words.length == 0) {
        continue;
      }
      String[] finderWords = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        finderWords[i] = SentenceSplitter.asciiQuotes(words[i]);
      }
      for (NameFinder finder : worker.finders) {
        for (Span name : finder.find(finderWords)) {
          MentionExtractor.fromSpan(text, ts, name).ifPresent(found::add);
        }
      }
    }
    List<Candidate> candidates = MentionExtractor.resolveDocument(text, tokenized, found);
    List<Entity> entities = NameResolver.resolve(text, candidates);
    return new TaggedText(sentences, entities);
  }

  /**
   * The sentences of {@code text} as the name finder sees them: Penn-Treebank-style tokens ("U.S."
   * whole, possessive "'s" split off) with typographic quotes written as ASCII ones. For running
   * another name finder on exactly the tokens this tagger uses, as {@code dossier compare-ner}
   * does.
   *
   * @return one array of tokens per sentence, in order; sentences without tokens are left out
   * @throws NullPointerException if {@code text} is null
   */
  public List<String[]> tokenize(String text) {
    checkNotNull(text, "text");
    List<String[]> out = new ArrayList<>();
    List<Span> tokens = new ArrayList<>();
    for (Span s : workers.get().splitter.split(text)) {
      tokens.clear();
      tokenizer.tokenize(text, s.getStart(), s.getEnd(), tokens);
      if (tokens.isEmpty()) {
        continue;
      }
      String[] words = new String[tokens.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = SentenceSplitter.asciiQuotes(text.substring(tokens.get(i).getStart(), tokens.get(i).getEnd()));
      }
      out.add(words);
    }
    return out;
  }

  private static SentenceModel loadSentenceModel() {
    try (InputStream in = open(SENTENCE_MODEL_RESOURCE, "org.apache.opennlp:opennlp-models-sentdetect-en")) {
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sentence model " + SENTENCE_MODEL_RESOURCE, e);
    }
  }

  private static NerModel defaultNerModel() {
    checkState(EnglishEntityTagger.class.getResource(NerModel.DEFAULT_RESOURCE) != null,
        "model resource %s is not on the classpath (it ships in io.github.dossier:dossier-analyzers)",
        NerModel.DEFAULT_RESOURCE);
    return NerModel.loadDefault();
  }

  private static InputStream open(String resource, String artifact) {
    InputStream in = EnglishEntityTagger.class.getResourceAsStream(resource);
    checkState(in != null, "model resource %s is not on the classpath (it ships in %s)", resource, artifact);
    return in;
  }

  /** The per-thread OpenNLP objects, which are not thread-safe. */
  private static final class Worker {
    final SentenceSplitter splitter;
    final NameFinder[] finders;

    Worker(SentenceModel sentenceModel, List<NerModel> models) {
      this.splitter = new SentenceSplitter(sentenceModel);
      this.finders = models.stream().map(NerModel::newFinder).toArray(NameFinder[]::new);
    }
  }

  /** Builds an {@link EnglishEntityTagger}; every setter returns the builder. */
  public static final class Builder {
    private SentenceModel sentenceModel;
    private final List<NerModel> nameFinderModels = new ArrayList<>();
    private boolean splitHyphens = false;

    private Builder() {}

    /**
     * Adds an OpenNLP name finder model to run on every sentence, replacing the shipped model (add
     * several to combine them, for example one model per entity type). Span types {@code PER},
     * {@code LOC}, {@code ORG}, {@code person}, {@code location}, {@code organization} (any case)
     * are understood; other types, such as {@code misc}, are ignored. The model sees PTB-like
     * tokens with ASCII quotes and apostrophes.
     */
    public Builder addNameFinderModel(TokenNameFinderModel model) {
      nameFinderModels.add(NerModel.of(checkNotNull(model, "name finder model")));
      return this;
    }

    /** Adds a Dossier NER model ({@link NerModel#load(java.nio.file.Path)}) to run on every sentence. */
    public Builder addNerModel(NerModel model) {
      nameFinderModels.add(checkNotNull(model, "NER model"));
      return this;
    }

    /** Uses this sentence model instead of OpenNLP's English sentence model. */
    public Builder sentenceModel(SentenceModel model) {
      this.sentenceModel = checkNotNull(model, "sentence model");
      return this;
    }

    /**
     * Whether hyphens between words are tokens of their own ("four - year", the Universal
     * Dependencies style) or stay inside words ("four-year", the Penn Treebank style); match the
     * name finder's training data. Default: {@code false}, as the shipped model expects.
     */
    public Builder splitHyphens(boolean split) {
      this.splitHyphens = split;
      return this;
    }

    /**
     * Builds the tagger, loading the shipped models that were not replaced.
     *
     * @throws IllegalStateException if a shipped model that is needed is missing from the classpath
     */
    public EnglishEntityTagger build() {
      return new EnglishEntityTagger(this);
    }
  }
}
