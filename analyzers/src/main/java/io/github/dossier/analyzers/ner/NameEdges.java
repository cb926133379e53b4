package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.dossier.analyzers.ner.SentenceTokens.capitalised;
import static io.github.dossier.analyzers.ner.SentenceTokens.sentenceStart;

import com.google.common.collect.ImmutableSet;
import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Edges of names that news writes around them, for {@link NameFinder} on the model's spans before
 * {@link NameBoundaries} (which then drops a demonym left alone, "Indian" of "Indian embassy", and
 * makes a country tagged as an organisation a place):
 *
 * <ul>
 *   <li>a hyphenated modifier ending in a participle is no part of the name it qualifies:
 *       "Israeli-occupied West Bank" is "West Bank" (a place if the gazetteer knows it as one),
 *       "Houthi-controlled Sanaa" is "Sanaa", "Marshall Islands-flagged Safesea Vishnu" is
 *       "Safesea Vishnu"; a span that ends in one, or in one and lower-case words ("Rwandan-backed",
 *       "Rwandan-backed rebels"), is no name (its name is only part of a token);
 *   <li>a person's name of two or more words that ends in a building's, site's or street's word
 *       ("Airport", "Base", "Cathedral", "Stadium", "Harbour", "Avenue", ...) or in "City" is a
 *       place: "Ali Al Salem Air Base", "Santos City", "Marsh Harbour", "Karl Marx Avenue"; so is an
 *       organisation's that ends in the word of a structure, site or road ("José Martí International
 *       Airport", "Jolo Cathedral", "National Export Highway");
 *   <li>a person's name right before such a word, or before "Hospital", "University", "Museum", ...
 *       (not before another capitalised word), is a place or an organisation named after the
 *       person: "[Walter Reed] Hospital" is the organisation "Walter Reed Hospital";
 *   <li>a lower-case common noun at the end of a name is no part of it: "Danube river" is "Danube",
 *       "Sumy city center" is "Sumy", "Nepali Congress party" is "Nepali Congress";
 *   <li>a person's name that ends in a name particle goes on over the capitalised word right after
 *       it ("Alexandre de" before "Moraes" is "Alexandre de Moraes"), or, with none, ends before
 *       the particle;
 *   <li>a name opening with "St.", "Saint", "King" or "Queen" runs on over a possessive and a
 *       building's word: "[St. Peter] 's Square" is the place "St. Peter 's Square", "[King] 's
 *       College" an organisation;
 *   <li>two places with "and" between them that the gazetteer knows as one are one place:
 *       "[Trinidad] and [Tobago]";
 *   <li>an organisation right after "People 's" (or "Women 's", "Children 's") includes it and the
 *       capitalised words before it: "[South Sudan] People 's [Defence Forces]" is the ORG "South
 *       Sudan People 's Defence Forces"; a demonym ("Chinese People 's Liberation Army") or an
 *       article opening the sentence stays out.
 * </ul>
 *
 * <p>Spans only shrink, go, or widen over untagged words and spans they swallow whole, so they
 * never come to overlap. Stateless; safe to share.
 */
final class NameEdges {

  private static final String PERSON = "PER";
  private static final String LOCATION = "LOC";
  private static final String ORGANIZATION = "ORG";
  /** Hyphenated participles that are no past tense in "-ed": "Hamas-run", "ISIL-held". */
  private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("run", "held", "born", "built", "made", "won");
  /** Plural nouns whose possessive opens organisation names: "People 's Liberation Army". */
  private static final Set<String> COLLECTIVE_OWNERS = Set.of("People", "Women", "Children", "Men", "Workers");
  /** Last words of buildings, sites, streets and cities, which no person's name ends in: "Ali Al Salem Air Base", "Santos City". */
  private static final Set<String> FACILITIES = Set.of("Airport", "Base", "Mansion", "Palace", "Cathedral", "Mosque",
      "Temple", "Stadium", "Bridge", "Square", "Dam", "Airbase", "City", "Harbour", "Harbor", "Island", "Islands",
      "Peninsula", "Parish", "Canyon", "Creek", "Heights", "Avenue", "Street", "Boulevard", "Highway");
  /**
   * Last words of structures and sites that are places, not organisations, in news annotation:
   * "José Martí International Airport", "Jolo Cathedral" (a palace, a hospital or a prison may
   * speak for its occupants, a city for its club).
   */
  private static final Set<String> PLACES_NOT_BODIES = Set.of("Airport", "Airbase", "Base", "Stadium", "Bridge",
      "Square", "Dam", "Cemetery", "Cathedral", "Mosque", "Temple", "Harbour", "Harbor", "Island", "Islands",
      "Peninsula", "Canyon", "Creek", "Heights", "Avenue", "Boulevard", "Highway");
  /** Last words of institutions named after people, which are organisations: "Walter Reed Hospital". */
  private static final Set<String> INSTITUTIONS = Set.of("Hospital", "University", "College", "School", "Institute",
      "Foundation", "Museum", "Library", "Academy", "Center", "Centre");
  /** Titles that open names of buildings with a possessive: "St. Peter 's Square", "King 's College". */
  private static final Set<String> SAINTS_AND_MONARCHS = Set.of("St.", "St", "Saint", "King", "Queen");
  /** The type of a building named after a saint or monarch, by its last word. */
  private static final Map<String, String> SAINTS_BUILDINGS = Map.of("Square", LOCATION, "Basilica", LOCATION,
      "Cathedral", LOCATION, "Church", LOCATION, "Abbey", LOCATION, "Chapel", LOCATION, "Park", LOCATION,
      "College", ORGANIZATION, "School", ORGANIZATION, "Hospital", ORGANIZATION);
  /** At most this many capitalised words before "People 's" join the organisation. */
  private static final int MAX_OWNER_WORDS = 4;
  /**
   * Lower-case English nouns that end no name: every all-lower-case word tagged O at least three
   * times in the CC BY 4.0 NER corpora (see {@code common-words.txt}).
   */
  private static final ImmutableSet<String> COMMON_WORDS = commonWords();

  private final NerGazetteer gazetteer;

  NameEdges(NerGazetteer gazetteer) {
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
  }

  /** The spans of one sentence with these edges corrected; {@code spans} itself if none changed. */
  Span[] apply(String[] tokens, Span[] spans) {
    List<Span> out = null;
    for (int k = 0; k < spans.length; k++) {
      Span s = spans[k];
      int nextStart = k + 1 < spans.length ? spans[k + 1].getStart() : tokens.length;
      Span fixed = fix(tokens, s, nextStart);
      if (fixed != null && fixed.getType().equals(ORGANIZATION)) {
        int start = collectiveStart(tokens, fixed);
        if (start < fixed.getStart() && !straddles(out != null ? out : Arrays.asList(spans).subList(0, k), start)) {
          fixed = new Span(start, fixed.getEnd(), ORGANIZATION, fixed.getProb());
        }
      }
      if (fixed != null) {
        fixed = withSaintsBuilding(tokens, fixed, nextStart);
      }
      Span previous = out != null ? (out.isEmpty() ? null : out.get(out.size() - 1)) : k > 0 ? spans[k - 1] : null;
      if (fixed != null && previous != null && isJoinedPlace(tokens, previous, fixed)) {
        fixed = new Span(previous.getStart(), fixed.getEnd(), LOCATION, Math.min(previous.getProb(), fixed.getProb()));
      }
      if (out == null && fixed == s) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(Arrays.asList(spans).subList(0, k));
      }
      if (fixed != null) {
        // spans swallowed by an organisation widened over "People 's", or by a joined place, go
        while (!out.isEmpty() && out.get(out.size() - 1).getEnd() > fixed.getStart()) {
          out.remove(out.size() - 1);
        }
        out.add(fixed);
      }
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  /**
   * "[Trinidad] and [Tobago]": two places with "and" between them that the gazetteer knows as one
   * country, region or city.
   */
  private boolean isJoinedPlace(String[] tokens, Span first, Span second) {
    return first.getType().equals(LOCATION) && second.getType().equals(LOCATION)
        && second.getStart() - first.getEnd() == 1 && tokens[first.getEnd()].equals("and")
        && (gazetteer.phrase(NerGazetteer.phraseKey(tokens, first.getStart(), second.getEnd(), true))
            & (NerGazetteer.Category.COUNTRY.bit | NerGazetteer.Category.REGION.bit | NerGazetteer.Category.CITY.bit))
            != 0;
  }

  /**
   * "[St. Peter] 's Square", "[King] 's College": a name opening with a saint's or monarch's title
   * runs on over the possessive and a building's word right after it, untagged, to make a place
   * (an organisation for a college, school or hospital).
   */
  private static Span withSaintsBuilding(String[] tokens, Span s, int nextStart) {
    int end = s.getEnd();
    if (!SAINTS_AND_MONARCHS.contains(tokens[s.getStart()]) || end + 2 > nextStart
        || !SentenceTokens.isPossessive(tokens[end]) || !SAINTS_BUILDINGS.containsKey(tokens[end + 1])
        || end + 2 < tokens.length && capitalised(tokens[end + 2])) {
      return s;
    }
    return new Span(s.getStart(), end + 2, SAINTS_BUILDINGS.get(tokens[end + 1]), s.getProb());
  }

  /** Whether a span starts before {@code start} and ends after it. */
  private static boolean straddles(List<Span> spans, int start) {
    for (Span s : spans) {
      if (s.getStart() < start && s.getEnd() > start) {
        return true;
      }
    }
    return false;
  }

  /** The span with its modifier, trailing noun and dangling particle edges fixed; null if it goes. */
  private Span fix(String[] tokens, Span s, int nextStart) {
    int start = s.getStart();
    int end = s.getEnd();
    for (int i = start; i < end; i++) {
      if (isHyphenatedModifier(tokens[i])) {
        start = i + 1;
      }
    }
    if (start == end || start > s.getStart() && !capitalised(tokens[start])) {
      return null; // "Rwandan-backed" or "Rwandan-backed rebels": the name is only part of a token
    }
    String type = s.getType();
    if (start > s.getStart() && !type.equals(LOCATION) && capitalised(tokens[start])) {
      int bits = gazetteer.phrase(NerGazetteer.phraseKey(tokens, start, end, true));
      if ((bits & NerGazetteer.PLACES) != 0 && (bits & NerGazetteer.Category.ORGANIZATION.bit) == 0) {
        type = LOCATION;
      }
    }
    if (end - start >= 2 && (type.equals(PERSON) && FACILITIES.contains(tokens[end - 1])
        || type.equals(ORGANIZATION) && PLACES_NOT_BODIES.contains(tokens[end - 1]))) {
      type = LOCATION;
    }
    if (type.equals(PERSON) && end < nextStart && (FACILITIES.contains(tokens[end]) || INSTITUTIONS.contains(tokens[end]))
        && (end + 1 == tokens.length || !capitalised(tokens[end + 1]))) {
      // "[Walter Reed] Hospital": a building or institution named after a person
      type = INSTITUTIONS.contains(tokens[end]) ? ORGANIZATION : LOCATION;
      end++;
    }
    if (type.equals(PERSON)) {
      if (end - start >= 2 && NameBoundaries.isNameParticle(tokens[end - 1])) {
        if (end < nextStart && capitalised(tokens[end])) {
          end++;
        } else {
          end--;
        }
      }
    }
    while (end - start >= 2 && isCommonNoun(tokens[end - 1])) {
      end--;
    }
    if (start == s.getStart() && end == s.getEnd() && type.equals(s.getType())) {
      return s;
    }
    return new Span(start, end, type, s.getProb());
  }

  /**
   * Where an organisation starts that follows "People 's": before the capitalised words that
   * precede "People" (at most {@value #MAX_OWNER_WORDS}, no demonym first, no article opening the
   * sentence); the span's own start if no such owner precedes it.
   */
  private int collectiveStart(String[] tokens, Span s) {
    int owner = s.getStart() - 2;
    if (owner < 0 || !SentenceTokens.isPossessive(tokens[owner + 1]) || !COLLECTIVE_OWNERS.contains(tokens[owner])) {
      return s.getStart();
    }
    int start = owner;
    while (start > 0 && owner - start < MAX_OWNER_WORDS && capitalised(tokens[start - 1])
        && !SentenceTokens.isPossessive(tokens[start - 1])) {
      start--;
    }
    while (start < owner && (SentenceTokens.isCapitalisedArticle(tokens[start]) && sentenceStart(tokens, start)
        || (gazetteer.word(NerGazetteer.key(tokens[start])) & NerGazetteer.Category.DEMONYM.bit) != 0
            && (gazetteer.word(NerGazetteer.key(tokens[start])) & NerGazetteer.PLACES) == 0)) {
      start++;
    }
    return start;
  }

  /** Whether {@code tokens[i]} is the possessive of "People" and its like ("Workers '"), inside an organisation's name. */
  static boolean isCollectivePossessive(String[] tokens, int i) {
    return i > 0 && i < tokens.length && COLLECTIVE_OWNERS.contains(tokens[i - 1])
        && (SentenceTokens.isPossessive(tokens[i])
            || tokens[i - 1].endsWith("s") && (tokens[i].equals("'") || tokens[i].equals("\u2019")));
  }

  /**
   * "Israeli-occupied", "Iran-backed", "Hamas-run": a capitalised word, a hyphen and a
   * lower-case participle ("Ki-moon" and "al-Assad" are names).
   */
  static boolean isHyphenatedModifier(String token) {
    int hyphen = token.lastIndexOf('-');
    if (hyphen < 1 || hyphen + 3 > token.length() || !Character.isUpperCase(token.charAt(0))) {
      return false;
    }
    String tail = token.substring(hyphen + 1);
    for (int i = 0; i < tail.length(); i++) {
      if (tail.charAt(i) < 'a' || tail.charAt(i) > 'z') {
        return false;
      }
    }
    return tail.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(tail);
  }

  /** "Airport" in "Kabul Airport": the last word of a building's, site's or city's name. */
  static boolean isFacility(String token) {
    return FACILITIES.contains(token);
  }

  /** "river" in "Danube river": a lower-case common word that is no name particle. */
  static boolean isCommonNoun(String token) {
    return token.length() > 1 && Character.isLowerCase(token.charAt(0)) && !NameBoundaries.isNameParticle(token)
        && COMMON_WORDS.contains(token);
  }

  private static ImmutableSet<String> commonWords() {
    try {
      ImmutableSet.Builder<String> words = ImmutableSet.builder();
      for (String line : Resources.readLines(
          Resources.getResource(NameEdges.class, "/io/github/dossier/analyzers/common-words.txt"),
          StandardCharsets.UTF_8)) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
      return words.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the common-words.txt resource", e);
    }
  }
}
