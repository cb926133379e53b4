package io.github.dossier.analyzers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class MentionExtractorTest {

  private static TokenizedSentence sentence(String text) {
    List<Span> spans = new ArrayList<>();
    new NewsTokenizer(false).tokenize(text, 0, text.length(), spans);
    String[] words = spans.stream().map(s -> text.substring(s.getStart(), s.getEnd())).toArray(String[]::new);
    return new TokenizedSentence(0, new Span(0, text.length()), spans.toArray(new Span[0]), words);
  }

  /** The mention cleaned from a name-finder span over the tokens covering {@code spanText}. */
  private static Optional<Candidate> clean(String text, String spanText, String type) {
    TokenizedSentence s = sentence(text);
    int from = text.indexOf(spanText);
    int to = from + spanText.length();
    int a = -1;
    int b = -1;
    for (int i = 0; i < s.size(); i++) {
      if (s.tokens()[i].getStart() == from) {
        a = i;
      }
      if (s.tokens()[i].getEnd() == to) {
        b = i + 1;
      }
    }
    return MentionExtractor.fromSpan(text, s, new Span(a, b, type, 0.5));
  }

  private static String cleanedText(String text, String spanText, String type) {
    return clean(text, spanText, type).map(Candidate::text).orElse("<dropped>");
  }

  @Test
  void stripsTitlesRolesAndDemonymsFromPeople() {
    assertEquals("Volodymyr Zelenskyy", cleanedText("talks with Ukrainian President Volodymyr Zelenskyy in Berlin",
        "Ukrainian President Volodymyr Zelenskyy", "PER"));
    assertEquals("Alexus Grynkewich", cleanedText("by U.S. air force Gen. Alexus Grynkewich, who",
        "Gen. Alexus Grynkewich", "PER"));
    assertEquals("Richard Knighton", cleanedText("the head, Air Chief Marshal Richard Knighton, said",
        "Air Chief Marshal Richard Knighton", "PER"));
    assertEquals("Dmitry Peskov", cleanedText("Kremlin spokesperson Dmitry Peskov said", "Kremlin spokesperson Dmitry Peskov", "PER"));
    assertEquals("Friedrich Merz", cleanedText("German Chancellor Friedrich Merz called", "German Chancellor Friedrich Merz", "PER"));
    assertEquals("Blaise Metreweli", cleanedText("MI6 chief Blaise Metreweli said", "MI6 chief Blaise Metreweli", "PER"));
  }

  @Test
  void keepsSurnamesThatLookLikeTitles() {
    assertEquals("Tim Cook", cleanedText("Apple's Tim Cook said", "Tim Cook", "PER"));
    assertEquals("Tim Cook", cleanedText("Apple CEO Tim Cook said", "CEO Tim Cook", "PER"));
  }

  @Test
  void organizationSpanEndingInATitledNameIsAPerson() {
    Candidate c = clean("aid, Foreign Affairs Minister Anita Anand announced", "Foreign Affairs Minister Anita Anand", "ORG")
        .orElseThrow();
    assertEquals("Anita Anand", c.text());
    assertEquals(EntityType.PERSON, c.type());
    assertEquals(EntityType.ORGANIZATION,
        clean("the General Motors Company said", "General Motors Company", "ORG").orElseThrow().type());
  }

  @Test
  void stripsPossessivesQuotesAndTrailingLowerCaseWords() {
    String text = "to end Russia’s war and “NATO” and the Donetsk region.";
    Candidate russia = clean(text, "Russia’s", "LOC").orElseThrow();
    assertEquals("Russia", russia.text());
    assertEquals(text.indexOf("Russia"), russia.start());
    assertEquals("NATO", cleanedText(text, "“NATO”", "ORG"));
    assertEquals("Donetsk", cleanedText(text, "the Donetsk region", "LOC"));
    assertEquals("Patrick Crusius", cleanedText("the suspect Patrick Crusius of Allen, Texas", "Patrick Crusius of Allen", "PER"));
  }

  @Test
  void cutsSpansThatRunIntoSurroundingWords() {
    assertEquals("Alliance Party", cleanedText("the newly nominated Alliance Party said", "nominated Alliance Party", "ORG"));
    assertEquals("London", cleanedText("in central London today", "central London", "LOC"));
    assertEquals("Omsk", cleanedText("in the city of Omsk", "city of Omsk", "LOC"));
    assertEquals("Associated Press", cleanedText("The Associated Press reports Zhukovskyy was",
        "Associated Press reports Zhukovskyy", "ORG"));
    assertEquals("United States", cleanedText("the United States, Johns Hopkins University said",
        "United States, Johns Hopkins University", "LOC"));
    assertEquals("Libertarian Party", cleanedText("the then-US Libertarian Party", "then-US Libertarian Party", "ORG"));
    assertEquals("U.S.", cleanedText("The U.S. has agreed to provide guarantees.", "The U.S.", "LOC"));
    assertEquals("The Hague", cleanedText("The court in The Hague ruled.", "The Hague", "LOC"));
  }

  @Test
  void keepsNameParticlesConnectorsAndDottedAbbreviations() {
    assertEquals("de Graaf", cleanedText("said de Graaf on Monday", "de Graaf", "PER"));
    assertEquals("Mohammad bin Salman", cleanedText("said Mohammad bin Salman on", "Mohammad bin Salman", "PER"));
    assertEquals("Bank of England", cleanedText("the Bank of England said", "Bank of England", "ORG"));
    assertEquals("Trinidad and Tobago", cleanedText("in Trinidad and Tobago today", "Trinidad and Tobago", "LOC"));
    assertEquals("Washington, D.C.", cleanedText("in Washington, D.C. on Monday", "Washington, D.C.", "LOC"));
  }

  @Test
  void dropsTheShorterSideOfAStrayQuote() {
    assertEquals("Matt Ratana", cleanedText("Sergeant \"Matt Ratana was", "\"Matt Ratana", "PER"));
    assertEquals("Ratana", cleanedText("called Matt\" Ratana was", "Matt\" Ratana", "PER"));
  }

  @Test
  void dropsJunk() {
    assertEquals("<dropped>", cleanedText("WATCH | Canadian support", "WATCH", "ORG"));
    assertEquals("<dropped>", cleanedText("said the President on Monday", "President", "PER"));
    assertEquals("<dropped>", cleanedText("Russian forces", "Russian", "LOC"));
    assertEquals("<dropped>", cleanedText("plan B is", "B", "ORG"));
    assertEquals("<dropped>", cleanedText("about 800,000 troops", "800,000", "LOC"));
    assertEquals("<dropped>", cleanedText("attacks. (Thomas Peter/Reuters)", "Thomas Peter/Reuters", "PER"));
    assertEquals("<dropped>", cleanedText("a misc thing", "misc", "MISC"));
    assertEquals("<dropped>", cleanedText("“We are ready,” she said", "We", "ORG"));
    assertEquals("<dropped>", cleanedText("the ex-Muslims said", "ex-Muslims", "PER"));
    assertEquals("<dropped>", cleanedText("The Prime Minister said on Tuesday", "Prime Minister", "PER"));
    assertEquals("<dropped>", cleanedText("the head, Air Chief Marshal Richard Knighton, said", "Air", "ORG"));
    assertEquals("Royal Air Force", cleanedText("the Royal Air Force said", "Royal Air Force", "ORG"),
        "a name that merely contains a title word stays");
  }

  /** One tokenized sentence per line of {@code text}. */
  private static List<TokenizedSentence> lines(String text) {
    List<TokenizedSentence> sentences = new ArrayList<>();
    int lineStart = 0;
    for (String line : text.split("\n")) {
      List<Span> spans = new ArrayList<>();
      new NewsTokenizer(false).tokenize(text, lineStart, lineStart + line.length(), spans);
      String[] words = spans.stream().map(x -> text.substring(x.getStart(), x.getEnd())).toArray(String[]::new);
      sentences.add(new TokenizedSentence(sentences.size(), new Span(lineStart, lineStart + line.length()),
          spans.toArray(new Span[0]), words));
      lineStart += line.length() + 1;
    }
    return sentences;
  }

  /** A model candidate for the {@code nth} occurrence (0-based) of {@code name} in {@code text}. */
  private static Candidate candidate(String text, List<TokenizedSentence> sentences, EntityType type, String name,
      int nth, double probability) {
    int start = -1;
    for (int i = 0; i <= nth; i++) {
      start = text.indexOf(name, start + 1);
    }
    int end = start + name.length();
    for (TokenizedSentence s : sentences) {
      for (int i = 0; i < s.size(); i++) {
        if (s.tokens()[i].getStart() == start) {
          int j = i;
          while (s.tokens()[j].getEnd() < end) {
            j++;
          }
          return new Candidate(type, name, start, end, s.index(), i, j + 1, probability);
        }
      }
    }
    throw new IllegalArgumentException(name);
  }

  @Test
  void documentRulesDropSentenceInitialCommonWordsAndUnifyTypes() {
    String text = "Questions remain\nArticle Five in the treaty is a clause.\nUnited States officials said so.\n"
        + "Trump spoke. Then Trump left.\nThe Trump administration agreed.";
    List<TokenizedSentence> s = lines(text);
    List<Candidate> found = List.of(
        candidate(text, s, EntityType.ORGANIZATION, "Questions", 0, 0.5),
        candidate(text, s, EntityType.ORGANIZATION, "Article Five", 0, 0.5),
        candidate(text, s, EntityType.LOCATION, "United States", 0, 0.5),
        candidate(text, s, EntityType.PERSON, "Trump", 0, 0.5),
        candidate(text, s, EntityType.PERSON, "Trump", 1, 0.5),
        candidate(text, s, EntityType.ORGANIZATION, "Trump", 2, 0.6));
    List<String> kept = MentionExtractor.resolveDocument(text, s, found).stream()
        .map(c -> c.type() + ":" + c.text())
        .toList();
    assertEquals(List.of("LOCATION:United States", "PERSON:Trump", "PERSON:Trump", "PERSON:Trump"), kept);
  }

  @Test
  void documentRulesCorrectPlaceOrganizationConfusionsAndPartialPersonNames() {
    String text = "Anand spoke in Brussels on Monday.\nA lawsuit against Pedro Pierluisi was filed.\n"
        + "Pedro R. Pierluisi Urrutia was sworn in. Urrutia said so.";
    List<TokenizedSentence> s = lines(text);
    List<Candidate> found = List.of(
        candidate(text, s, EntityType.ORGANIZATION, "Brussels", 0, 0.5),
        candidate(text, s, EntityType.ORGANIZATION, "Pedro Pierluisi", 0, 0.5),
        candidate(text, s, EntityType.PERSON, "Pedro R. Pierluisi Urrutia", 0, 0.5),
        candidate(text, s, EntityType.ORGANIZATION, "Urrutia", 1, 0.5));
    List<String> kept = MentionExtractor.resolveDocument(text, s, found).stream()
        .map(c -> c.type() + ":" + c.text())
        .toList();
    assertEquals(List.of("LOCATION:Brussels", "PERSON:Pedro Pierluisi", "PERSON:Pedro R. Pierluisi Urrutia",
        "PERSON:Urrutia"), kept);
  }

  @Test
  void documentRulesMakeFullNamesOfAOneWordPersonPeopleButNotBuildings() {
    String text = "Pierluisi spoke.\nPedro R. Pierluisi Urrutia was sworn in at Trump Tower. Trump was not there.";
    List<TokenizedSentence> s = lines(text);
    List<Candidate> found = List.of(
        candidate(text, s, EntityType.PERSON, "Pierluisi", 0, 0.5),
        candidate(text, s, EntityType.ORGANIZATION, "Pedro R. Pierluisi Urrutia", 0, 0.5),
        candidate(text, s, EntityType.LOCATION, "Trump Tower", 0, 0.5),
        candidate(text, s, EntityType.PERSON, "Trump", 1, 0.5));
    List<String> kept = MentionExtractor.resolveDocument(text, s, found).stream()
        .map(c -> c.type() + ":" + c.text())
        .toList();
    assertEquals(List.of("PERSON:Pierluisi", "PERSON:Pedro R. Pierluisi Urrutia", "LOCATION:Trump Tower",
        "PERSON:Trump"), kept);
    assertEquals("<dropped>", cleanedText("read, \"[I]t is concluded\"", "[I]t", "PER"));
  }

  @Test
  void documentRulesAddInlineAcronymsAndMissedRepetitions() {
    String text = "He spoke at the Royal United Services Institute (RUSI) on Monday.\n"
        + "RUSI said Zelenskyy was there. Volodymyr Zelenskyy agreed.";
    List<TokenizedSentence> sentences = lines(text);
    List<Candidate> found = List.of(
        candidate(text, sentences, EntityType.ORGANIZATION, "Royal United Services Institute", 0, 0.5),
        candidate(text, sentences, EntityType.PERSON, "Volodymyr Zelenskyy", 0, 0.5));
    int rusi = text.indexOf("Royal");
    int zelenskyy = text.indexOf("Volodymyr");
    List<String> texts = MentionExtractor.resolveDocument(text, sentences, found).stream()
        .map(c -> c.type() + ":" + c.text() + "@" + c.start())
        .toList();
    assertEquals(List.of(
        "ORGANIZATION:Royal United Services Institute@" + rusi,
        "ORGANIZATION:RUSI@" + text.indexOf("RUSI"),
        "ORGANIZATION:RUSI@" + text.lastIndexOf("RUSI"),
        "PERSON:Zelenskyy@" + text.indexOf("Zelenskyy"),
        "PERSON:Volodymyr Zelenskyy@" + zelenskyy), texts);
  }

  @Test
  void findsPhotoCreditsAtTheEndOfCaptionLines() {
    String text = "A woman is seen in Kyiv. (Thomas Peter/Reuters)\nNext (a/b) paragraph.\n"
        + "A billboard. (Dmitri Lovetsky/The Associated Press)";
    List<Span> credits = MentionExtractor.photoCredits(text);
    assertEquals(2, credits.size(), credits::toString);
    assertTrue(text.substring(credits.get(0).getStart(), credits.get(0).getEnd()).startsWith("(Thomas Peter/Reuters)"));
    assertTrue(text.substring(credits.get(1).getStart()).startsWith("(Dmitri Lovetsky/The Associated Press)"));
  }

  @Test
  void untaggedAcronymsBeforeAnOrganizationRoleNounAreOrganizationsAndTheirRepeatsToo() {
    String text = "MI6 chief Blaise Metreweli said Monday that talks stall.\n"
        + "The head of Britain’s MI6 spy agency spoke.\nMetreweli said MI6 will sharpen its edge.\n"
        + "The FBI director said agents were sent.\nG7 officials met in Rome.\nEU members agreed.";
    List<TokenizedSentence> s = lines(text);
    List<Candidate> found = List.of(
        candidate(text, s, EntityType.PERSON, "Blaise Metreweli", 0, 0.5),
        candidate(text, s, EntityType.PERSON, "Metreweli", 1, 0.5),
        candidate(text, s, EntityType.LOCATION, "Britain", 0, 0.5),
        candidate(text, s, EntityType.LOCATION, "Rome", 0, 0.5));
    List<String> kept = MentionExtractor.resolveDocument(text, s, found).stream()
        .map(c -> c.type() + ":" + c.text())
        .toList();
    assertEquals(List.of("ORGANIZATION:MI6", "PERSON:Blaise Metreweli", "LOCATION:Britain", "ORGANIZATION:MI6",
        "PERSON:Metreweli", "ORGANIZATION:MI6", "ORGANIZATION:FBI", "ORGANIZATION:G7", "LOCATION:Rome",
        "ORGANIZATION:EU"), kept);
  }

  @Test
  void commonWordsTitlesPlacesAndLabelsBeforeRoleNounsAreNotOrganizations() {
    String text = "US officials said the talks failed.\nA PM spokesperson declined to comment.\n"
        + "The TV reporter was there.\nWATCH | Officials said so.\nThe UK statement came late.\n"
        + "A CEO statement followed.\nThe MI6 said in a statement it agreed.\nNew York FBI agents came.\n"
        + "Veterans honoured LGBTQ members of the forces.\nThe HR director resigned.";
    List<TokenizedSentence> s = lines(text);
    List<Candidate> found = List.of(candidate(text, s, EntityType.LOCATION, "New York", 0, 0.5));
    List<String> kept = MentionExtractor.resolveDocument(text, s, found).stream()
        .map(c -> c.type() + ":" + c.text())
        .toList();
    assertEquals(List.of("LOCATION:New York"), kept);
  }

  @Test
  void anAcronymTheModelTaggedKeepsTheModelsType() {
    String text = "ABC chief Jane Doe spoke.\nShe joined ABC in 2001.";
    List<TokenizedSentence> s = lines(text);
    List<Candidate> found = List.of(
        candidate(text, s, EntityType.PERSON, "Jane Doe", 0, 0.5),
        candidate(text, s, EntityType.LOCATION, "ABC", 1, 0.5));
    List<String> kept = MentionExtractor.resolveDocument(text, s, found).stream()
        .map(c -> c.type() + ":" + c.text())
        .toList();
    assertEquals(List.of("LOCATION:ABC", "PERSON:Jane Doe", "LOCATION:ABC"), kept);
  }
}
