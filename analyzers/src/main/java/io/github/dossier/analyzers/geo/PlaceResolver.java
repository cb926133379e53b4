package io.github.dossier.analyzers.geo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dossier.Entity;
import io.github.dossier.EntityType;
import io.github.dossier.Mention;
import io.github.dossier.Sentence;
import io.github.dossier.TaggedText;
import io.github.dossier.analyzers.geo.Gazetteer.Match;
import io.github.dossier.analyzers.geo.Gazetteer.MatchKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves the place mentions of one article to gazetteer places, telling apart places that share
 * a name by what else the article says.
 *
 * <p>Every candidate place of a name gets a score from:
 *
 * <ul>
 *   <li>its prominence: countries first, then places by population, capitals and seats raised,
 *       matches by an alias in another language lowered;
 *   <li>the other places of the article: a candidate scores higher the more other mentions
 *       resolve into its country, its first-level division or its world subregion ("Paris" with
 *       "Texas" or "Dallas" is Paris, Texas; "Georgia" with "Atlanta" is the US state, with
 *       "Tbilisi" the country), and demonyms of the text ("French") count for their country; a
 *       national capital counts for its country only, not for its division;
 *   <li>explicit qualifiers after commas ("Paris, Texas", "Washington, D.C.", "Cambridge,
 *       Massachusetts", "Longview, Cowlitz County, Washington, U.S."), which outweigh everything
 *       else: the more of them name the candidate's division or country, the better;
 *   <li>words next to the name: "state", "province", "governor" favour a division ("Washington
 *       state"), "city", "mayor" a populated place, "country" a country, and a name in the middle
 *       of an address ("Copake, New York, United States") a division or country; cue words of
 *       the sentence or of the article's other entities ("White House", "Congress",
 *       "government", "embassy") favour national capitals.
 * </ul>
 *
 * <p>Places listed together ("Idaho, Michigan, North Dakota, and Washington"; "Chicago, Los
 * Angeles, and Portland") favour candidates of the kind the other items of the list resolve to.
 * All mentions of one name in an article resolve to the same place (one sense per article).
 *
 * <p>A name written the way buildings and institutions are ("by the White House.", "the Kremlin
 * said") is not resolved to a populated place of that name unless the place's own name begins
 * with "The" ("the Hague") or a qualifier names its division or country ("the Kremlin, Oklahoma
 * grain elevator"): towns are not written with "the". Countries and divisions written with "the"
 * ("the United States", "the Donbas") are unaffected. Likewise a name written only in capitals
 * ("SOE") is not resolved to a populated place the gazetteer does not write that way, unless a
 * qualifier names its division or country ("KYIV, Ukraine").
 * Scores are refined in a few rounds, each using the previous round's choices as context.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PlaceResolver {

  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final int ROUNDS = 3;
  private static final double COUNTRY_PRIOR = 9.0;
  private static final double COUNTRY_WEIGHT = 1.5;
  private static final double DIVISION_WEIGHT = 2.0;
  private static final double SUBREGION_WEIGHT = 0.4;
  private static final double DEMONYM_EVIDENCE = 0.5;
  private static final double LIST_WEIGHT = 1.5;
  /** Per qualifier that names the candidate's country or division. */
  private static final double QUALIFIER_BONUS = 6.0;
  private static final double NEAR_WORD_BONUS = 1.5;
  private static final double CAPITAL_CUE_BONUS = 1.0;
  private static final double SAME_NAME_SEAT_BONUS = 0.7;

  private static final Set<String> DIVISION_WORDS = Set.of("state", "province", "oblast",
      "region", "governor", "statewide", "prefecture", "governorate", "territory", "legislature");
  private static final Set<String> PLACE_WORDS = Set.of("city", "town", "village", "mayor",
      "downtown", "suburb", "suburbs", "municipality", "residents", "streets");
  private static final Set<String> COUNTRY_WORDS = Set.of("country", "nation", "nationwide",
      "kingdom", "republic");
  private static final List<String> CAPITAL_CUES = List.of("d.c.", "white house", "congress",
      "capitol", "pentagon", "administration", "government", "officials", "embassy", "summit",
      "talks", "ministry", "diplomat", "diplomats", "parliament", "federal");

  /** Lower-case verbs that follow an institution named as the subject ("the Kremlin said"). */
  private static final Set<String> REPORTING_VERBS = Set.of("said", "says", "is", "was", "has",
      "had", "have", "will", "would", "announced", "confirmed", "denied", "declined", "added",
      "stated", "warned", "insisted", "rejected", "responded", "did", "does", "wants", "wanted");

  private final Gazetteer gazetteer;

  /** A resolver over {@code gazetteer}. */
  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
  }

  /** A resolver over the {@linkplain Gazetteer#getDefault() default gazetteer}. */
  public static PlaceResolver getDefault() {
    return DefaultHolder.INSTANCE;
  }

  private static final class DefaultHolder {
    static final PlaceResolver INSTANCE = new PlaceResolver(Gazetteer.getDefault());
  }

  /** The gazetteer this resolver looks names up in. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * Resolves the place mentions of one article.
   *
   * @param mentions every place mention of the article, in any order, with its sentence
   * @return one result per mention, in the same order: the place, or empty if the gazetteer knows
   *     no place of that name
   */
  public List<Optional<ResolvedPlace>> resolve(List<PlaceMention> mentions) {
    return resolve(mentions, List.of());
  }

  /**
   * Resolves the place mentions of one article, also reading the names of its other entities
   * (people, organizations) for cues such as "White House" or "Congress".
   *
   * @param mentions every place mention of the article, in any order, with its sentence
   * @param otherEntityNames names of the article's other entities; may be empty
   * @return one result per mention, in the same order: the place, or empty if the gazetteer knows
   *     no place of that name
   */
  public List<Optional<ResolvedPlace>> resolve(
      List<PlaceMention> mentions, Collection<String> otherEntityNames) {
    checkNotNull(mentions, "mentions");
    checkNotNull(otherEntityNames, "otherEntityNames");
    Map<String, Group> groups = new LinkedHashMap<>();
    List<Group> groupOfMention = new ArrayList<>(mentions.size());
    for (PlaceMention mention : mentions) {
      checkNotNull(mention, "mentions contains null");
      Group group = addToGroup(groups, mention);
      groupOfMention.add(group);
    }
    Map<String, Double> demonymEvidence = demonymEvidence(mentions, otherEntityNames);
    boolean articleCapitalCue = otherEntityNames.stream()
        .anyMatch(name -> hasCapitalCue(name.toLowerCase(Locale.ROOT)));
    for (Group group : groups.values()) {
      group.capitalCue |= articleCapitalCue;
      group.qualifierMatches = group.candidates.stream()
          .anyMatch(match -> matchingQualifiers(match.place(), group.qualifiers) > 0);
    }
    linkListSiblings(mentions, groupOfMention);
    for (int round = 0; round < ROUNDS; round++) {
      Evidence evidence = new Evidence();
      if (round > 0) {
        for (Group group : groups.values()) {
          group.best().ifPresent(best -> evidence.add(best.place(), group.weight, gazetteer));
        }
      }
      for (Group group : groups.values()) {
        group.choose(evidence, demonymEvidence, round > 0);
      }
    }
    List<Optional<ResolvedPlace>> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Group group = groupOfMention.get(i);
      String text = mentions.get(i).text();
      out.add(group.best().map(best -> new ResolvedPlace(text, best.place(), group.confidence)));
    }
    return out;
  }

  /**
   * Resolves the place entities of a tagged article: every mention of every {@link
   * EntityType#LOCATION} entity is resolved with its sentence as context and the names of the
   * article's people and organizations as cues; each entity gets the place most of its mentions
   * resolve to (ties broken by confidence). This is the call a tagger makes to attach places to
   * its entities.
   *
   * @param body the text the tagger tagged (sentence offsets point into it)
   * @param tagged what the tagger found in {@code body}
   * @return the resolved place per location entity key, for the entities the gazetteer knows
   * @throws IllegalArgumentException if a sentence lies outside {@code body}
   */
  public Map<String, ResolvedPlace> resolveEntities(String body, TaggedText tagged) {
    checkNotNull(body, "body");
    checkNotNull(tagged, "tagged");
    List<Entity> places = tagged.entities(EntityType.LOCATION);
    List<PlaceMention> mentions = new ArrayList<>();
    List<Entity> owners = new ArrayList<>();
    for (Entity entity : places) {
      for (Mention mention : entity.mentions()) {
        int index = mention.sentence();
        String context = "";
        if (index < tagged.sentences().size()) {
          Sentence sentence = tagged.sentences().get(index);
          checkArgument(sentence.end() <= body.length(),
              "sentence %s ends at %s, after the end of the %s-character body",
              index, sentence.end(), body.length());
          context = sentence.textIn(body);
        }
        mentions.add(new PlaceMention(mention.text(), context));
        owners.add(entity);
      }
    }
    List<String> otherNames = tagged.entities().stream()
        .filter(entity -> entity.type() != EntityType.LOCATION).map(Entity::name).toList();
    List<Optional<ResolvedPlace>> results = resolve(mentions, otherNames);
    Map<String, Map<String, List<ResolvedPlace>>> votes = new LinkedHashMap<>();
    for (int i = 0; i < results.size(); i++) {
      Optional<ResolvedPlace> result = results.get(i);
      if (result.isPresent()) {
        votes.computeIfAbsent(owners.get(i).key(), k -> new LinkedHashMap<>())
            .computeIfAbsent(result.get().place().id(), k -> new ArrayList<>()).add(result.get());
      }
    }
    Map<String, ResolvedPlace> out = new LinkedHashMap<>();
    votes.forEach((key, byPlace) -> out.put(key, byPlace.values().stream()
        .max(Comparator.comparingInt((List<ResolvedPlace> list) -> list.size())
            .thenComparingDouble(list -> list.get(0).confidence()))
        .orElseThrow().get(0)));
    return out;
  }

  /**
   * Links the mentions that stand in one coordinated list of a sentence ("Idaho, Michigan, North
   * Dakota, and Washington"; "Chicago, Los Angeles, and Portland"): the items of a list are
   * mostly of one kind. A list needs an "and" or "or", so that "Paris, Texas" and "Longview,
   * Cowlitz County, Washington" are not lists.
   */
  private static void linkListSiblings(List<PlaceMention> mentions, List<Group> groupOfMention) {
    Map<String, List<int[]>> spansByContext = new LinkedHashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      PlaceMention mention = mentions.get(i);
      int at = mention.context().indexOf(mention.text());
      if (at >= 0) {
        spansByContext.computeIfAbsent(mention.context(), k -> new ArrayList<>())
            .add(new int[] {at, at + mention.text().length(), i});
      }
    }
    for (Map.Entry<String, List<int[]>> entry : spansByContext.entrySet()) {
      String context = entry.getKey();
      List<int[]> spans = entry.getValue();
      spans.sort(Comparator.comparingInt((int[] span) -> span[0]));
      int runStart = 0;
      boolean coordinated = false;
      for (int k = 1; k <= spans.size(); k++) {
        String gap = k < spans.size() && spans.get(k)[0] >= spans.get(k - 1)[1]
            ? context.substring(spans.get(k - 1)[1], spans.get(k)[0]).strip() : null;
        boolean joined = gap != null && (gap.equals(",") || gap.equals("and") || gap.equals("or")
            || gap.equals(", and") || gap.equals(", or"));
        if (joined) {
          coordinated |= !gap.equals(",");
          continue;
        }
        if (coordinated) {
          for (int a = runStart; a < k; a++) {
            for (int b = runStart; b < k; b++) {
              Group one = groupOfMention.get(spans.get(a)[2]);
              Group other = groupOfMention.get(spans.get(b)[2]);
              if (one != other) {
                one.siblings.add(other);
              }
            }
          }
        }
        runStart = k;
        coordinated = false;
      }
    }
  }

  private Group addToGroup(Map<String, Group> groups, PlaceMention mention) {
    String text = stripPossessive(mention.text().strip());
    String head = text;
    String qualifier = "";
    int comma = text.indexOf(',');
    if (comma > 0) {
      head = text.substring(0, comma).strip();
      qualifier = text.substring(comma + 1).strip();
    }
    final String lookupName = head;
    Optional<String> code = PlaceKeys.codeKey(lookupName);
    String key = code.map(c -> "#" + c).orElseGet(() -> PlaceKeys.nameKey(lookupName));
    Group group = groups.computeIfAbsent(key, k -> new Group(k, candidates(lookupName)));
    if (!qualifier.isEmpty()) {
      group.qualifiers.add(qualifier);
    }
    if (isCapitals(head) && !group.writtenOtherwise) {
      group.capitalsOnly = head;
    } else {
      group.writtenOtherwise = true;
      group.capitalsOnly = "";
    }
    String context = mention.context();
    int at = context.indexOf(text);
    if (at >= 0) {
      List<String> after = qualifiersAfter(context, at + text.length());
      if (qualifier.isEmpty()) {
        group.qualifiers.addAll(after);
      }
      // The middle of an address ("Copake, New York, United States") is a container.
      String before = context.substring(0, at).stripTrailing();
      if (!after.isEmpty() && before.endsWith(",") && before.length() > 1
          && Character.isLetter(before.charAt(before.length() - 2))) {
        group.containerCue = true;
      }
      readNearWords(group, context, at, at + text.length());
      group.writtenLikeAnInstitution |= isWrittenLikeAnInstitution(context, at,
          at + text.length());
    }
    group.capitalCue |= hasCapitalCue(context.toLowerCase(Locale.ROOT));
    return group;
  }

  /**
   * The candidates of a name, one match per place (its best match kind); none for world regions
   * ("Asia" is the continent, not the Philippine town of that name).
   */
  private List<Match> candidates(String name) {
    if (gazetteer.isWorldRegion(name)) {
      return new ArrayList<>();
    }
    Map<String, Match> byPlace = new LinkedHashMap<>();
    for (Match match : gazetteer.matches(name)) {
      byPlace.merge(match.place().id(), match,
          (a, b) -> a.kind().ordinal() <= b.kind().ordinal() ? a : b);
    }
    return new ArrayList<>(byPlace.values());
  }

  private static String stripPossessive(String text) {
    for (String suffix : new String[] {"'s", "\u2019s", "'", "\u2019"}) {
      if (text.endsWith(suffix) && text.length() > suffix.length() + 1) {
        return text.substring(0, text.length() - suffix.length());
      }
    }
    return text;
  }

  /**
   * The comma-separated qualifiers right after a mention, up to three: ", Texas"; ", D.C."; ",
   * Cowlitz County, Washington, U.S.". Each is one to three capitalized words.
   */
  private static List<String> qualifiersAfter(String context, int end) {
    List<String> qualifiers = new ArrayList<>(2);
    int i = end;
    while (qualifiers.size() < 3) {
      while (i < context.length() && context.charAt(i) == ' ') {
        i++;
      }
      if (i >= context.length() || context.charAt(i) != ',') {
        break;
      }
      i++;
      StringBuilder qualifier = new StringBuilder();
      int words = 0;
      while (words < 3) {
        int save = i;
        while (i < context.length() && context.charAt(i) == ' ') {
          i++;
        }
        int start = i;
        while (i < context.length() && (Character.isLetter(context.charAt(i))
            || context.charAt(i) == '.' || context.charAt(i) == '-' || context.charAt(i) == '\'')) {
          i++;
        }
        if (i == start || !Character.isUpperCase(context.charAt(start))) {
          i = save;
          break;
        }
        String word = context.substring(start, i);
        // A sentence-final dot is not part of the word, the dots of "D.C." are.
        if (word.endsWith(".") && word.indexOf('.') == word.length() - 1) {
          word = word.substring(0, word.length() - 1);
        }
        if (qualifier.length() > 0) {
          qualifier.append(' ');
        }
        qualifier.append(word);
        words++;
      }
      if (qualifier.length() == 0) {
        break;
      }
      qualifiers.add(qualifier.toString());
    }
    return qualifiers;
  }

  /**
   * Whether the name at {@code [start, end)} of {@code context} is written the way buildings and
   * institutions are ("by the White House.", "the Kremlin said", "the Pentagon's budget"): right
   * after a lower-case "the" (or a "The" that opens the sentence), and followed by nothing,
   * punctuation, a possessive or a reporting verb. Towns are not written with "the" unless it is
   * part of their name ("The Hague"); a name used attributively after "the" ("the Washington
   * meeting", "the Paris agreement") is not counted, since there "the" belongs to the noun that
   * follows.
   */
  private static boolean isWrittenLikeAnInstitution(String context, int start, int end) {
    int wordEnd = start;
    while (wordEnd > 0 && Character.isWhitespace(context.charAt(wordEnd - 1))) {
      wordEnd--;
    }
    if (wordEnd == start || wordEnd < 3
        || (wordEnd > 3 && Character.isLetter(context.charAt(wordEnd - 4)))) {
      return false;
    }
    boolean lowerThe = context.startsWith("the", wordEnd - 3);
    boolean sentenceInitialThe = context.startsWith("The", wordEnd - 3)
        && context.substring(0, wordEnd - 3).chars().noneMatch(Character::isLetterOrDigit);
    if (!lowerThe && !sentenceInitialThe) {
      return false;
    }
    int next = end;
    while (next < context.length() && Character.isWhitespace(context.charAt(next))) {
      next++;
    }
    if (next >= context.length() || !Character.isLetterOrDigit(context.charAt(next))) {
      return true;
    }
    int wordStop = next;
    while (wordStop < context.length() && Character.isLetter(context.charAt(wordStop))) {
      wordStop++;
    }
    return REPORTING_VERBS.contains(context.substring(next, wordStop));
  }

  private static void readNearWords(Group group, String context, int start, int end) {
    List<String> before = words(context.substring(Math.max(0, start - 40), start));
    List<String> after = words(context.substring(end, Math.min(context.length(), end + 25)));
    List<String> near = new ArrayList<>();
    near.addAll(before.subList(Math.max(0, before.size() - 2), before.size()));
    if (!after.isEmpty()) {
      near.add(after.get(0));
    }
    for (String word : near) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (DIVISION_WORDS.contains(lower)) {
        group.divisionCue = true;
      } else if (PLACE_WORDS.contains(lower)) {
        group.placeCue = true;
      } else if (COUNTRY_WORDS.contains(lower)) {
        group.countryCue = true;
      }
    }
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String word : NON_LETTERS.split(text)) {
      if (!word.isEmpty()) {
        out.add(word);
      }
    }
    return out;
  }

  private static boolean hasCapitalCue(String lowerText) {
    for (String cue : CAPITAL_CUES) {
      int at = lowerText.indexOf(cue);
      while (at >= 0) {
        boolean startOk = at == 0 || !Character.isLetter(lowerText.charAt(at - 1));
        int end = at + cue.length();
        boolean endOk = end >= lowerText.length() || !Character.isLetter(lowerText.charAt(end));
        if (startOk && endOk) {
          return true;
        }
        at = lowerText.indexOf(cue, at + 1);
      }
    }
    return false;
  }

  private Map<String, Double> demonymEvidence(
      List<PlaceMention> mentions, Collection<String> otherEntityNames) {
    Map<String, Double> evidence = new HashMap<>();
    Set<String> seenContexts = new HashSet<>();
    List<String> texts = new ArrayList<>(otherEntityNames);
    for (PlaceMention mention : mentions) {
      if (seenContexts.add(mention.context())) {
        texts.add(mention.context());
      }
    }
    for (String text : texts) {
      for (String word : words(text)) {
        if (!Character.isUpperCase(word.charAt(0))) {
          continue;
        }
        Set<String> countries = gazetteer.countriesOfDemonym(word);
        for (String country : countries) {
          evidence.merge(country, DEMONYM_EVIDENCE / countries.size(), Double::sum);
        }
      }
    }
    return evidence;
  }

  /** How many of the qualifiers name the candidate's country or first-level division. */
  private int matchingQualifiers(Place place, List<String> qualifiers) {
    int count = 0;
    for (String qualifier : qualifiers) {
      if (matchesQualifier(place, qualifier)) {
        count++;
      }
    }
    return count;
  }

  private boolean matchesQualifier(Place place, String qualifier) {
    Optional<String> code = PlaceKeys.codeKey(qualifier);
    Optional<FirstLevelDivision> division = place.firstLevelDivision();
    if (code.isPresent() && division.isPresent()
        && division.get().code().substring(3).equals(code.get())) {
      return true;
    }
    for (Match match : gazetteer.matches(qualifier)) {
      Place named = match.place();
      if (named.featureClass() != FeatureClass.POPULATED_PLACE && !named.equals(place)
          && gazetteer.isWithin(place, named)) {
        return true;
      }
    }
    return false;
  }

  /** Where the other mentions of the article lie: per country, division and subregion. */
  private static final class Evidence {
    final Map<String, Double> countries = new HashMap<>();
    final Map<String, Double> divisions = new HashMap<>();
    final Map<String, Double> subregions = new HashMap<>();

    void add(Place place, double weight, Gazetteer gazetteer) {
      countries.merge(place.countryCode(), weight, Double::sum);
      // A national capital stands for its country ("London" and "Washington" in one list say
      // nothing about England), so it gives no evidence for its division.
      if (!place.isCapital()) {
        place.firstLevelDivision().ifPresent(d -> divisions.merge(d.code(), weight, Double::sum));
      }
      gazetteer.subregion(place.countryCode())
          .ifPresent(s -> subregions.merge(s, weight, Double::sum));
    }

    void remove(Place place, double weight, Gazetteer gazetteer) {
      add(place, -weight, gazetteer);
    }
  }

  /** All mentions of one name in the article, and its candidates' scores. */
  private final class Group {
    final String key;
    final List<Match> candidates;
    final List<String> qualifiers = new ArrayList<>(1);
    final Set<Group> siblings = new LinkedHashSet<>();
    boolean qualifierMatches;
    boolean divisionCue;
    boolean placeCue;
    boolean countryCue;
    boolean containerCue;
    boolean capitalCue;
    /** Some mention reads like a building or institution: "by the White House." */
    boolean writtenLikeAnInstitution;
    /** The name as written when every mention writes it in capitals ("SOE"); else empty. */
    String capitalsOnly = "";
    boolean writtenOtherwise;
    int bestIndex = -1;
    double confidence = 1.0;
    double weight = 1.0;

    Group(String key, List<Match> candidates) {
      this.key = key;
      this.candidates = candidates;
    }

    Optional<Match> best() {
      return bestIndex < 0 ? Optional.empty() : Optional.of(candidates.get(bestIndex));
    }

    void choose(Evidence evidence, Map<String, Double> demonyms, boolean useEvidence) {
      if (candidates.isEmpty()) {
        return;
      }
      Optional<Match> previous = best();
      if (useEvidence && previous.isPresent()) {
        evidence.remove(previous.get().place(), weight, gazetteer); // not its own evidence
      }
      double best = Double.NEGATIVE_INFINITY;
      double second = Double.NEGATIVE_INFINITY;
      int bestAt = -1;
      for (int i = 0; i < candidates.size(); i++) {
        if (isRuledOut(candidates.get(i))) {
          continue;
        }
        double score = score(candidates.get(i), evidence, demonyms, useEvidence);
        if (score > best) {
          second = best;
          best = score;
          bestAt = i;
        } else if (score > second) {
          second = score;
        }
      }
      if (useEvidence && previous.isPresent()) {
        evidence.add(previous.get().place(), weight, gazetteer);
      }
      bestIndex = bestAt;
      confidence = second == Double.NEGATIVE_INFINITY
          ? 1.0 : 1.0 / (1.0 + Math.exp(-(best - second)));
      // Evidence from a choice no better than a coin flip counts for nothing.
      weight = Math.max(0, 2 * confidence - 1);
    }

    private double score(
        Match match, Evidence evidence, Map<String, Double> demonyms, boolean useEvidence) {
      Place place = match.place();
      double score = prior(place) + switch (match.kind()) {
        case CANONICAL, CODE -> 0.0;
        case NAME -> -0.2;
        case ALIAS -> isShortFormOfName(match) ? -0.3 : -1.5;
      };
      if (place.featureClass() == FeatureClass.POPULATED_PLACE && isSeatOfSameName(match)) {
        score += SAME_NAME_SEAT_BONUS;
      }
      double countryEvidence = demonyms.getOrDefault(place.countryCode(), 0.0);
      if (useEvidence) {
        countryEvidence += evidence.countries.getOrDefault(place.countryCode(), 0.0);
        double divisionEvidence = place.firstLevelDivision()
            .map(d -> evidence.divisions.getOrDefault(d.code(), 0.0)).orElse(0.0);
        score += DIVISION_WEIGHT * log2p(divisionEvidence);
        score += SUBREGION_WEIGHT * log2p(gazetteer.subregion(place.countryCode())
            .map(s -> evidence.subregions.getOrDefault(s, 0.0)).orElse(0.0));
      }
      score += COUNTRY_WEIGHT * log2p(countryEvidence);
      if (useEvidence && !siblings.isEmpty()) {
        double sameKind = 0;
        for (Group sibling : siblings) {
          if (sibling.best().map(b -> b.place().featureClass() == place.featureClass())
              .orElse(false)) {
            sameKind += sibling.weight;
          }
        }
        score += LIST_WEIGHT * log2p(sameKind);
      }
      if (qualifierMatches) {
        score += QUALIFIER_BONUS * matchingQualifiers(place, qualifiers);
      }
      switch (place.featureClass()) {
        case FIRST_LEVEL_DIVISION -> score += divisionCue || containerCue ? NEAR_WORD_BONUS : 0;
        case POPULATED_PLACE -> score += (placeCue ? NEAR_WORD_BONUS : 0)
            + (capitalCue && place.isCapital() ? CAPITAL_CUE_BONUS : 0);
        case COUNTRY -> score += countryCue || containerCue ? NEAR_WORD_BONUS : 0;
      }
      return score;
    }

    /**
     * Whether a populated place is ruled out by how the article writes its name: a name written
     * like an institution ("by the White House") rules out places whose own name does not begin
     * with "The" ("the Hague"); a name written only in capitals ("SOE", "NATO") rules out places
     * that are not written that way in the gazetteer, as a code or name ("UAE", "NYC"), since
     * capitals are acronyms, not town names. Either way a qualifier that names the place's
     * division or country keeps it ("the Kremlin, Oklahoma grain elevator"; the dateline "KYIV,
     * Ukraine").
     */
    private boolean isRuledOut(Match match) {
      Place place = match.place();
      if (place.featureClass() != FeatureClass.POPULATED_PLACE) {
        return false;
      }
      boolean institution = writtenLikeAnInstitution && !startsWithThe(place.name())
          && place.aliases().stream().noneMatch(PlaceResolver::startsWithThe);
      boolean acronym = !capitalsOnly.isEmpty() && match.kind() != MatchKind.CODE
          && !place.name().equals(capitalsOnly) && !place.aliases().contains(capitalsOnly);
      return (institution || acronym)
          && (!qualifierMatches || matchingQualifiers(place, qualifiers) == 0);
    }

    /** An alias that is the canonical name cut short ("New York" of "New York City"). */
    private boolean isShortFormOfName(Match match) {
      String nameKey = PlaceKeys.nameKey(match.place().name());
      return nameKey.startsWith(key + " ");
    }

    /** A place named like a division that holds it ("Donetsk" in "Donetsk" oblast). */
    private boolean isSeatOfSameName(Match match) {
      for (Match other : candidates) {
        if (other.place().featureClass() == FeatureClass.FIRST_LEVEL_DIVISION
            && gazetteer.isWithin(match.place(), other.place())) {
          return true;
        }
      }
      return false;
    }
  }

  /** A word of two or more capital letters and nothing else: "SOE", "NATO", not "U.S." */
  private static boolean isCapitals(String name) {
    if (name.length() < 2) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (!Character.isUpperCase(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithThe(String name) {
    return name.regionMatches(true, 0, "the ", 0, 4);
  }

  private static double log2p(double x) {
    return x <= 0 ? 0 : Math.log1p(x) / Math.log(2);
  }

  private static double prior(Place place) {
    return switch (place.featureClass()) {
      case COUNTRY -> COUNTRY_PRIOR;
      case FIRST_LEVEL_DIVISION -> Math.log10(Math.max(place.population(), 1000)) - 0.5;
      case POPULATED_PLACE -> Math.log10(Math.max(place.population(), 1000))
          + switch (place.featureCode()) {
            case "PPLC" -> 1.0;
            case "PPLA" -> 0.3;
            case "PPLX" -> -1.0;
            default -> 0.0;
          };
    };
  }
}
