package io.github.dossier.analyzers;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dossier.EntityType;
import io.github.dossier.NameNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Turns name-finder spans over tokens into clean mentions with exact character offsets, and applies
 * document-level clean-up.
 *
 * <p>Per span ({@link #fromSpan}), in this order:
 *
 * <ul>
 *   <li>leading punctuation and lower-case words that are not name particles go ("the", "former",
 *       "central"; but "de Graaf"), and so does an article that begins the sentence ("The U.S. has
 *       agreed");
 *   <li>for persons, everything up to the last title, role or demonym before the name goes
 *       ("Ukrainian President Volodymyr Zelenskyy" becomes "Volodymyr Zelenskyy", "Kremlin
 *       spokesperson Dmitry Peskov" becomes "Dmitry Peskov"; words from {@code titles.txt} and
 *       {@code demonyms.txt}); an organization or place span that ends in a title and two or more
 *       capitalised uncommon words ("Foreign Affairs Minister Anita Anand") becomes that person;
 *   <li>the name ends at an inner comma, bracket or lower-case content word ("Associated Press
 *       reports Zhukovskyy" becomes "Associated Press"), and a person's name also at a lower-case
 *       function word ("Patrick Crusius of Allen" becomes "Patrick Crusius");
 *   <li>the shorter side of a stray quote, trailing punctuation, possessives ("Russia’s" becomes
 *       "Russia") and trailing lower-case words ("Donetsk region" becomes "Donetsk") go;
 *   <li>junk is dropped: no letters, single letters, no capital letter, hashtags, a title or demonym
 *       alone ("Prime Minister") or the first words of one ("Air" of "Air Chief Marshal"), function words only ("We", but not "WHO"), ALL-CAPS common words ("WATCH"), person
 *       names with a slash.
 * </ul>
 *
 * <p>Per document ({@link #resolveDocument}): mentions inside a photo credit at the end of a
 * caption ("(Thomas Peter/Reuters)") go; mentions that stand first in their sentence and consist
 * only of common English words ("Questions", "Article Five") go unless the same name is also
 * tagged inside a sentence or is a well-known name ({@code known-names.txt}) (the name finder's
 * perceptron probabilities are too flat to tell a confident tag); every occurrence of a name takes the type with the highest summed probability, a
 * place or organization the model confuses takes the type of the well-known name list ("United
 * States" is a place) and an organization or place whose words are all in a person's name, or
 * that is a person's surname, is that person;
 * acronyms defined in parentheses after a name are added ("Royal United Services Institute
 * (RUSI)"), and so are untagged acronyms followed by an organization's role noun ("MI6 chief",
 * "FBI agents"; not "US officials", "PM spokesperson"); and further occurrences of every kept name that the model missed are added (the same
 * tokens, not part of a longer capitalised sequence), including the surname alone of a full person
 * name ("Zelenskyy" after "Volodymyr Zelenskyy"), but no person or organization where a place name
 * stands ("in Allen", "Allen, Texas").
 */
final class MentionExtractor {

  /** Articles that are capitalised only because they begin the sentence. */
  private static final Set<String> ARTICLES = Set.of("The", "A", "An");

  /** Lower-case particles of personal and place names: "de Graaf", "Mohammad bin Salman". */
  private static final Set<String> NAME_PARTICLES = Set.of(
      "de", "da", "das", "dos", "do", "del", "della", "der", "den", "di", "du", "la", "le", "les", "van",
      "von", "ter", "ten", "al", "el", "bin", "ibn", "bint", "y", "zu", "af", "ap");

  /** Lower-case words inside names of organizations and places: "Bank of England", "Trinidad and Tobago". */
  private static final Set<String> NAME_CONNECTORS = Set.of(
      "of", "the", "and", "for", "on", "in", "at", "upon", "und", "et", "to", "against", "&");

  /** Lower-case words that end a person's name: "of" in "Patrick Crusius of Allen". */
  private static final Set<String> PERSON_NAME_BREAKS =
      Set.of("of", "from", "in", "at", "on", "for", "and", "or", "with", "to", "by", "who", "said");

  /** Words after a title that make an organization or place span a person's name. */
  private static final int MIN_NAME_WORDS_AFTER_TITLE = 2;

  /**
   * Lower-case nouns that, right after an acronym, show that the acronym names an organization:
   * "MI6 chief", "FBI agents", "WHO spokesperson".
   */
  private static final Set<String> ORGANIZATION_ROLE_NOUNS = Set.of(
      "agency", "chief", "chiefs", "director", "directors", "official", "officials", "spokesman",
      "spokesmen", "spokesperson", "spokeswoman", "headquarters", "officer", "officers", "agent",
      "agents", "report", "statement", "member", "members", "chairman", "chairwoman", "chair",
      "boss", "employees", "staff", "leadership", "investigators", "inspectors", "secretary-general");

  /**
   * Acronyms of common nouns and adjectives that stand before role nouns without naming an
   * organization: "LGBTQ members", "HR director", "AI report", "HIV report".
   */
  private static final Set<String> COMMON_NOUN_ACRONYMS = Set.of(
      "LGBT", "LGBTI", "LGBTQ", "LGBTQI", "LGBTQIA", "HR", "PR", "AI", "IT", "HIV", "AIDS", "COVID", "GDP",
      "DNA", "IVF", "VIP", "VIPS", "CFO", "COO", "CTO", "CIO");

  /** An organization acronym: a capital letter, then 1 to 5 capitals or digits ("MI6", "FBI", "G7"). */
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]{1,5}");

  private static final Pattern CREDIT =
      Pattern.compile("\\(([^()\\n]{0,80}/[^()\\n]{0,80})\\)[\\s.]*(?=\\n|$)");
  private static final int MIN_ALL_CAPS_JUNK_LENGTH = 4;

  /**
   * The probability given to an acronym found by its role noun rather than by the model (which has
   * no say on it): even odds.
   */
  private static final double ROLE_ACRONYM_PROBABILITY = 0.5;

  private MentionExtractor() {}

  /** Character spans of photo credits: parenthesised, slash-separated, at the end of a line. */
  static List<Span> photoCredits(String text) {
    List<Span> out = new ArrayList<>();
    Matcher m = CREDIT.matcher(text);
    while (m.find()) {
      out.add(new Span(m.start(), m.end()));
    }
    return out;
  }

  /** Cleans one name-finder span of a sentence, if anything worth keeping is left. */
  static Optional<Candidate> fromSpan(String text, TokenizedSentence sentence, Span span) {
    Optional<EntityType> parsed = EntityType.parse(span.getType());
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    EntityType type = parsed.get();
    String[] w = sentence.words();
    int a = Math.max(0, span.getStart());
    int b = Math.min(w.length, span.getEnd());
    while (a < b && (!hasLetterOrDigit(w[a]) || isLeadingLowerCase(w[a]))) {
      a++;
    }
    if (b - a > 1 && isSentenceInitialWord(w, a) && ARTICLES.contains(w[a])) {
      a++; // "The U.S. has agreed": the capital is the sentence's, not the name's
    }
    // titles first: "Kremlin spokesperson Dmitry Peskov" must not break at "spokesperson"
    if (a < b && type == EntityType.PERSON) {
      a = afterLastTitle(w, a, b, true);
    } else if (a < b) {
      int name = afterLastTitle(w, a, b, false);
      if (name > a && b - name >= MIN_NAME_WORDS_AFTER_TITLE && looksLikePersonalName(w, name, b)) {
        a = name;
        type = EntityType.PERSON;
      }
    }
    b = beforeInnerBreak(w, a, b);
    if (type == EntityType.PERSON) {
      b = beforeFunctionWord(w, a, b);
    }
    int quote = unbalancedQuote(w, a, b);
    if (quote >= 0) {
      // keep the longer side of a stray quote: "Matt \" Ratana" becomes "Ratana"
      if (quote - a > b - quote - 1) {
        b = quote;
      } else {
        a = quote + 1;
      }
    }
    while (a < b && (!hasLetterOrDigit(w[a]) || isLeadingLowerCase(w[a]))) {
      a++;
    }
    while (a < b && (!hasLetterOrDigit(w[b - 1]) || isPossessive(w[b - 1]) || isLowerCaseWord(w[b - 1]))) {
      b--;
    }
    if (a >= b) {
      return Optional.empty();
    }
    int start = sentence.tokens()[a].getStart();
    int end = sentence.tokens()[b - 1].getEnd();
    String mention = text.substring(start, end);
    if (isJunk(mention, type, w, a, b)) {
      return Optional.empty();
    }
    return Optional.of(new Candidate(type, mention, start, end, sentence.index(), a, b, span.getProb()));
  }

  /**
   * The first token after the last title word of {@code words[a, b)} that is followed by a
   * capitalised name token, or {@code a} if there is none.
   */
  static int afterLastTitle(String[] words, int a, int b, boolean demonyms) {
    for (int k = b - 2; k >= a; k--) {
      if (!startsUpperCase(words[k + 1])) {
        continue;
      }
      for (int len = Math.min(3, k - a + 1); len >= 1; len--) {
        String phrase = phrase(words, k - len + 1, k + 1);
        if (WordLists.TITLES.contains(phrase) || (demonyms && WordLists.DEMONYMS.contains(phrase))) {
          return k + 1;
        }
      }
    }
    return a;
  }

  /**
   * The end of a person name at the first inner lower-case function word: "Patrick Crusius of
   * Allen" ends before "of" (name particles such as "de", "van" or "al" are not function words).
   */
  static int beforeFunctionWord(String[] words, int a, int b) {
    for (int i = a + 1; i < b; i++) {
      if (PERSON_NAME_BREAKS.contains(words[i])) {
        return i;
      }
    }
    return b;
  }

  private static boolean looksLikePersonalName(String[] words, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!startsUpperCase(words[i]) || WordLists.COMMON_WORDS.contains(WordLists.lower(words[i]))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTitle(String[] words, int from, int to) {
    String phrase = phrase(words, from, to);
    return WordLists.TITLES.contains(phrase) || WordLists.DEMONYMS.contains(phrase);
  }

  /** The lower-case words {@code words[from, to)} joined by spaces, without final periods. */
  private static String phrase(String[] words, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      String word = words[i];
      if (word.endsWith(".") && word.length() > 1) {
        word = word.substring(0, word.length() - 1);
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(word);
    }
    return WordLists.lower(sb);
  }

  private static boolean isJunk(String mention, EntityType type, String[] w, int a, int b) {
    int letters = 0;
    boolean upper = false;
    for (int i = 0; i < mention.length(); i++) {
      char c = mention.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        upper |= Character.isUpperCase(c) || Character.isTitleCase(c);
      }
    }
    if (letters < 2 || !upper || mention.charAt(0) == '#' || mention.charAt(0) == '@'
        || mention.chars().anyMatch(ch -> "[]{}<>".indexOf(ch) >= 0)) {
      return true; // also hashtags, handles and editorial brackets ("[I]t")
    }
    if (isTitle(w, a, b)) {
      return true; // "President", "Russian", "Prime Minister"
    }
    for (int end = b + 1; end <= Math.min(w.length, b + 3); end++) {
      if (isTitle(w, a, end)) {
        return true; // "Air" of "Air Chief Marshal Richard Knighton"
      }
    }
    boolean allFunctionWords = true;
    for (int i = a; i < b && allFunctionWords; i++) {
      allFunctionWords = WordLists.SENTENCE_STARTERS.contains(WordLists.lower(w[i])) && !WordLists.isAllCaps(w[i]);
    }
    if (allFunctionWords) {
      return true; // "We", "The"
    }
    if (type == EntityType.PERSON && mention.indexOf('/') >= 0) {
      return true;
    }
    String single = b - a == 1 ? w[a] : null;
    return single != null
        && single.length() >= MIN_ALL_CAPS_JUNK_LENGTH
        && WordLists.isAllCaps(single)
        && WordLists.COMMON_WORDS.contains(WordLists.lower(single));
  }

  /**
   * Document-level clean-up of the candidates of one text: removes credits and suspicious
   * sentence-initial common words, unifies types per name, and adds inline acronyms and the
   * occurrences of kept names that the model missed. Returns the candidates sorted by offset,
   * without overlaps.
   */
  static List<Candidate> resolveDocument(
      String text, List<TokenizedSentence> sentences, List<Candidate> found) {
    checkNotNull(found, "found");
    List<Span> credits = photoCredits(text);
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : found) {
      if (credits.stream().noneMatch(s -> c.overlaps(s.getStart(), s.getEnd()))) {
        kept.add(c);
      }
    }
    // type votes per normalized form
    Map<String, double[]> votes = new HashMap<>();
    Set<String> seenInside = new HashSet<>();
    for (Candidate c : kept) {
      String form = formKey(c.text());
      votes.computeIfAbsent(form, k -> new double[EntityType.values().length])[c.type().ordinal()] +=
          c.probability();
      if (!isSentenceInitialWord(sentences.get(c.sentence()).words(), c.firstToken())) {
        seenInside.add(form);
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : kept) {
      String form = formKey(c.text());
      if (isSentenceInitialWord(sentences.get(c.sentence()).words(), c.firstToken())
          && !seenInside.contains(form)
          && !WordLists.KNOWN_NAMES.containsKey(form)
          && allCommonWords(sentences.get(c.sentence()).words(), c.firstToken(), c.endToken())) {
        continue;
      }
      out.add(c.withType(votedType(votes.get(form))));
    }
    correctTypes(sentences, out);
    out.addAll(inlineAcronyms(sentences, out));
    out.addAll(roleAcronyms(sentences, out));
    out.addAll(missedOccurrences(text, sentences, out, credits));
    out.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(c -> -c.end()));
    List<Candidate> noOverlap = new ArrayList<>(out.size());
    int lastEnd = -1;
    for (Candidate c : out) {
      if (c.start() >= lastEnd) {
        noOverlap.add(c);
        lastEnd = c.end();
      }
    }
    return noOverlap;
  }

  /**
   * Corrects types in place: a place the model calls an organization, or the other way round,
   * takes the type of the well-known name list ("United States" is a place); an organization or
   * place of two or more words that are all words of a person's name in the text is that person
   * ("Pedro Pierluisi" with "Pedro R. Pierluisi Urrutia"), and so is one word that is the surname
   * of a full person name in the text and not a well-known name ("Knighton" with "Richard
   * Knighton"), and so is a name of capitalised uncommon words that contains a one-word person name
   * of the text ("Pedro R. Pierluisi Urrutia" with "Pierluisi"; not "Trump Tower").
   */
  private static void correctTypes(List<TokenizedSentence> sentences, List<Candidate> candidates) {
    Set<Integer> placeStarts = placeStarts(candidates);
    List<String[]> personNames = new ArrayList<>();
    Set<String> surnames = new HashSet<>();
    Set<String> singlePersonNames = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.type() == EntityType.PERSON) {
        String[] words = formKey(c.text()).split(" ");
        personNames.add(words);
        if (words.length >= 2) {
          surnames.add(words[words.length - 1]);
        } else {
          singlePersonNames.add(words[0]);
        }
      }
    }
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.type() == EntityType.PERSON) {
        continue;
      }
      String form = formKey(c.text());
      EntityType known = WordLists.KNOWN_NAMES.get(form);
      String[] words = form.split(" ");
      if (known != null && known != EntityType.PERSON && known != c.type()) {
        candidates.set(i, c.withType(known));
      } else if (words.length >= 2
          && personNames.stream().anyMatch(p -> NameResolver.containsWords(p, words))) {
        candidates.set(i, c.withType(EntityType.PERSON));
      } else if (words.length == 1 && known == null && surnames.contains(form)
          && !(c.type() == EntityType.LOCATION
              && looksLikePlace(sentences.get(c.sentence()), c.firstToken(), c.endToken(), placeStarts))) {
        // "Knighton" after "Richard Knighton", but not the place "Allen, Texas" after "Greg Allen"
        candidates.set(i, c.withType(EntityType.PERSON));
      } else if (words.length >= 2 && known == null && looksLikePersonalName(c.text().split(" "), 0, words.length)
          && Arrays.stream(words).anyMatch(singlePersonNames::contains)) {
        candidates.set(i, c.withType(EntityType.PERSON)); // "Pedro R. Pierluisi Urrutia" with "Pierluisi"
      }
    }
  }

  /**
   * The occurrences of the names in {@code out} (and of the surnames of full person names) that
   * the model missed, longest names first.
   */
  private static List<Candidate> missedOccurrences(
      String text, List<TokenizedSentence> sentences, List<Candidate> out, List<Span> credits) {
    Map<String, Candidate> names = new LinkedHashMap<>();
    for (Candidate c : out) {
      names.merge(formKey(c.text()), c, (x, y) -> y.probability() > x.probability() ? y : x);
    }
    List<Candidate> models = new ArrayList<>(names.values());
    for (Candidate c : names.values()) {
      // the surname of a full person name: "Zelenskyy" after "Volodymyr Zelenskyy"
      int last = c.endToken() - 1;
      String surname = sentences.get(c.sentence()).words()[last];
      if (c.type() == EntityType.PERSON && c.endToken() - c.firstToken() >= 2
          && startsUpperCase(surname) && surname.length() > 2
          && !WordLists.COMMON_WORDS.contains(WordLists.lower(surname))
          && !names.containsKey(formKey(surname))) {
        int start = sentences.get(c.sentence()).tokens()[last].getStart();
        models.add(new Candidate(c.type(), surname, start, start + surname.length(), c.sentence(),
            last, last + 1, c.probability()));
      }
    }
    models.sort(Comparator.comparingInt((Candidate c) -> c.firstToken() - c.endToken())
        .thenComparingInt(Candidate::start));
    Set<Integer> placeStarts = placeStarts(out);
    List<Candidate> added = new ArrayList<>();
    for (Candidate model : models) {
      TokenizedSentence origin = sentences.get(model.sentence());
      String[] pattern = Arrays.copyOfRange(origin.words(), model.firstToken(), model.endToken());
      for (TokenizedSentence s : sentences) {
        for (int i = 0; i + pattern.length <= s.size(); i++) {
          if (!matches(s.words(), i, pattern)) {
            continue;
          }
          int start = s.tokens()[i].getStart();
          int end = s.tokens()[i + pattern.length - 1].getEnd();
          if (overlapsAny(out, start, end) || overlapsAny(added, start, end)
              || credits.stream().anyMatch(cr -> cr.getStart() < end && start < cr.getEnd())
              || extendsName(s.words(), i, i + pattern.length)
              || (model.type() != EntityType.LOCATION && looksLikePlace(s, i, i + pattern.length, placeStarts))) {
            continue;
          }
          added.add(new Candidate(model.type(), text.substring(start, end), start, end, s.index(),
              i, i + pattern.length, model.probability()));
        }
      }
    }
    return added;
  }

  /**
   * Acronyms defined in parentheses right after an organization or place name that the model did
   * not tag: "the Royal United Services Institute (RUSI)" adds "RUSI" with the type of the name.
   */
  private static List<Candidate> inlineAcronyms(List<TokenizedSentence> sentences, List<Candidate> names) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : names) {
      TokenizedSentence s = sentences.get(c.sentence());
      int open = c.endToken();
      if (c.type() == EntityType.PERSON || open + 2 >= s.size()
          || !s.words()[open].equals("(") || !s.words()[open + 2].equals(")")) {
        continue;
      }
      String acronym = s.words()[open + 1];
      if (acronym.equals(NameResolver.initials(c.text()))) {
        int start = s.tokens()[open + 1].getStart();
        if (!overlapsAny(names, start, start + acronym.length())) {
          out.add(new Candidate(c.type(), acronym, start, start + acronym.length(), c.sentence(),
              open + 1, open + 2, c.probability()));
        }
      }
    }
    return out;
  }

  /**
   * Organization acronyms the model left untagged, recognised by the role noun that follows them
   * directly or after one lower-case word: "MI6 chief Blaise Metreweli", "Britain’s MI6 spy
   * agency", "the FBI director". The acronym must not be a common word ("US", "TV", "PM"), a
   * title or demonym ("CEO", "MP"), the acronym of a common noun or adjective ("LGBTQ members",
   * "HR director"), or a well-known name of a place or person ("UK"), though a
   * well-known organization is fine ("EU", "FBI"); it must not continue a capitalised name ("New
   * York FBI office"), and the model must not have tagged it anywhere in the text (then its type
   * stands). Its other occurrences are added later as missed occurrences ("MI6 will").
   */
  static List<Candidate> roleAcronyms(List<TokenizedSentence> sentences, List<Candidate> names) {
    Set<String> tagged = new HashSet<>();
    for (Candidate c : names) {
      tagged.add(c.text());
    }
    List<Candidate> out = new ArrayList<>();
    for (TokenizedSentence s : sentences) {
      String[] w = s.words();
      for (int i = 0; i + 1 < w.length; i++) {
        if (!ACRONYM.matcher(w[i]).matches() || tagged.contains(w[i]) || COMMON_NOUN_ACRONYMS.contains(w[i])
            || !isOrganizationRole(w, i + 1)
            || (i > 0 && startsUpperCase(w[i - 1]) && !isSentenceInitialWord(w, i - 1))) {
          continue;
        }
        String form = WordLists.lower(w[i]);
        EntityType known = WordLists.KNOWN_NAMES.get(form);
        if (known != EntityType.ORGANIZATION
            && (known != null || WordLists.COMMON_WORDS.contains(form) || WordLists.TITLES.contains(form)
                || WordLists.DEMONYMS.contains(form))) {
          continue;
        }
        int start = s.tokens()[i].getStart();
        int end = s.tokens()[i].getEnd();
        if (!overlapsAny(names, start, end) && !overlapsAny(out, start, end)) {
          out.add(new Candidate(EntityType.ORGANIZATION, w[i], start, end, s.index(), i, i + 1,
              ROLE_ACRONYM_PROBABILITY));
        }
      }
    }
    return out;
  }

  /** Whether {@code words[i]} is a role noun, or a lower-case word followed by one ("spy agency"). */
  private static boolean isOrganizationRole(String[] words, int i) {
    if (ORGANIZATION_ROLE_NOUNS.contains(words[i])) {
      return true;
    }
    return i + 1 < words.length && isLowerCaseWord(words[i]) && !PERSON_NAME_BREAKS.contains(words[i])
        && !WordLists.SENTENCE_STARTERS.contains(words[i]) && ORGANIZATION_ROLE_NOUNS.contains(words[i + 1]);
  }

  /** The character offsets at which the place candidates start. */
  private static Set<Integer> placeStarts(List<Candidate> candidates) {
    Set<Integer> starts = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.type() == EntityType.LOCATION) {
        starts.add(c.start());
      }
    }
    return starts;
  }

  /**
   * Whether the words {@code [from, to)} of a sentence stand where a place name stands: after
   * "in", "at" or "from", or before a comma and a place ("Allen, Texas").
   */
  private static boolean looksLikePlace(TokenizedSentence s, int from, int to, Set<Integer> placeStarts) {
    String[] w = s.words();
    if (from > 0 && (w[from - 1].equals("in") || w[from - 1].equals("at") || w[from - 1].equals("from"))) {
      return true;
    }
    return to + 1 < w.length && w[to].equals(",") && placeStarts.contains(s.tokens()[to + 1].getStart());
  }

  /** Whether the match {@code words[from, to)} is directly followed or preceded by a capitalised word. */
  private static boolean extendsName(String[] words, int from, int to) {
    boolean before = from > 0 && startsUpperCase(words[from - 1]) && !isSentenceInitialWord(words, from - 1);
    boolean after = to < words.length && startsUpperCase(words[to]) && hasLetterOrDigit(words[to]);
    return before || after;
  }

  /** Whether only punctuation precedes {@code words[i]} in its sentence. */
  private static boolean isSentenceInitialWord(String[] words, int i) {
    for (int j = 0; j < i; j++) {
      if (hasLetterOrDigit(words[j])) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(String[] words, int at, String[] pattern) {
    for (int j = 0; j < pattern.length; j++) {
      if (!words[at + j].equals(pattern[j])) {
        return false;
      }
    }
    return true;
  }

  private static boolean overlapsAny(List<Candidate> list, int start, int end) {
    for (Candidate c : list) {
      if (c.overlaps(start, end)) {
        return true;
      }
    }
    return false;
  }

  private static EntityType votedType(double[] v) {
    int bestType = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[bestType]) {
        bestType = i;
      }
    }
    return EntityType.values()[bestType];
  }

  /** The form of a mention that document-level rules compare: its normalized name. */
  static String formKey(String mention) {
    return NameNormalizer.normalize(mention);
  }

  private static boolean allCommonWords(String[] words, int a, int b) {
    for (int i = a; i < b; i++) {
      if (hasLetterOrDigit(words[i]) && !WordLists.COMMON_WORDS.contains(WordLists.lower(words[i]))) {
        return false;
      }
    }
    return true;
  }

  static boolean isPossessive(String word) {
    return word.equals("'s") || word.equals("’s") || word.equals("'S") || word.equals("’S")
        || word.equals("'") || word.equals("’");
  }

  static boolean hasLetterOrDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetterOrDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A word of lower-case letters only ("region", "of"). */
  private static boolean isLowerCaseWord(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    return !word.isEmpty();
  }

  /**
   * A lower-case word that does not begin a name: "the", "former", "central", "then-US",
   * "ex-Muslims"; but not a name particle ("de Graaf", "al-Eryani") nor a word with inner capitals
   * ("iPhone").
   */
  private static boolean isLeadingLowerCase(String word) {
    if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
      return false;
    }
    int hyphen = word.indexOf('-');
    String head = hyphen > 0 ? word.substring(0, hyphen) : word;
    if (NAME_PARTICLES.contains(head)) {
      return false;
    }
    return hyphen > 0 || word.chars().noneMatch(Character::isUpperCase);
  }

  /** The index of the first quote token of {@code w[a, b)} if the span has an odd number of them, else -1. */
  private static int unbalancedQuote(String[] w, int a, int b) {
    int first = -1;
    int count = 0;
    for (int i = a; i < b; i++) {
      if (w[i].length() == 1 && "\"“”‘’'".indexOf(w[i].charAt(0)) >= 0) {
        first = first < 0 ? i : first;
        count++;
      }
    }
    return count % 2 == 1 ? first : -1;
  }

  /**
   * The end of a name at the first inner break: a comma, semicolon, colon or bracket (except the
   * comma of "Washington, D.C."), or a lower-case word that is neither a connector ("of", "and",
   * "the") nor a name particle ("de", "bin"): "Associated Press reports Zhukovskyy" ends before
   * "reports".
   */
  static int beforeInnerBreak(String[] w, int a, int b) {
    for (int i = a + 1; i < b; i++) {
      String word = w[i];
      if (word.equals(",") && i + 1 < b && isDottedAcronym(w[i + 1])) {
        continue;
      }
      if (word.equals(",") || word.equals(";") || word.equals(":") || word.equals("(") || word.equals(")")
          || word.equals("[") || word.equals("]")
          || (isLowerCaseWord(word) && !NAME_CONNECTORS.contains(word) && !NAME_PARTICLES.contains(word))) {
        return i;
      }
    }
    return b;
  }

  /** A word of single letters each followed by a period: "D.C.", "U.S.". */
  private static boolean isDottedAcronym(String word) {
    return word.length() >= 4 && word.matches("(\\p{L}\\.)+");
  }

  static boolean startsUpperCase(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }
}
