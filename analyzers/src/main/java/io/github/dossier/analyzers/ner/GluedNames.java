package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.dossier.analyzers.ner.SentenceTokens.capitalised;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Splits a span that runs two names together over the common words between them, as news writes
 * an appositive: "[Hamas militant Muhammad Na'im Jandiya]" is "Hamas" and "Muhammad Na'im
 * Jandiya", "[Australian airline Qantas]" is "Australian" and "Qantas", "[Bari region of
 * Puntland]" is "Bari" and "Puntland", "[Merkel seconded Macron]" is "Merkel" and "Macron". For
 * {@link NameFinder} on the model's spans before {@link NameEdges} and {@link NameBoundaries}, which
 * then drop a demonym left alone and make a country tagged as an organisation a place.
 *
 * <p>Two organisations joined by "and" are two: "[Senate and House of Representatives]", "[Tsinghua
 * University and the Chinese Academy of Sciences]", "[University of Washington and Center for
 * Ecosystem Sentinels]" — when the word before "and" is an organisation's head word, or both
 * names open with one before "of" ("University of", "Center for"), and the gazetteer does not
 * know the whole as one name ("Food and Drug Administration" and "Department of Health and Human
 * Services" stay whole). A common noun or a party member's word before a person's first name and
 * surname goes, and a country or city there is a place of its own: "[Pianist Orla Brask]" is "Orla
 * Brask", "[Republican Cory Gardner]" is "Cory Gardner", "[Germany Richard Grenell]" is "Germany" and "Richard Grenell". A
 * person's name and "of" opening an organisation's span is that person: "[Morgan Tsvangirai of the
 * MDC]" is "Morgan Tsvangirai" and "MDC".
 *
 * <p>A span is split when a word inside it (not its first or last) is a lower-case common English
 * word of three or more letters ({@code common-words.txt}, or usually lower-case in the
 * gazetteer: "militant", "airline") that is neither a name particle ("da",
 * "bin", "van") nor a word that joins the parts of one name ("of", "and", "for", "upon", "without":
 * "Bank of America", "Newcastle upon Tyne", "Doctors without Borders"). "Dar es Salaam", "Ronald
 * dela Rosa" and "Deir ez-Zor" stay whole. The part before the first such word is what the
 * gazetteer knows it as (a city, country or region, an organisation, a famous person), else of the
 * span's type; the part after the last one (without a joining word opening it: "of Puntland") is
 * what the last glue word says ("airline" an organisation, "capital" a place, a title or role such
 * as "spokesperson" a person), else what the gazetteer knows it as, else a person if it opens with
 * a first name that is no city, country or region, else of the span's type. A part without a
 * capitalised word goes. Spans only shrink or split, so they never come to overlap. Stateless; safe to share.
 */
final class GluedNames {

  private static final String PERSON = "PER";
  private static final String LOCATION = "LOC";
  private static final String ORGANIZATION = "ORG";
  /** Lower-case words that join the parts of one name: "Bank of America", "Council on Foreign Relations". */
  private static final Set<String> JOINING_WORDS = Set.of("of", "and", "for", "the", "on", "in", "at", "upon",
      "under", "without", "with", "by", "to", "from", "over", "into", "against", "sur", "sous", "am", "an", "im",
      "und", "des", "et", "y", "e", "del", "de", "la", "le", "les", "lès");
  private static final int MIN_LENGTH = 3;
  /** Nouns that say the name after them is an organisation's: "Australian airline Qantas". */
  private static final Set<String> ORGANISATION_NOUNS = Set.of("airline", "carrier", "company", "firm", "group",
      "club", "team", "side", "newspaper", "daily", "magazine", "broadcaster", "channel", "agency", "party", "band",
      "bank", "insurer", "retailer", "manufacturer", "startup", "outlet", "publisher", "militia", "network");
  /** Nouns that say the name after them is a place's: "French capital Paris", "Bari region of Puntland". */
  private static final Set<String> PLACE_NOUNS = Set.of("capital", "city", "town", "village", "island",
      "province", "region", "state", "district", "port", "county", "municipality", "suburb", "neighbourhood",
      "neighborhood");
  /** Party members' words written before a politician's name: "Republican Cory Gardner". */
  private static final Set<String> PARTY_MEMBERS = Set.of("Democrat", "Republican", "Democratic", "Conservative",
      "Labour", "Liberal", "Tory", "Socialist", "Communist", "Independent");
  private static final int COUNTRIES_AND_CITIES = NerGazetteer.Category.COUNTRY.bit
      | NerGazetteer.Category.CITY.bit | NerGazetteer.Category.REGION.bit;
  private static final int NAMES = NerGazetteer.Category.FIRST_NAME.bit | NerGazetteer.Category.SURNAME.bit
      | NerGazetteer.Category.PERSON.bit;
  private static final int ORGANISATIONS = NerGazetteer.Category.ORGANIZATION.bit;

  private final NerGazetteer gazetteer;

  GluedNames(NerGazetteer gazetteer) {
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
  }

  /** Splits one span: the parts it is made of, or null if it stays as it is. */
  private interface Splitter {
    List<Span> split(String[] tokens, Span s);
  }

  /** The spans of one sentence with glued names split; {@code spans} itself if none was. */
  Span[] apply(String[] tokens, Span[] spans) {
    spans = each(tokens, spans, this::splitOrganisations);
    spans = each(tokens, spans, this::splitBeforePerson);
    spans = each(tokens, spans, this::splitPersonOf);
    return each(tokens, spans, this::splitOverCommonWords);
  }

  private static Span[] each(String[] tokens, Span[] spans, Splitter splitter) {
    List<Span> out = null;
    for (int k = 0; k < spans.length; k++) {
      List<Span> parts = splitter.split(tokens, spans[k]);
      if (parts == null) {
        if (out != null) {
          out.add(spans[k]);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(Arrays.asList(spans).subList(0, k));
      }
      out.addAll(parts);
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  /** The first capitalised token in {@code [from, end)}, or {@code end}. */
  private static int nextCapitalised(String[] tokens, int from, int end) {
    int i = from;
    while (i < end && !capitalised(tokens[i])) {
      i++;
    }
    return i;
  }

  /** "[Senate and House of Representatives]" is two organisations. */
  private List<Span> splitOrganisations(String[] tokens, Span s) {
    int and = s.getType().equals(ORGANIZATION) ? joiningAnd(tokens, s) : -1;
    if (and < 0) {
      return null;
    }
    List<Span> parts = new ArrayList<>(2);
    parts.add(new Span(s.getStart(), and, ORGANIZATION, s.getProb()));
    int rightStart = nextCapitalised(tokens, and + 1, s.getEnd());
    if (rightStart < s.getEnd()) {
      parts.add(new Span(rightStart, s.getEnd(), ORGANIZATION, s.getProb()));
    }
    return parts;
  }

  /** The "and" between two organisations in the span, or -1. */
  private int joiningAnd(String[] tokens, Span s) {
    for (int j = s.getStart() + 1; j < s.getEnd() - 1; j++) {
      if (!tokens[j].equals("and")) {
        continue;
      }
      int right = tokens[j + 1].equals("the") ? j + 2 : j + 1;
      if (right >= s.getEnd() || !capitalised(tokens[right])) {
        continue;
      }
      boolean headBefore = NameBoundaries.isOrganisationHead(tokens[j - 1], false)
          || KnownOrganisations.LEGISLATURES.contains(tokens[j - 1]);
      boolean bothOpenWithHeads = HeadedOrganisations.isHeadBeforeOf(tokens[s.getStart()])
          && HeadedOrganisations.isHeadBeforeOf(tokens[right]);
      if ((headBefore || bothOpenWithHeads)
          && gazetteer.phrase(NerGazetteer.phraseKey(tokens, s.getStart(), s.getEnd(), false)) == 0) {
        return j;
      }
    }
    return -1;
  }

  /**
   * "[Pianist Orla Brask]" is "Orla Brask", "[Germany Richard Grenell]" is "Germany" and "Richard
   * Grenell": a span's first word is a common noun or a party member's word (and the last word a
   * surname), or a country, city or region that is no person's name, and a person's name follows.
   */
  private List<Span> splitBeforePerson(String[] tokens, Span s) {
    int first = s.getStart();
    int bits = gazetteer.word(NerGazetteer.key(tokens[first]));
    boolean country = (bits & NerGazetteer.Category.COUNTRY.bit) != 0 && (bits & NAMES) == 0;
    if (!isPersonAfter(tokens, s, country && s.getType().equals(PERSON))) {
      return null;
    }
    boolean place = (bits & COUNTRIES_AND_CITIES) != 0 && (bits & NAMES) == 0;
    boolean noName = !place && !SentenceTokens.isCapitalisedArticle(tokens[first])
        && (gazetteer.word(NerGazetteer.key(tokens[s.getEnd() - 1])) & NerGazetteer.Category.SURNAME.bit) != 0
        && (PARTY_MEMBERS.contains(tokens[first])
            || (bits & NAMES) == 0 && NameEdges.isCommonNoun(NerGazetteer.key(tokens[first])));
    if (!place && !noName) {
      return null;
    }
    Span person = new Span(first + 1, s.getEnd(), PERSON, s.getProb());
    return place ? List.of(new Span(first, first + 1, LOCATION, s.getProb()), person) : List.of(person);
  }

  /**
   * Whether the span after its first word is a person's name: a first name (with {@code
   * anyFirstName}, any capitalised word: after a country in a person's span, "[Ukraine Volodymyr
   * Zelenskyy]") and one or two more
   * capitalised words, the last no common noun or organisation's or building's word ("[The
   * Washington Post]", "[Red Cross Hospital]"), and the first two words no name the gazetteer knows
   * ("[Las Vegas] Review-Journal").
   */
  private boolean isPersonAfter(String[] tokens, Span s, boolean anyFirstName) {
    int first = s.getStart();
    int length = s.getEnd() - first;
    if (length < 3 || length > 4) {
      return false;
    }
    for (int i = first + 1; i < s.getEnd(); i++) {
      if (!capitalised(tokens[i])) {
        return false;
      }
    }
    String last = tokens[s.getEnd() - 1];
    return (anyFirstName || (gazetteer.word(NerGazetteer.key(tokens[first + 1])) & NerGazetteer.Category.FIRST_NAME.bit) != 0)
        && !NameEdges.isCommonNoun(NerGazetteer.key(last)) && !NameBoundaries.isOrganisationHead(last, true)
        && !NameEdges.isFacility(last)
        && gazetteer.phrase(NerGazetteer.phraseKey(tokens, first, first + 2, false)) == 0;
  }

  /**
   * "[Morgan Tsvangirai of the MDC]" is the person "Morgan Tsvangirai" and "MDC": an organisation's
   * or place's span that opens with two or three capitalised words, a first name and no word of an
   * organisation's, institution's or place's name, then "of".
   */
  private List<Span> splitPersonOf(String[] tokens, Span s) {
    int of = s.getType().equals(PERSON) ? -1 : personBeforeOf(tokens, s);
    if (of < 0) {
      return null;
    }
    List<Span> parts = new ArrayList<>(2);
    parts.add(new Span(s.getStart(), of, PERSON, s.getProb()));
    int rest = nextCapitalised(tokens, of + 1, s.getEnd());
    if (rest < s.getEnd()) {
      String known = knownType(tokens, rest, s.getEnd());
      parts.add(new Span(rest, s.getEnd(), known != null ? known : s.getType(), s.getProb()));
    }
    return parts;
  }

  /** Where "of" follows a person's name at the start of the span, or -1. */
  private int personBeforeOf(String[] tokens, Span s) {
    int start = s.getStart();
    for (int of = start + 2; of <= start + 3 && of < s.getEnd() - 1; of++) {
      if (!tokens[of].equals("of")) {
        continue;
      }
      if ((gazetteer.word(NerGazetteer.key(tokens[start])) & NerGazetteer.Category.FIRST_NAME.bit) == 0
          || gazetteer.phrase(NerGazetteer.phraseKey(tokens, start, of, true)) != 0) {
        return -1;
      }
      for (int i = start; i < of; i++) {
        int bits = gazetteer.word(NerGazetteer.key(tokens[i]));
        if (!capitalised(tokens[i]) || NameBoundaries.isOrganisationHead(tokens[i], true)
            || HeadedOrganisations.isHeadBeforeOf(tokens[i]) || NameEdges.isFacility(tokens[i])
            || (bits & (COUNTRIES_AND_CITIES | ORGANISATIONS | NerGazetteer.Category.TITLE.bit
                | NerGazetteer.Category.USUALLY_LOWERCASE.bit)) != 0) {
          return -1;
        }
      }
      return of;
    }
    return -1;
  }

  /** "[Australian airline Qantas]" is "Australian" and "Qantas". */
  private List<Span> splitOverCommonWords(String[] tokens, Span s) {
    int first = -1;
    int last = -1;
    for (int i = s.getStart() + 1; i < s.getEnd() - 1; i++) {
      if (isGlue(tokens[i])) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) {
      return null;
    }
    List<Span> parts = new ArrayList<>(2);
    int leftEnd = first;
    while (leftEnd > s.getStart() && !capitalised(tokens[leftEnd - 1])) {
      leftEnd--;
    }
    if (leftEnd > s.getStart()) {
      String known = knownType(tokens, s.getStart(), leftEnd);
      parts.add(new Span(s.getStart(), leftEnd, known != null ? known : s.getType(), s.getProb()));
    }
    int rightStart = nextCapitalised(tokens, last + 1, s.getEnd());
    if (rightStart < s.getEnd()) {
      parts.add(new Span(rightStart, s.getEnd(), rightType(tokens, s, first, rightStart), s.getProb()));
    }
    return parts;
  }

  /** "airline" in "Australian airline Qantas": a common word that glues two names, not one that joins a name. */
  private boolean isGlue(String token) {
    return token.length() >= MIN_LENGTH && !JOINING_WORDS.contains(token) && isLowerCaseOrHyphen(token)
        && (NameEdges.isCommonNoun(token)
            || (gazetteer.word(token) & NerGazetteer.Category.USUALLY_LOWERCASE.bit) != 0
               && !NameBoundaries.isNameParticle(token));
  }

  private static boolean isLowerCaseOrHyphen(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (!Character.isLowerCase(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * The type of the name after the glue words {@code [glueStart, rightStart)}: what the last glue
   * word says it is ("airline" an organisation, "capital" a place, a title a person), else what the
   * gazetteer knows the whole name as, else a person if it is two or more words opening with a
   * first name, else the span's type.
   */
  private String rightType(String[] tokens, Span s, int glueStart, int rightStart) {
    int lastGlue = rightStart - 1;
    while (lastGlue > glueStart && !isGlue(tokens[lastGlue])) {
      lastGlue--;
    }
    if (ORGANISATION_NOUNS.contains(tokens[lastGlue])) {
      return ORGANIZATION;
    }
    if (PLACE_NOUNS.contains(tokens[lastGlue])) {
      return LOCATION;
    }
    for (int i = glueStart; i < rightStart; i++) {
      if ((gazetteer.word(tokens[i]) & NerGazetteer.Category.TITLE.bit) != 0) {
        return PERSON;
      }
    }
    String known = knownType(tokens, rightStart, s.getEnd());
    if (known != null) {
      return known;
    }
    int firstWord = gazetteer.word(NerGazetteer.key(tokens[rightStart]));
    if (s.getEnd() - rightStart >= 2 && (firstWord & NerGazetteer.Category.FIRST_NAME.bit) != 0
        && (firstWord & COUNTRIES_AND_CITIES) == 0) {
      return PERSON;
    }
    return s.getType();
  }

  /** The type the gazetteer knows {@code tokens[start, end)} as: a city, country or region, an organisation, a famous person; or null. */
  private String knownType(String[] tokens, int start, int end) {
    int whole = gazetteer.phrase(NerGazetteer.phraseKey(tokens, start, end, true));
    if ((whole & NerGazetteer.Category.DEMONYM.bit) != 0) {
      return null;
    }
    if ((whole & COUNTRIES_AND_CITIES) != 0) {
      return LOCATION;
    }
    if ((whole & ORGANISATIONS) != 0) {
      return ORGANIZATION;
    }
    if ((whole & NerGazetteer.Category.PERSON.bit) != 0) {
      return PERSON;
    }
    return null;
  }
}
