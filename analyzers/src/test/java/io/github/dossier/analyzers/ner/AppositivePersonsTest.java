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
        "secretary\tT", "priest\tT", "user\tT", "politician\tT", "former\tL", "many\tL", "pope\tT", "brask\tC",
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
  void onlyTwoOrThreeWordsNoneTaggedAndNotInALongerRun() {
    Span[] spans = {new Span(1, 3, "ORG")};
    assertSame(spans, appositives.apply("at Qaris Velandri , head of security".split(" "), spans));
    assertEquals("", tag("killed Velandri , head of security"));
    assertEquals("", tag("killed Ada Qaris Velandri Moss , head of security"));
  }
}
