package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;

/**
 * Finds PER/LOC/ORG names in tokenized sentences with a {@link NerModel}.
 *
 * <p>The model's spans get news-style edges first: a span that runs two names together over common
 * words is split ("Australian airline Qantas"; see {@code GluedNames}), no hyphenated modifier before a name
 * ("Israeli-occupied West Bank" is "West Bank"), no common noun after it ("Danube river" is
 * "Danube"; see {@code NameEdges}), no titles in person names ("Senator Ted Cruz" is "Ted Cruz"),
 * no "of Florida" after them, and "Berlin, Germany" is two places (see {@code NameBoundaries}); the
 * acronym in brackets after an organisation's or place's name is that name's ("Central Command
 * (CENTCOM)"; see {@code ParentheticalAcronyms}), and an untagged name that recent news writes
 * often takes the type the name finder gave it there ("SpaceX successfully launches"; see {@code
 * NewsNames}).
 *
 * <p>Keeps document state (earlier decisions about the same words inform later ones): call {@link
 * #clear()} at the start of every document and pass its sentences in order. Besides the model's own
 * document features, a capitalised name tagged in an earlier sentence or earlier in the same
 * sentence is tagged again where it recurs untagged, a name keeps the type earlier sentences gave
 * it most often, and the surname of a full PER name alone is a PER name too (see {@code
 * DocumentMemory}). Last, a country name the model left untagged is a place ("two
 * U.S. service members"; see {@code CountryNames}), so is an untagged name before a word for a kind
 * of place ("the Bab-el-Mandeb strait"; see {@code PlaceNouns}), and a surname before "administration",
 * "government" or "regime" is a person ("the Trump administration"; see {@code LeaderNames}), and
 * so is an untagged name after a title ("President Trump"; see {@code TitledNames}); an untagged
 * name that an organisation's head word ends is an organisation ("The European Commission fined";
 * see {@code HeadedOrganisations}), and so is an untagged middle of a chain of places a place ("in
 * Bannu, Khyber Pakhtunkhwa, Pakistan"; see {@code PlaceChains}), and a single word the gazetteer
 * knows only as an organisation, or "the Senate", is an organisation (see {@code KnownOrganisations}).
 * Before the memory, an untagged name before members of a group or before "party" is an
 * organisation ("M23 rebels", "the ruling Fidesz party"; see {@code GroupNouns}), and so is one
 * after a word for a kind of organisation ("German airline Lufthansa"; see {@code
 * OrganisationNouns}); the names of ships and storms are dropped ("USS Harry S. Truman", "Typhoon
 * Kalmaegi"; see {@code ShipNames}, {@code StormNames}). Not thread-safe; use one per thread
 * ({@link NerModel#newFinder()}).
 */
public final class NameFinder implements SentenceNameFinder {

  private final SentenceNameFinder finder;
  private final NameBoundaries boundaries = new NameBoundaries(NerGazetteer.shared());
  private final GluedNames glued = new GluedNames(NerGazetteer.shared());
  private final NameEdges edges = new NameEdges(NerGazetteer.shared());
  private final ParentheticalAcronyms acronyms = new ParentheticalAcronyms();
  private final KnownNameEdges knownEdges = new KnownNameEdges(NerGazetteer.shared());
  private final InvertedNames invertedNames = new InvertedNames(NerGazetteer.shared());
  /** Shared: it builds a filter over the whole gazetteer (about 0.05–0.15 s) and is stateless. */
  private static final Supplier<LowercasePlaces> LOWERCASE_PLACES =
      Suppliers.memoize(() -> new LowercasePlaces(NerGazetteer.shared(), WordClusters.shared()));

  private final LowercasePlaces lowercasePlaces = LOWERCASE_PLACES.get();
  private final AppositivePersons appositives = new AppositivePersons(NerGazetteer.shared());
  private final NewsNames newsNames;
  private final DocumentMemory memory = new DocumentMemory(NerGazetteer.shared());
  private final CountryNames countries = new CountryNames(NerGazetteer.shared());
  private final PlaceNouns placeNouns = new PlaceNouns(NerGazetteer.shared());
  private final GroupNouns groupNouns = new GroupNouns(NerGazetteer.shared());
  private final ShipNames ships = new ShipNames();
  private final StormNames storms = new StormNames();
  private final OrganisationNouns organisationNouns = new OrganisationNouns(NerGazetteer.shared());
  private final LeaderNames leaders = new LeaderNames(NerGazetteer.shared());
  private final TitledNames titled = new TitledNames(NerGazetteer.shared());
  private final HeadedOrganisations organisations = new HeadedOrganisations(NerGazetteer.shared());
  private final PlaceChains placeChains = new PlaceChains(NerGazetteer.shared());
  private final KnownOrganisations knownOrganisations = new KnownOrganisations(NerGazetteer.shared());

  /**
   * @param finder the decoder: a {@link BeamNameTagger} when the model allows it, else OpenNLP's
   *     {@link NameFinderME} (see {@link #openNlp})
   */
  NameFinder(SentenceNameFinder finder) {
    this(finder, NewsNames.shared());
  }

  /** With another list of news names ({@link NewsNames#EMPTY} for none, as its builder needs). */
  NameFinder(SentenceNameFinder finder, NewsNames newsNames) {
    this.finder = finder;
    this.newsNames = checkNotNull(newsNames, "newsNames");
  }

  /** Adapts OpenNLP's own name finder. */
  static SentenceNameFinder openNlp(NameFinderME finder) {
    return new SentenceNameFinder() {
      @Override
      public Span[] find(String[] tokens) {
        return finder.find(tokens);
      }

      @Override
      public void clear() {
        finder.clearAdaptiveData();
      }
    };
  }

  /**
   * Tags one sentence.
   *
   * @param tokens PTB-style tokens ("U.S." one token, possessive "'s" and punctuation separate);
   *     pass a new array for every sentence — features are cached per array instance, as in
   *     OpenNLP, so refilling one array with another sentence's tokens gives wrong results
   * @return the names as token spans (end exclusive) whose {@code getType()} is PER, LOC or ORG,
   *     with the model's probability in {@code getProb()}
   */
  @Override
  public Span[] find(String[] tokens) {
    checkNotNull(tokens, "tokens");
    if (tokens.length == 0) {
      return new Span[0];
    }
    Span[] spans = boundaries.apply(tokens, edges.apply(tokens, glued.apply(tokens, finder.find(tokens))));
    spans = knownEdges.apply(tokens, glued.apply(tokens, spans)); // glued again for names joined over "and"
    spans = appositives.apply(tokens, newsNames.apply(tokens, acronyms.apply(tokens, spans)));
    spans = organisationNouns.apply(tokens, groupNouns.apply(tokens, spans));
    spans = memory.apply(tokens, storms.apply(tokens, ships.apply(tokens, spans)));
    spans = leaders.apply(tokens, placeNouns.apply(tokens, countries.apply(tokens, spans)));
    spans = placeChains.apply(tokens, organisations.apply(tokens, titled.apply(tokens, spans)));
    // again for the names the rules above added: "Central Command ( CENTCOM )"
    spans = acronyms.apply(tokens, knownOrganisations.apply(tokens, spans));
    spans = lowercasePlaces.apply(tokens, invertedNames.apply(tokens, spans));
    return storms.apply(tokens, ships.apply(tokens, spans)); // again for names the memory and rules added
  }

  /** Forgets the document state; call at the start of each document. */
  @Override
  public void clear() {
    finder.clear();
    memory.clear();
  }
}
