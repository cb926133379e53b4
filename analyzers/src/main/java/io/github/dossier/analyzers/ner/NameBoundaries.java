package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Puts the edges of the model's name spans where news-style (CoNLL) annotation puts them, with
 * rules the perceptron learns only unreliably from a few hundred examples:
 *
 * <ul>
 *   <li>a person's name starts after the last title or role before it: "Senator Ted Cruz" is "Ted
 *       Cruz", "US Secretary of State Mike Pompeo" is "Mike Pompeo" (titles are the gazetteer's
 *       title words and phrases, with or without a final period: "Sen.", "Secretary of State");
 *   <li>an organisation or place span that is a title followed by two or more capitalised words is
 *       that person: "Representative Beto O'Rourke" tagged ORG is the PER "Beto O'Rourke";
 *   <li>a person's name goes on over a lower-case hyphenated Arabic surname right after it
 *       ("Rashad" before "al-Alimi" is "Rashad al-Alimi") and over a regnal number ("Pope Leo"
 *       before "XIV" is "Leo XIV");
 *   <li>a person's name ends before an inner "of" or "from", and a known place after it is a place:
 *       "Marco Rubio of Florida" is PER "Marco Rubio" and LOC "Florida"; it also ends before any
 *       other usually lower-case word that is no name particle ("Lula da Silva for signature" is
 *       "Lula da Silva");
 *   <li>places joined by commas are separate places: "Berlin, Germany" is "Berlin" and "Germany";
 *   <li>a demonym alone ("Indonesian", "South Korean") is no name and is dropped, unless the
 *       gazetteer also knows it as a place or organisation, or, for a person, as a first name or
 *       surname ("French").
 *   <li>an article is no part of a name ("the Netherlands" is "Netherlands", "The United Nations
 *       said" is "United Nations", "A Rapid Support Forces drone" is "Rapid Support Forces"),
 *       unless it is capitalised in mid-sentence ("to The Hague") or the gazetteer knows the name
 *       with it and not without; nor is a
 *       lower-case compass word before a place ("southern Spain" is "Spain");
 *   <li>a country tagged as an organisation is a place, as in CoNLL's news annotation: "Uganda
 *       signed the treaty" and "The U.S. launches airstrikes" name places (unless the gazetteer
 *       also lists the name as an organisation; a region or city may be a sports club's name:
 *       "Southampton"), and so is a known place and its kind of division ("Kwara State", "Sumy
 *       Oblast"); a place or person span of two or more words that ends in an organisation's
 *       head word ("Union", "Council", "Party", "University", "Corps", ...; for places also "Bank",
 *       "Court", ...) is an organisation: "European Union", "Central Bank", "Cornell University"
 *       (unless the gazetteer knows the whole name as a place: "West Bank");
 *   <li>a known place or organisation before a possessive is a name of its own: "Rome 's Gemelli
 *       Hospital" is LOC "Rome" and "Gemelli Hospital" of the span's type, "Hong Kong 's" is "Hong
 *       Kong" ("People 's Party" and "McDonald 's" stay whole: they start with no known place);
 *   <li>a place or organisation span that ends in "of", "for" or "and" goes on into the span that
 *       follows it: "Supreme Court of" and "Puerto Rico" are the ORG "Supreme Court of Puerto
 *       Rico"; with no span after it, the dangling word is dropped;
 *   <li>an organisation of two or more capitalised words, "of" or "of the", and a place or
 *       organisation are one name: "Roman Catholic Archdiocese of New York" (a place if the
 *       gazetteer knows the whole as one: "Democratic Republic of the Congo");
 *   <li>a name starts with no usually lower-case word other than a name particle ("protect Dias"
 *       is "Dias", "bin Laden" stays), and a place or organisation ends with none ("Kermanshah
 *       province" is "Kermanshah", "ANO party" is "ANO");
 *   <li>a title written in lower case inside a place or organisation span, followed only by
 *       capitalised words, introduces a person: "Dutch king Willem-Alexander" is PER
 *       "Willem-Alexander";
 *   <li>a place or organisation span that ends in a person's name (two to four capitalised words
 *       from a first name on) after a known place or organisation or a title is split: "United
 *       States Donald Trump" is LOC "United States" and PER "Donald Trump", "United States
 *       Secretary of Defense Pete Hegseth" LOC "United States" and PER "Pete Hegseth",
 *       "Vice-President of the European Commission Kaja Kallas" ORG "European Commission" and PER
 *       "Kaja Kallas" ("South China Sea", "San Miguel Zacaola" and "US Marine Corp" stay whole);
 *   <li>a place or organisation span that ends in a title right before a person is no name, except
 *       for a known place or organisation before the title: "[National Security Advisor] [Mike
 *       Waltz]" is just the person, "[European Commission President] [Ursula ...]" keeps
 *       "European Commission";
 *   <li>two person spans with only lower-case name particles between them are one person
 *       ("Ursula" von der "Leyen"), and two places with one Spanish or Portuguese particle between
 *       them one place ("Castilla" y "León", "Campo" de "Gibraltar");
 *   <li>a title that is also a name, after a first name, is part of the name ("Hassan Sheikh
 *       Mohamud"); a capitalised common word before a first name is not ("[General] Staff Valery
 *       Gerasimov" is "Valery Gerasimov"); "major", mostly no title, makes a person only of a first
 *       name ("Major League Baseball" stays an organisation).
 * </ul>
 *
 * <p>Spans are only shortened, split, dropped, joined to the span right after a dangling "of" or
 * a joining "of (the)", or widened over an untagged Arabic surname, so they never come to overlap. The probability of a derived span is that of the span it came
 * from (of a joined span, the lower of the two). Stateless; safe to share.
 */
final class NameBoundaries {

  private static final String PERSON = "PER";
  private static final String LOCATION = "LOC";
  private static final String ORGANIZATION = "ORG";
  /** Lower-case words that end a person's name: "of" in "Patrick Crusius of Allen". */
  private static final Set<String> PERSON_NAME_BREAKS = Set.of("of", "from");
  /** The longest title phrase looked for, in tokens ("Secretary of State"). */
  private static final int MAX_TITLE_TOKENS = 3;
  /** A title turns an ORG or LOC span into a person only before at least this many name words. */
  private static final int MIN_NAME_WORDS_AFTER_TITLE = 2;
  private static final int PLACES = NerGazetteer.PLACES;
  /**
   * Categories that make a demonym a name of its own: "Jordanian" is none, "Jordan" is a country; a
   * small town's name does not count ("Argentine", Kansas).
   */
  private static final int NOT_DEMONYM = NerGazetteer.Category.CITY.bit | NerGazetteer.Category.COUNTRY.bit
      | NerGazetteer.Category.REGION.bit | NerGazetteer.Category.ORGANIZATION.bit;
  /** A demonym tagged PER may be someone's name ("Judith French"). */
  private static final int PERSON_NAMES = NerGazetteer.Category.FIRST_NAME.bit | NerGazetteer.Category.SURNAME.bit;
  private static final int NOT_NAME_WORDS = NerGazetteer.Category.USUALLY_LOWERCASE.bit
      | NerGazetteer.Category.TITLE.bit;
  /** Categories of a name that stands on its own before a possessive: "Rome" in "Rome 's Gemelli Hospital". */
  private static final int OWNERS = PLACES | NerGazetteer.Category.ORGANIZATION.bit;
  /** Categories of whole place and organisation names, from any source. */
  private static final int KNOWN_PLACES_AND_ORGANISATIONS = OWNERS | NerGazetteer.Category.WORDNET_LOCATION.bit
      | NerGazetteer.Category.WORDNET_ORGANIZATION.bit;
  /** Categories of whole names (not of name parts such as first names). */
  private static final int KNOWN_NAMES = OWNERS | NerGazetteer.Category.PERSON.bit
      | NerGazetteer.Category.WORDNET_PERSON.bit | NerGazetteer.Category.WORDNET_LOCATION.bit
      | NerGazetteer.Category.WORDNET_ORGANIZATION.bit;
  /** Lower-case words inside a person's name: "Lula da Silva", "Osama bin Laden". */
  private static final Set<String> NAME_PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "da", "das", "de",
      "del", "della", "der", "den", "di", "do", "dos", "du", "la", "le", "les", "van", "von", "ter", "ten", "y", "e",
      "zu", "af", "av", "ben", "abu", "st.", "mc", "ap");
  /** Words that start no name: "the Netherlands" is "Netherlands". */
  private static final Set<String> LEADING_NON_NAME = Set.of("the", "The", "THE", "a", "A", "an", "An");
  /** Lower-case compass words that start no place name: "southern Spain" is "Spain". */
  private static final Set<String> COMPASS_WORDS = Set.of("north", "south", "east", "west", "northern",
      "southern", "eastern", "western", "northeast", "northwest", "southeast", "southwest", "northeastern",
      "northwestern", "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
      "north-eastern", "north-western", "south-eastern", "south-western", "central");
  /** Capitalised words that start place names ("San Miguel Zacaola"), not places of their own before a person. */
  private static final Set<String> PLACE_NAME_PREFIXES = Set.of("San", "Santa", "Santo", "São", "Saint", "St.",
      "Sainte", "New", "Fort", "Port", "Mount", "Lake", "Cape", "Los", "Las", "El", "La", "Le", "North", "South",
      "East", "West", "Upper", "Lower", "Great", "Little", "Old", "Al");
  /** Lower-case words inside Spanish and Portuguese place names: "Castilla y León", "Campo de Gibraltar". */
  private static final Set<String> PLACE_NAME_PARTICLES = Set.of("de", "del", "do", "da", "dos", "das", "y");
  /** Lower-case words that cannot end a place or organisation name: "Supreme Court of". */
  private static final Set<String> DANGLING = Set.of("of", "for", "and", "&");
  /**
   * Last words that make a name an organisation's, whatever place or person it starts with:
   * "European Union", "Sudan Doctors Union", "Cornell University", "Marine Corps" (unless the
   * gazetteer knows the whole name as a place: "West Bank").
   */
  private static final Set<String> ORGANISATION_HEADS = Set.of("Union", "Council", "Party", "Association",
      "Committee", "Commission", "Agency", "Ministry", "Parliament", "Corporation", "Company", "Federation",
      "Organization", "Organisation", "Institute", "University", "College", "Foundation", "Army", "Navy", "Police",
      "Authority", "Department", "League", "Airlines", "Airways", "Inc.", "Ltd.", "Corp.", "Corp", "Co.", "FC", "Group",
      "Alliance", "Movement", "Coalition", "Forces", "Corps", "Senate", "Assembly", "Congress", "Tribunal",
      "Bureau", "Services", "Patrol", "Survey", "Society", "Holdings", "Industries", "Technologies", "Resorts",
      "Energies", "Pharmaceuticals", "Cartel", "Representatives", "Deputies", "Commons", "Lords", "News",
      "Command", "Administration");
  /** Countries and first-level regions, which divisions are named after. */
  private static final int COUNTRIES_AND_REGIONS = NerGazetteer.Category.COUNTRY.bit | NerGazetteer.Category.REGION.bit;
  /** Last words of administrative divisions: "Kwara State", "Sumy Oblast", "Rif Dimashq Governorate". */
  private static final Set<String> ADMINISTRATIVE_DIVISIONS = Set.of("State", "Province", "Oblast", "Governorate",
      "Region", "District", "County", "Prefecture", "Territory", "Municipality", "Krai", "Raion",
      "Voivodeship", "Emirate", "Canton");
  /** Organisation head words that are also surnames or places' last words: they retype places only. */
  private static final Set<String> PLACE_ORGANISATION_HEADS = Set.of("Bank", "Court", "Front", "Guard", "Office",
      "Service", "Club", "Network", "Air");
  /** The article of an Arabic surname written lower-case and hyphenated: "al-Alimi", "el-Sisi". */
  private static final Set<String> ARABIC_ARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul");
  private static final Pattern REGNAL_NUMBER =
      Pattern.compile("X{0,3}(IX|IV|V?I{0,3})");

  private final NerGazetteer gazetteer;

  NameBoundaries(NerGazetteer gazetteer) {
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
  }

  /** The spans of one sentence with their edges corrected; {@code spans} itself if none changed. */
  Span[] apply(String[] tokens, Span[] spans) {
    List<Span> out = null;
    for (int k = 0; k < spans.length; k++) {
      Span s = spans[k];
      int end = s.getEnd();
      boolean free = k + 1 == spans.length || spans[k + 1].getStart() > end;
      List<Span> fixed = s.getType().equals(PERSON) && end < tokens.length && free
          && (isArabicSurname(tokens[end]) || isRegnalNumber(tokens[end]))
          ? fix(tokens, new Span(s.getStart(), end + 1, PERSON, s.getProb()))
          : fix(tokens, s);
      if (out == null && (fixed.size() != 1 || fixed.get(0) != s)) {
        out = new ArrayList<>(spans.length + 2);
        for (int j = 0; j < k; j++) {
          out.add(spans[j]);
        }
      }
      if (out != null) {
        out.addAll(fixed);
      }
    }
    List<Span> people = joinTitlesToPeople(tokens, out == null ? Arrays.asList(spans) : out);
    if (people != null) {
      out = people;
    }
    List<Span> joined = joinDangling(tokens, out == null ? Arrays.asList(spans) : out);
    if (joined != null) {
      return joined.toArray(new Span[0]);
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  /**
   * Spans next to a person's name: a place or organisation span that ends in a title right before a
   * person ("[ORG National Security Advisor] [PER Mike Waltz]", "[ORG Swiss Defense Minister] [PER
   * Viola Amherd]") keeps only a known place or organisation before the title ("[European
   * Commission] President"), or goes; two person spans with only lower-case name particles between
   * them are one person ("[Ursula] von der [Leyen]"), and two places with "y", "de", "do", ...
   * between them one place ("[Castilla] y [León]"). Null when nothing changes.
   */
  private List<Span> joinTitlesToPeople(String[] tokens, List<Span> spans) {
    List<Span> out = null;
    for (int k = 0; k < spans.size(); k++) {
      Span s = spans.get(k);
      Span next = k + 1 < spans.size() ? spans.get(k + 1) : null;
      List<Span> replaced = null;
      boolean skipNext = false;
      if (next != null && next.getType().equals(PERSON) && next.getStart() == s.getEnd()
          && !s.getType().equals(PERSON) && isCapitalisedTitle(tokens[s.getEnd() - 1])) {
        int title = s.getEnd() - 1;
        while (title > s.getStart() && isCapitalisedTitle(tokens[title - 1])) {
          title--;
        }
        replaced = new ArrayList<>(1);
        if (title > s.getStart()) {
          int bits = gazetteer.phrase(NerGazetteer.phraseKey(tokens, s.getStart(), title, true));
          if ((bits & OWNERS) != 0 && (bits & NerGazetteer.Category.DEMONYM.bit) == 0
              || isOrganisationHead(tokens[title - 1], false)) {
            replaced.add(new Span(s.getStart(), title, (bits & PLACES) != 0 ? LOCATION : ORGANIZATION, s.getProb()));
          }
        }
      } else if (next != null && s.getType().equals(LOCATION) && next.getType().equals(LOCATION)
          && next.getStart() - s.getEnd() == 1 && PLACE_NAME_PARTICLES.contains(tokens[s.getEnd()])) {
        // "Castilla" y "León", "Campo" de "Gibraltar": one place
        replaced = List.of(new Span(s.getStart(), next.getEnd(), LOCATION, Math.min(s.getProb(), next.getProb())));
        skipNext = true;
      } else if (next != null && s.getType().equals(PERSON) && next.getType().equals(PERSON)
          && next.getStart() > s.getEnd() && next.getStart() - s.getEnd() <= 2) {
        boolean particles = true;
        for (int i = s.getEnd(); i < next.getStart() && particles; i++) {
          particles = Character.isLowerCase(tokens[i].charAt(0)) && NAME_PARTICLES.contains(tokens[i]);
        }
        if (particles) {
          replaced = List.of(new Span(s.getStart(), next.getEnd(), PERSON, Math.min(s.getProb(), next.getProb())));
          skipNext = true;
        }
      }
      if (replaced == null) {
        if (out != null) {
          out.add(s);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(spans.subList(0, k));
      }
      out.addAll(replaced);
      if (skipNext) {
        k++;
      }
    }
    return out;
  }

  /**
   * "[ORG Roman Catholic Archdiocese] of [LOC New York]", "[ORG Democratic Republic] of the [LOC
   * Congo]": an organisation of two or more capitalised words, then "of" or "of the", then a place
   * or organisation, is one organisation.
   */
  private static boolean isOfJoin(String[] tokens, Span s, Span next) {
    if (!s.getType().equals(ORGANIZATION) || s.length() < 2 || next.getType().equals(PERSON)
        || !allCapitalised(tokens, s.getStart(), s.getEnd())) {
      return false;
    }
    int gap = next.getStart() - s.getEnd();
    return gap == 1 && tokens[s.getEnd()].equals("of")
        || gap == 2 && tokens[s.getEnd()].equals("of") && tokens[s.getEnd() + 1].equals("the");
  }

  /**
   * Joins a place or organisation span ending in a dangling "of" to the span right after it, or
   * drops the dangling word when none follows; null when no span dangles.
   */
  private List<Span> joinDangling(String[] tokens, List<Span> spans) {
    List<Span> out = null;
    for (int k = 0; k < spans.size(); k++) {
      Span s = spans.get(k);
      boolean dangles = !s.getType().equals(PERSON) && s.length() >= 2 && DANGLING.contains(tokens[s.getEnd() - 1]);
      Span next = k + 1 < spans.size() ? spans.get(k + 1) : null;
      if (!dangles && next != null && isOfJoin(tokens, s, next)) {
        if (out == null) {
          out = new ArrayList<>(spans.subList(0, k));
        }
        boolean place = (gazetteer.phrase(NerGazetteer.phraseKey(tokens, s.getStart(), next.getEnd(), true)) & PLACES) != 0;
        out.add(new Span(s.getStart(), next.getEnd(), place ? LOCATION : ORGANIZATION,
            Math.min(s.getProb(), next.getProb())));
        k++;
        continue;
      }
      if (!dangles) {
        if (out != null) {
          out.add(s);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(spans.subList(0, k));
      }
      if (next != null && next.getStart() == s.getEnd()) {
        out.add(new Span(s.getStart(), next.getEnd(), s.getType(), Math.min(s.getProb(), next.getProb())));
        k++;
      } else {
        out.add(new Span(s.getStart(), s.getEnd() - 1, s.getType(), s.getProb()));
      }
    }
    return out;
  }

  private List<Span> fix(String[] tokens, Span s) {
    int start = s.getStart();
    while (s.getEnd() - start >= 2
        && (isLeadingArticle(tokens, start) && !namedWithThe(tokens, start, s.getEnd())
            || s.getType().equals(LOCATION) && COMPASS_WORDS.contains(tokens[start])
            || isCommonLowerCaseWord(tokens[start])
            || isLowerCaseWord(tokens[start]) && isCapitalised(tokens[start + 1])
                && (gazetteer.word(tokens[start]) & NerGazetteer.Category.FIRST_NAME.bit) == 0)) {
      start++;
    }
    int last = s.getEnd();
    if (s.getType().equals(PERSON)) {
      for (int k = start + 1; k < last - 1; k++) {
        if (SentenceTokens.isPossessive(tokens[k])) {
          last = k; // "[Zine El Abidine Ben Ali 's Presidency]" is "Zine El Abidine Ben Ali"
          break;
        }
      }
    }
    if (!s.getType().equals(PERSON)) {
      while (last - start >= 2 && !DANGLING.contains(tokens[last - 1]) && isCommonLowerCaseWord(tokens[last - 1])) {
        last--;
      }
    }
    if (last < s.getEnd()) {
      s = new Span(s.getStart(), last, s.getType(), s.getProb());
    }
    String newType = s.getType();
    if (newType.equals(ORGANIZATION)) {
      int bits = gazetteer.phrase(NerGazetteer.phraseKey(tokens, start, s.getEnd(), true));
      if ((bits & NerGazetteer.Category.COUNTRY.bit) != 0 && (bits & NerGazetteer.Category.ORGANIZATION.bit) == 0
          || s.getEnd() - start == 1 && CountryNames.ABBREVIATIONS.contains(tokens[start])
          || isDivisionOfAPlace(tokens, start, s.getEnd())) {
        newType = LOCATION;
      }
    } else if (s.getEnd() - start >= 2 && isOrganisationHead(tokens[s.getEnd() - 1], newType.equals(LOCATION))
        && (gazetteer.phrase(NerGazetteer.phraseKey(tokens, start, s.getEnd(), true))
            & (newType.equals(LOCATION) ? PLACES | NerGazetteer.Category.WORDNET_LOCATION.bit : PLACES)) == 0) {
      // a place the model typed so stays one if WordNet agrees: "Soviet Union"
      newType = ORGANIZATION;
    }
    if (start > s.getStart() || !newType.equals(s.getType())) {
      s = new Span(start, s.getEnd(), newType, s.getProb());
    }
    if (!s.getType().equals(PERSON)) {
      if (s.length() >= 2 && SentenceTokens.isPossessive(tokens[s.getEnd() - 1])
          && (gazetteer.phrase(NerGazetteer.phraseKey(tokens, s.getStart(), s.getEnd() - 1, true)) & OWNERS) != 0) {
        s = new Span(s.getStart(), s.getEnd() - 1, s.getType(), s.getProb());
      }
      for (int i = s.getStart() + 1; i < s.getEnd() - 1; i++) {
        if (SentenceTokens.isPossessive(tokens[i]) && isCapitalised(tokens[i + 1])) {
          int owner = gazetteer.phrase(NerGazetteer.phraseKey(tokens, s.getStart(), i, true));
          if ((owner & OWNERS) != 0) {
            String ownerType = (owner & PLACES) != 0 ? LOCATION : ORGANIZATION;
            List<Span> out = new ArrayList<>(3);
            out.add(new Span(s.getStart(), i, ownerType, s.getProb()));
            out.addAll(fix(tokens, new Span(i + 1, s.getEnd(), s.getType(), s.getProb())));
            return out;
          }
        }
      }
    }
    if (!s.getType().equals(PERSON)) {
      for (int t = s.getEnd() - 2; t > s.getStart(); t--) {
        if (isLowerCaseTitle(tokens[t]) && allCapitalised(tokens, t + 1, s.getEnd())) {
          List<Span> out = new ArrayList<>(2);
          if (allCapitalised(tokens, s.getStart(), t)) {
            out.addAll(fix(tokens, new Span(s.getStart(), t, s.getType(), s.getProb())));
          }
          out.add(new Span(t + 1, s.getEnd(), PERSON, s.getProb()));
          return out;
        }
      }
    }
    int a = s.getStart();
    int b = s.getEnd();
    String type = s.getType();
    if (!type.equals(PERSON) && b - a >= 3) {
      int person = embeddedPerson(tokens, a, b);
      if (person > 0) {
        return splitEmbeddedPerson(tokens, a, b, person, s);
      }
    }
    if (isDemonym(tokens, a, b, type.equals(PERSON))) {
      return List.of();
    }
    if (type.equals(PERSON)) {
      if (b - a >= 3 && isCapitalised(tokens[a]) && isUsuallyLowerCase(tokens[a])
          && (gazetteer.word(NerGazetteer.key(tokens[a])) & NerGazetteer.Category.FIRST_NAME.bit) == 0
          && isFirstNameNotTitle(tokens[a + 1])) {
        a++; // "[General] Staff Valery Gerasimov": a capitalised common word before a first name
        s = new Span(a, b, PERSON, s.getProb());
      }
      int name = afterLastTitle(tokens, a, b);
      List<Span> out = new ArrayList<>(2);
      int end = b;
      for (int i = name + 1; i < b; i++) {
        if (PERSON_NAME_BREAKS.contains(tokens[i]) && i < b - 1) {
          end = i;
          if (isPlace(tokens, i + 1, b)) {
            out.add(new Span(i + 1, b, LOCATION, s.getProb()));
          }
          break;
        }
        if (isCommonLowerCaseWord(tokens[i])) {
          end = i;
          break;
        }
      }
      if (name == a && end == b) {
        return List.of(s);
      }
      out.add(0, new Span(name, end, PERSON, s.getProb()));
      return out;
    }
    int name = afterLastTitle(tokens, a, b);
    if (name > a && b - name >= MIN_NAME_WORDS_AFTER_TITLE && isNameWords(tokens, name, b)
        && !isOrganisationHead(tokens[b - 1], true)
        && !(isUsuallyLowerCase(tokens[name - 1]) && !isFirstNameNotTitle(tokens[name]))) {
      // "Major League Baseball" stays whole: "major" is mostly no title, and "League" no first name
      return List.of(new Span(name, b, PERSON, s.getProb()));
    }
    if (type.equals(LOCATION)) {
      List<Span> parts = null;
      int from = a;
      for (int i = a + 1; i < b - 1; i++) {
        if (tokens[i].equals(",")) {
          if (parts == null) {
            parts = new ArrayList<>(3);
          }
          parts.add(new Span(from, i, LOCATION, s.getProb()));
          from = i + 1;
        }
      }
      if (parts != null) {
        parts.add(new Span(from, b, LOCATION, s.getProb()));
        return parts;
      }
    }
    return List.of(s);
  }

  /**
   * The first token after the last title of {@code tokens[a, b)} that a capitalised token follows,
   * or {@code a} if there is none.
   */
  private int afterLastTitle(String[] tokens, int a, int b) {
    for (int k = b - 2; k >= a; k--) {
      if (!isCapitalised(tokens[k + 1])) {
        continue;
      }
      for (int len = Math.min(MAX_TITLE_TOKENS, k - a + 1); len >= 1; len--) {
        if ((gazetteer.phrase(NerGazetteer.phraseKey(tokens, k - len + 1, k + 1, true)) & NerGazetteer.Category.TITLE.bit) != 0) {
          if (len == 1 && k - 1 >= a && isFirstNameNotTitle(tokens[k - 1])
              && (gazetteer.word(NerGazetteer.key(tokens[k])) & PERSON_NAMES) != 0) {
            break; // "Hassan Sheikh Mohamud": a title that is also a name, after a first name, is part of the name
          }
          return k + 1;
        }
      }
      if (k == a && isPluralTitle(tokens[k])) {
        return k + 1; // "[Senators] Kamala Harris, Elizabeth Warren"
      }
    }
    return a;
  }

  /** "Senators", "Presidents": a plural title word ("-s" after the title, not "-ss"). */
  private boolean isPluralTitle(String token) {
    return token.length() > 3 && token.endsWith("s") && !token.endsWith("ss")
        && (gazetteer.word(NerGazetteer.key(token.substring(0, token.length() - 1))) & NerGazetteer.Category.TITLE.bit) != 0;
  }

  /**
   * An article that starts no name: a lower-case one anywhere, a capitalised one only at the start
   * of the sentence (mid-sentence, "The" in "to The Hague" or "by The Receiving End of Sirens" is
   * written as part of the name, and the UNER and wikigold gold keep it).
   */
  private static boolean isLeadingArticle(String[] tokens, int i) {
    if (!LEADING_NON_NAME.contains(tokens[i])) {
      return false;
    }
    return !isCapitalised(tokens[i]) || SentenceTokens.sentenceStart(tokens, i);
  }

  /**
   * "anthropologist" in "[anthropologist Monica Schoch-Spana]": a lower-case word of five or more
   * letters that is no name particle (it goes only before a capitalised word: "[central bank]" stays;
   * and not if it is a first name written in lower case: "samantha Fox").
   */
  private static boolean isLowerCaseWord(String token) {
    if (token.length() < 5 || NAME_PARTICLES.contains(token)) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isLowerCase(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** "king" in "Dutch king Willem-Alexander": a title written in lower case. */
  private boolean isLowerCaseTitle(String token) {
    return !token.isEmpty() && Character.isLowerCase(token.charAt(0))
        && (gazetteer.word(NerGazetteer.key(token)) & NerGazetteer.Category.TITLE.bit) != 0;
  }

  private static boolean allCapitalised(String[] tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isCapitalised(tokens[i])) {
        return false;
      }
    }
    return from < to;
  }

  /** "The Hague": the gazetteer knows the name with its article as a name, and not without it. */
  private boolean namedWithThe(String[] tokens, int the, int end) {
    return (gazetteer.phrase(NerGazetteer.phraseKey(tokens, the, end, true)) & KNOWN_NAMES) != 0
        && (gazetteer.phrase(NerGazetteer.phraseKey(tokens, the + 1, end, true)) & KNOWN_NAMES) == 0;
  }

  /** "Union", "Ministry", "Bank": a capitalised last word of organisations' names (with {@code place}, also of places'). */
  static boolean isOrganisationHead(String token, boolean place) {
    return ORGANISATION_HEADS.contains(token) || place && PLACE_ORGANISATION_HEADS.contains(token);
  }

  /** "da" in "Lula da Silva", "bin" in "Osama bin Laden": a lower-case word inside people's names. */
  static boolean isNameParticle(String token) {
    return NAME_PARTICLES.contains(token);
  }

  /** "XIV" in "Leo XIV", "III" in "Charles III": a Roman numeral of two or more letters (not "I", "V", "X"). */
  static boolean isRegnalNumber(String token) {
    return token.length() >= 2 && token.length() <= 6 && REGNAL_NUMBER.matcher(token).matches();
  }

  /** "al-Alimi", "el-Sisi": an Arabic article, a hyphen, then a capitalised name. */
  static boolean isArabicSurname(String token) {
    int hyphen = token.indexOf('-');
    return hyphen > 0 && hyphen + 1 < token.length() && ARABIC_ARTICLES.contains(token.substring(0, hyphen))
        && Character.isUpperCase(token.charAt(hyphen + 1));
  }

  /**
   * "for" in "Lula da Silva for signature": a usually lower-case word of two or more characters
   * that is no name particle (a lone "s" is what is left of a possessive in some corpora: "McDonald
   * s").
   */
  private boolean isCommonLowerCaseWord(String token) {
    return token.length() > 1 && Character.isLowerCase(token.charAt(0)) && !NAME_PARTICLES.contains(token)
        && (gazetteer.word(NerGazetteer.key(token)) & NerGazetteer.Category.USUALLY_LOWERCASE.bit) != 0;
  }

  private boolean isNameWords(String[] tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isCapitalised(tokens[i]) || (gazetteer.word(NerGazetteer.key(tokens[i])) & NOT_NAME_WORDS) != 0) {
        return false;
      }
    }
    return true;
  }

  /** The gazetteer categories of {@code tokens[from, to)}, without final periods or else with them ("D.C."). */
  private int knownName(String[] tokens, int from, int to) {
    int bits = gazetteer.phrase(NerGazetteer.phraseKey(tokens, from, to, true));
    return bits != 0 ? bits : gazetteer.phrase(NerGazetteer.phraseKey(tokens, from, to, false));
  }

  private boolean isUsuallyLowerCase(String token) {
    return (gazetteer.word(NerGazetteer.key(token)) & NerGazetteer.Category.USUALLY_LOWERCASE.bit) != 0;
  }

  /** "Hassan" in "Hassan Sheikh Mohamud": a capitalised first name that is no title word. */
  private boolean isFirstNameNotTitle(String token) {
    int bits = gazetteer.word(NerGazetteer.key(token));
    return isCapitalised(token) && (bits & NerGazetteer.Category.FIRST_NAME.bit) != 0
        && (bits & (NerGazetteer.Category.TITLE.bit | NerGazetteer.Category.USUALLY_LOWERCASE.bit)) == 0;
  }

  /**
   * "Minister", "Vice-President", "Secretary": a capitalised title word (of a hyphenated word, its
   * last part).
   */
  private boolean isCapitalisedTitle(String token) {
    return isCapitalised(token) && gazetteer.isTitle(token);
  }

  /**
   * The start of a person's name that ends {@code tokens[a, b)} after a known place or organisation
   * or a title, or -1: "[United States] Donald Trump", "[Maryland] Ellen Lipton Hollander",
   * "[NATO] Mark Rutte", "United States [Secretary] of Defense Pete Hegseth". The name is two to four
   * capitalised words or initials, starts with a first name that is no common word and ends in no
   * organisation head word.
   */
  private int embeddedPerson(String[] tokens, int a, int b) {
    for (int k = b - 2; k >= Math.max(a + 1, b - 4); k--) {
      if (!isFirstNameNotTitle(tokens[k]) || isOrganisationHead(tokens[b - 1], true)
          || (gazetteer.word(NerGazetteer.key(tokens[k])) & NerGazetteer.Category.COUNTRY.bit) != 0
          || (gazetteer.word(NerGazetteer.key(tokens[b - 1])) & NerGazetteer.Category.LOCATION_HEAD.bit) != 0
          || k - a == 1 && (PLACE_NAME_PREFIXES.contains(tokens[a])
              || (gazetteer.word(NerGazetteer.key(tokens[a])) & NerGazetteer.Category.LOCATION_HEAD.bit) != 0)) {
        continue; // "South China Sea", "San Miguel Zacaola": one place
      }
      boolean name = true;
      for (int i = k + 1; i < b && name; i++) {
        name = isCapitalised(tokens[i]) && (gazetteer.word(NerGazetteer.key(tokens[i])) & NOT_NAME_WORDS) == 0;
      }
      if (!name || (gazetteer.phrase(NerGazetteer.phraseKey(tokens, k, b, true)) & KNOWN_NAMES) != 0) {
        continue;
      }
      if ((knownName(tokens, a, k) & KNOWN_PLACES_AND_ORGANISATIONS) != 0) {
        return k;
      }
      if (!isFirstNameNotTitle(tokens[k - 1])) {
        for (int t = a; t < k; t++) {
          if (isCapitalisedTitle(tokens[t])) {
            return k;
          }
        }
      }
    }
    return -1;
  }

  /**
   * The parts of a place or organisation span {@code tokens[a, b)} that {@link #embeddedPerson}
   * splits at {@code k}: the known place or organisation before any title, the person, and after
   * a leading title "of (the)" and a capitalised name, that name: "Secretary General of NATO".
   */
  private List<Span> splitEmbeddedPerson(String[] tokens, int a, int b, int k, Span s) {
    List<Span> out = new ArrayList<>(3);
    int title = k;
    for (int t = a; t < k; t++) {
      if (isCapitalisedTitle(tokens[t])) {
        title = t;
        break;
      }
    }
    if (title > a) {
      int bits = knownName(tokens, a, title);
      if ((bits & KNOWN_PLACES_AND_ORGANISATIONS) != 0 || isOrganisationHead(tokens[title - 1], false)) {
        boolean place = (bits & (PLACES | NerGazetteer.Category.WORDNET_LOCATION.bit)) != 0
            && (bits & (NerGazetteer.Category.ORGANIZATION.bit | NerGazetteer.Category.WORDNET_ORGANIZATION.bit)) == 0;
        out.add(new Span(a, title, place ? LOCATION : ORGANIZATION, s.getProb()));
      }
    } else {
      int of = -1;
      for (int t = a + 1; t < k - 1; t++) {
        if (tokens[t].equals("of")) {
          of = tokens[t + 1].equals("the") ? t + 2 : t + 1;
          break;
        }
      }
      if (of > 0 && of < k && allCapitalised(tokens, of, k)) {
        int bits = gazetteer.phrase(NerGazetteer.phraseKey(tokens, of, k, true));
        out.add(new Span(of, k, (bits & PLACES) != 0 && (bits & NerGazetteer.Category.ORGANIZATION.bit) == 0
            ? LOCATION : ORGANIZATION, s.getProb()));
      }
    }
    out.add(new Span(k, b, PERSON, s.getProb()));
    return out;
  }

  /**
   * "Kwara State", "Rif Dimashq Governorate": a known city, region or country (not a mere town:
   * "Justice", "Police"), then the word for its kind of administrative division.
   */
  private boolean isDivisionOfAPlace(String[] tokens, int start, int end) {
    return end - start >= 2 && ADMINISTRATIVE_DIVISIONS.contains(tokens[end - 1])
        && (gazetteer.phrase(NerGazetteer.phraseKey(tokens, start, end - 1, true))
            & (NerGazetteer.Category.CITY.bit | COUNTRIES_AND_REGIONS)) != 0;
  }

  /** "Indonesian", "Middle Eastern": an adjective of a people, which names no person, place or organisation. */
  private boolean isDemonym(String[] tokens, int from, int to, boolean person) {
    int bits = gazetteer.phrase(NerGazetteer.phraseKey(tokens, from, to, true));
    int names = person ? NOT_DEMONYM | PERSON_NAMES : NOT_DEMONYM;
    return (bits & NerGazetteer.Category.DEMONYM.bit) != 0 && (bits & names) == 0;
  }

  private boolean isPlace(String[] tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isCapitalised(tokens[i])) {
        return false;
      }
    }
    return (gazetteer.phrase(NerGazetteer.phraseKey(tokens, from, to, true)) & PLACES) != 0;
  }

  private static boolean isCapitalised(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
  }
}
