package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link AppositivePersons}: an unknown full name described by an apposition is a person. */
class AppositivePersonsTest {

  private static AppositivePersons appositives;

  @BeforeAll
  static void gazetteer() {
    String data = String.join("\n", "norland\tK", "head\tTL", "leader\tT", "chief\tT", "general\tT", "chair\tTL",
        "secretary\tT", "president\tT", "minister\tT", "people\tSTL", "priest\tT", "user\tT", "politician\tT", "former\tL", "many\tL", "pope\tT", "brask\tC",
        "norlander\tD", "tolvik\tO", "union\tZ", "");
    appositives = new AppositivePersons(SpanRuleFixtures.gazetteer(data));
  }

  private static String tag(String sentence, Span... spans) {
    return SpanRuleFixtures.tag(appositives::apply, sentence, spans);
  }

  @Test
  void aNameBeforeARoleWordInApposition() {
    assertEquals("PER Qaris Velandri | LOC Norland",
        tag("drones killed Qaris Velandri , head of Norland 's navy", new Span(7, 8, "LOC")));
    assertEquals("PER Edda Moravcik-Tiller",
        tag("the plaintiff , Edda Moravcik-Tiller , a politician in the capital"));
    assertEquals("PER Oru Tembaki Nsele", tag("said Oru Tembaki Nsele , the Director-General of the agency"));
    assertEquals("PER Ilse Varga", tag("Ilse Varga , the then chair , resigned"));
    // an Arabic name with its article; "as" and a role word
    assertEquals("PER Qaris al-Velandri", tag("the guard names Qaris al-Velandri as its new leader"));
    assertEquals("PER Qaris al-Velandri", tag("the security chief , Qaris al-Velandri , announced"));
    assertEquals("", tag("they see Qaris Velandri as their own"));
  }

  @Test
  void aNameBeforeAnAgeOrWho() {
    assertEquals("PER Dmytro Sovik", tag("via his lawyers , Dmytro Sovik , 23 , pleaded not guilty"));
    assertEquals("PER Dmytro Sovik", tag("police arrested Dmytro Sovik , who had fled"));
    assertEquals("", tag("the Tolvik Cup , 2023 , was cancelled"));
  }

  @Test
  void aNameAfterALowerCaseRoleWordAndAComma() {
    assertEquals("PER Grenn Shappel", tag("the transport secretary , Grenn Shappel , announced"));
    assertEquals("", tag("the transport secretary , Grenn Shappel announced"));
  }

  @Test
  void notWhenTheAppositionIsAnotherNameAListOrAClause() {
    assertEquals("", tag("the leader of Roman Catholic Faith , Pope Darek , imposed"));
    assertEquals("", tag("signed by Roman Catholic Faith , priests and nuns"));
    assertEquals("", tag("running CentOS Linux , many users find"));
  }

  @Test
  void notWhenAWordIsAPlaceADemonymOrAnOrganisationWord() {
    assertEquals("", tag("speaking to Agence Norland-Presse , the head of the league said"));
    assertEquals("", tag("the Norlander Army , head of security"));
    assertEquals("", tag("the Tolvik Union , a leader in trade"));
    assertEquals("", tag("the Brask Council , head of the region"));
    assertEquals("", tag("since October Sovik , the head"));
  }

  @Test
  void onlyTwoOrThreeWordsNotInALongerRun() {
    assertEquals("", tag("killed Velandri , head of security"));
    assertEquals("", tag("killed Ada Qaris Velandri Moss , head of security"));
  }

  @Test
  void aPlaceOrOrganisationSpanThatIsSuchANameBecomesAPersonOnlyOnStrongEvidence() {
    assertEquals("PER Qaris Velandri", tag("at Qaris Velandri , head of security", new Span(1, 3, "ORG")));
    assertEquals("LOC Norland | PER Hage Gobeni",
        tag("the president of Norland , Hage Gobeni , said", new Span(3, 4, "LOC"), new Span(5, 7, "LOC")));
    assertEquals("PER Ilse Varga", tag("appoints Ilse Varga as prime minister", new Span(1, 3, "ORG")));
    // A role word with more modifiers and no "of" describes a company as well as a person.
    Span[] company = {new Span(2, 4, "ORG")};
    assertSame(company, appositives.apply("sanctions against Naftna Srbovic , the primary petroleum chair".split(" "),
        company));
    // Not a span that is longer or shorter than the run.
    Span[] longer = {new Span(1, 5, "ORG")};
    assertSame(longer, appositives.apply("at Qaris Velandri , head of security".split(" "), longer));
  }

  @Test
  void aCountOrAVerbIsNoModifierOfARoleWord() {
    assertEquals("", tag("drugs in the Caribbon Sea , killing 11 people , they said"));
  }
}
