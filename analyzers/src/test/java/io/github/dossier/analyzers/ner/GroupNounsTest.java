package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link GroupNouns}: an untagged name before a word for an armed group's members is an organisation. */
class GroupNounsTest {

  private static GroupNouns groups;

  @BeforeAll
  static void gazetteer() {
    String data = String.join("\n", "norlandic\tD", "vessan\tD", "vessa\tK", "orvik\tC", "ostra\tV", "suspected\tL", "ost\tL", "several\tL", "kestrel valley\tR",
        "");
    groups = new GroupNouns(SpanRuleFixtures.gazetteer(data));
  }

  private static String tag(String sentence, Span... spans) {
    return SpanRuleFixtures.tag(groups::apply, sentence, spans);
  }

  @Test
  void anUntaggedNameBeforeMembersOfAnArmedGroupIsAnOrganisation() {
    assertEquals("ORG Tarvan Jihad", tag("two Tarvan Jihad militants were killed"));
    assertEquals("ORG Norlandic Tarvan Jihad", tag("a Norlandic Tarvan Jihad militant"));
    assertEquals("ORG Jama'at Nusrat al-Qadim", tag("attacks by Jama'at Nusrat al-Qadim fighters on Monday"));
    assertEquals("ORG KLF", tag("clashes between the army and KLF rebels"));
    assertEquals("ORG M27", tag("M27 rebels seized the town"));
    assertEquals("ORG Orvik Brigade", tag("The Orvik Brigade gunmen fled"));
    assertEquals("ORG Orvik Ostra", tag("Suspected Orvik Ostra insurgents")); // both words towns somewhere
    // A hyphenated modifier and a common word opening the sentence are no part of the name.
    assertEquals("ORG M27", tag("Vessa-backed M27 rebels seized the town"));
    assertEquals("ORG Ansar al-Qadim", tag("abducted by Tarvan State-linked Ansar al-Qadim insurgents"));
    assertEquals("ORG Ansar al-Qadim", tag("Several Ansar al-Qadim gunmen were arrested"));
    assertEquals(GroupNouns.PROBABILITY, groups.apply("KLF rebels".split(" "), new Span[0])[0].getProb());
  }

  @Test
  void anUntaggedNameBeforePartyMovementOrMilitiaIsAnOrganisation() {
    assertEquals("ORG Tarvesz", tag("allegations of corruption in the ruling Tarvesz party ."));
    assertEquals("ORG New Ostra", tag("the homes of ruling New Ostra party members"));
    assertEquals("ORG Haroun Tarn", tag("bans on the Haroun Tarn movement"));
    assertEquals("ORG Vessbala Tarn", tag("allied Vessbala Tarn militia fighters re-enter the town"));
    assertEquals("ORG KLF", tag("the KLF militia"));
    // One word before "militia" must be an acronym (peoples have militias); nor a people, a
    // known word, an adjective or a sentence's first word before "party".
    assertEquals("", tag("leaders of the Tarvan militia"));
    assertEquals("", tag("the Orvik party"));
    assertEquals("", tag("the Tarvanist party"));
    assertEquals("", tag("Tarvesz party members met"));
    assertEquals("", tag("the Norlandic party"));
    assertEquals("", tag("his support for the Tarvexit movement"));
    assertEquals("", tag("the Norlandic Shia militia"));
  }

  @Test
  void aPersonSpanThatIsSuchAGroupIsRetypedAndOtherSpansStay() {
    Span[] person = {new Span(1, 3, "PER", 0.4)};
    Span[] retyped = groups.apply("13 Tarvan Haroun militants".split(" "), person);
    assertEquals(1, retyped.length);
    assertEquals(new Span(1, 3, "ORG"), retyped[0]);
    assertEquals(0.4, retyped[0].getProb());
    Span[] place = {new Span(1, 3, "LOC")};
    assertSame(place, groups.apply("13 Tarvan Haroun militants".split(" "), place));
    Span[] shorter = {new Span(2, 3, "PER")};
    assertSame(shorter, groups.apply("13 Tarvan Haroun militants".split(" "), shorter));
  }

  @Test
  void peoplesPlacesWordsAndTaggedNamesAreNoGroups() {
    assertEquals("", tag("Norlandic Vessan fighters crossed the border"));
    assertEquals("", tag("Vessa rebels"));
    assertEquals("", tag("the Kestrel Valley insurgents"));
    assertEquals("", tag("Tarvan militants")); // one word, no acronym: a people as often as a group
    assertEquals("", tag("Norlandic Tarvanish fighters")); // a people's adjective names no group
    assertEquals("", tag("Al Tarvan-linked insurgents"));
    assertEquals("", tag("OST fighters"));
    assertEquals("", tag("hundreds of militants and fighters"));
    assertEquals("", tag("a Norlandic F-16 fighter jet"));
    assertEquals("", tag("a Tarvan Air F-35 fighter jet"));
    Span[] spans = {new Span(1, 3, "ORG")};
    assertSame(spans, groups.apply("two Tarvan Jihad militants".split(" "), spans));
  }
}
