package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link NameBoundaries}: news-style edges for the model's spans. */
class NameBoundariesTest {

  private static NameBoundaries boundaries;

  @BeforeAll
  static void gazetteer() {
    String data = String.join("\n", "senator\tT", "sen\tST", "secretary of state\tT", "representative\tT",
        "chancellor\tT", "president\tT", "us\tK", "ohio\tR", "dayton\tC", "tampere\tC", "finland\tK", "the\tL",
        "finnish\tD", "south korean\tD", "jordanian\tD", "french\tFSD", "rome\tC", "spain\tK",
        "european union\tO", "the hague\tC", "netherlands\tK", "the netherlands\tK", "uganda\tK",
        "hague\tS", "the times\tO", "hong kong\tC", "for\tL", "da\tL",
        "protect\tL", "province\tL", "s\tL", "government\tL", "west bank\tR", "vessan union\tM", "king\tLT", "dutch\tD", "democratic republic of the congo\tK",
        "aino\tF", "jonas\tF", "selma\tF", "farah\tFC", "norland\tK", "kestrel bay\tC", "sheikh\tFST",
        "major\tFSTL", "league\tS", "staff\tSL", "minister\tT", "defense minister\tT", "advisor\tTL",
        "secretary\tT", "pope\tT", "nato\tO", "south\tRMY", "vessan\tDV", "norlish\tDC", "sea\tS", "d.c.\tM", "");
    boundaries = new NameBoundaries(SpanRuleFixtures.gazetteer(data));
  }

  private static String tag(String sentence, Span... spans) {
    return SpanRuleFixtures.tag(boundaries::apply, sentence, spans);
  }

  @Test
  void aPersonAfterAKnownPlaceOrOrganisationOrATitleInOnePlaceOrOrganisationSpanIsSplitOff() {
    assertEquals("LOC Norland | PER Aino Virtanen",
        tag("President of Norland Aino Virtanen spoke", new Span(2, 5, "LOC")));
    assertEquals("ORG NATO | PER Jonas Lindqvist", tag("with NATO Jonas Lindqvist", new Span(1, 4, "ORG")));
    assertEquals("LOC Norland | PER Jonas Lindqvist",
        tag("Norland Secretary of Defense Jonas Lindqvist said", new Span(0, 6, "LOC")));
    // A leading title: what follows its "of the" is the organisation.
    assertEquals("ORG Kestrel Commission | PER Selma Aalto",
        tag("Vice-President of the Kestrel Commission Selma Aalto", new Span(0, 7, "ORG")));
    // "D.C." is known with its final period; the court and its place are then joined by "of".
    assertEquals("ORG District Court of D.C. | PER Jonas T. Mbeki",
        tag("the District Court of D.C. Jonas T. Mbeki ordered", new Span(1, 3, "ORG"), new Span(4, 8, "ORG")));
    // Place names that start with a place word or end in a place head stay whole.
    assertEquals("LOC South Norland Sea", tag("South Norland Sea", new Span(0, 3, "LOC")));
    assertEquals("LOC Kestrel Bay Jonas", tag("Kestrel Bay Jonas", new Span(0, 3, "LOC")));
  }

  @Test
  void aTitleOrPlaceAndTitleRightBeforeAPersonIsNoName() {
    assertEquals("PER Jonas Lindqvist",
        tag("National Security Advisor Jonas Lindqvist", new Span(0, 3, "ORG"), new Span(3, 5, "PER")));
    assertEquals("PER Selma Aalto",
        tag("Norlandic Defense Minister Selma Aalto", new Span(0, 3, "ORG"), new Span(3, 5, "PER")));
    assertEquals("ORG Kestrel Commission | PER Selma Aalto",
        tag("Kestrel Commission President Selma Aalto", new Span(0, 3, "ORG"), new Span(3, 5, "PER")));
  }

  @Test
  void spansAroundNameParticlesAreOneName() {
    assertEquals("PER Selma von der Aalto",
        tag("Selma von der Aalto said", new Span(0, 1, "PER"), new Span(3, 4, "PER")));
    assertEquals("PER Selma | PER Aalto", tag("Selma and Aalto", new Span(0, 1, "PER"), new Span(2, 3, "PER")));
    assertEquals("LOC Vessa y Brask", tag("fires in Vessa y Brask", new Span(2, 3, "LOC"), new Span(4, 5, "LOC")));
    assertEquals("LOC Vessa | LOC Brask", tag("Vessa and Brask", new Span(0, 1, "LOC"), new Span(2, 3, "LOC")));
  }

  @Test
  void aTitleThatIsAlsoANameInsideAPersonsNameStays() {
    assertEquals("PER Farah Sheikh Mahdi", tag("Farah Sheikh Mahdi asked", new Span(0, 3, "PER")));
    assertEquals("PER Mahdi", tag("Sheikh Mahdi asked", new Span(0, 2, "PER")));
    assertEquals("PER Jonas Lindqvist", tag("Staff Jonas Lindqvist says", new Span(0, 3, "PER")));
    // "major" is mostly no title: an organisation after it stays an organisation.
    assertEquals("ORG Major League Hockey", tag("former Major League Hockey players", new Span(1, 4, "ORG")));
  }

  @Test
  void aRegnalNumberAfterAPersonsNameIsPartOfIt() {
    assertEquals("PER Aino XIV", tag("Pope Aino XIV calls for peace", new Span(0, 2, "PER")));
    assertEquals("PER Jonas III", tag("King Jonas III", new Span(1, 2, "PER")));
    // "I" and "V" are no regnal numbers here: they are words.
    assertEquals("PER Jonas", tag("Jonas I said", new Span(0, 1, "PER")));
    assertEquals(true, NameBoundaries.isRegnalNumber("XVIII"));
    assertEquals(false, NameBoundaries.isRegnalNumber("MIX"));
    assertEquals(false, NameBoundaries.isRegnalNumber("IIII"));
  }

  @Test
  void titlesBeforeAPersonsNameAreNotPartOfIt() {
    assertEquals("PER Ted Cruz", tag("Senator Ted Cruz proposed an amendment", new Span(0, 3, "PER")));
    assertEquals("PER Sherrod Brown", tag("Sen. Sherrod Brown voted", new Span(0, 3, "PER")));
    // A country and a multi-word title: everything up to the last title goes.
    assertEquals("PER Mike Pompeo",
        tag("US Secretary of State Mike Pompeo said", new Span(0, 6, "PER")));
    // A title word alone after the name is no reason to cut ("Ted Cruz" stays whole).
    assertEquals("PER Ted Cruz", tag("Ted Cruz , senator", new Span(0, 2, "PER")));
    // A plural title opening a list: "Senators Lena Ortiz , ..."
    assertEquals("PER Lena Ortiz", tag("joining Senators Lena Ortiz , Ted Cruz", new Span(1, 4, "PER"), new Span(5, 7, "PER"))
        .split(" \\| ")[0]);
    assertEquals("PER Lena Senators", tag("with Lena Senators today", new Span(1, 3, "PER")));
  }

  @Test
  void aTitledNameTaggedAsOrganisationOrPlaceIsThatPerson() {
    assertEquals("PER Beto O'Rourke", tag("Representative Beto O'Rourke spoke", new Span(0, 3, "ORG")));
    assertEquals("PER Aino Virtanen", tag("Chancellor Aino Virtanen arrived", new Span(0, 3, "LOC")));
    // One word after the title is too little to be sure: "Senator Hall" may be a building.
    assertEquals("ORG Senator Hall", tag("Senator Hall opened", new Span(0, 2, "ORG")));
  }

  @Test
  void aPersonsNameEndsBeforeOfAndAKnownPlaceAfterItIsAPlace() {
    assertEquals("PER Marco Rubio | LOC Ohio", tag("Marco Rubio of Ohio voted", new Span(0, 4, "PER")));
    assertEquals("PER Lena Ortiz", tag("Lena Ortiz from Nowhereville spoke", new Span(0, 4, "PER")));
  }

  @Test
  void placesJoinedByCommasAreSeparatePlaces() {
    assertEquals("LOC Dayton | LOC Ohio", tag("in Dayton , Ohio today", new Span(1, 4, "LOC")));
    assertEquals("LOC Tampere | LOC Finland | LOC Europe",
        tag("Tampere , Finland , Europe", new Span(0, 5, "LOC")));
    // An organisation keeps its comma.
    assertEquals("ORG Nokia , Inc.", tag("Nokia , Inc. said", new Span(0, 3, "ORG")));
  }

  @Test
  void countriesAndDivisionsOfKnownPlacesTaggedAsOrganisationsArePlaces() {
    assertEquals("LOC Uganda", tag("Uganda signed the treaty", new Span(0, 1, "ORG")));
    assertEquals("LOC U.S.", tag("The U.S. launches airstrikes", new Span(1, 2, "ORG")));
    // A region may name a club: "Southampton" beat "Arsenal".
    assertEquals("ORG Ohio | ORG Dayton", tag("Ohio beat Dayton", new Span(0, 1, "ORG"), new Span(2, 3, "ORG")));
    assertEquals("LOC Ohio State | LOC Tampere Region",
        tag("in Ohio State and Tampere Region", new Span(1, 3, "ORG"), new Span(4, 6, "ORG")));
    // A town's name before it does not make a division, nor does a name the gazetteer does not know.
    assertEquals("ORG Vessan Region | ORG Islamic State",
        tag("the Vessan Region and Islamic State", new Span(1, 3, "ORG"), new Span(4, 6, "ORG")));
    // An organisation the gazetteer knows stays one.
    assertEquals("ORG European Union", tag("the European Union said", new Span(1, 3, "ORG")));
  }

  @Test
  void demonymsAloneNameNoPersonPlaceOrOrganisation() {
    assertEquals("LOC Tampere", tag("Finnish troops left Tampere", new Span(0, 1, "LOC"), new Span(3, 4, "LOC")));
    assertEquals("", tag("South Korean officials said", new Span(0, 2, "ORG")));
    assertEquals("ORG Jordanian Army", tag("the Jordanian Army said", new Span(1, 3, "ORG")));
    // A demonym that is also a name may be a person's: "French" in "Judith French".
    assertEquals("PER French", tag("French said", new Span(0, 1, "PER")));
    assertEquals("", tag("French troops", new Span(0, 1, "LOC")));
    // A small town of the same name does not make a demonym a place ("Argentine", Kansas); a city does.
    assertEquals("", tag("Vessan president Aino Virtanen", new Span(0, 1, "LOC")));
    assertEquals("LOC Norlish", tag("flights to Norlish resumed", new Span(2, 3, "LOC")));
  }

  @Test
  void aLowerCaseTheOrCompassWordStartsNoName() {
    assertEquals("LOC Netherlands", tag("flights to the Netherlands resumed", new Span(2, 4, "LOC")));
    assertEquals("ORG Rapid Support Forces", tag("fighters of the Rapid Support Forces", new Span(2, 6, "ORG")));
    assertEquals("ORG Rapid Support Forces", tag("A Rapid Support Forces drone", new Span(0, 4, "ORG")));
    assertEquals("LOC Spain", tag("in southern Spain", new Span(1, 3, "LOC")));
    // A capitalised compass word is part of the name, and only places lose a compass word.
    assertEquals("LOC South Sudan", tag("in South Sudan", new Span(1, 3, "LOC")));
    assertEquals("ORG central bank", tag("the central bank", new Span(1, 3, "ORG")));
    // "The" at the start of a sentence goes too, unless the name is known with it and not without.
    assertEquals("ORG United Nations", tag("The United Nations said", new Span(0, 3, "ORG")));
    assertEquals("LOC Netherlands", tag("The Netherlands voted", new Span(0, 2, "LOC")));
    assertEquals("LOC The Hague", tag("The Hague ruled", new Span(0, 2, "LOC")));
    assertEquals("LOC The Hague", tag("transferred to The Hague", new Span(2, 4, "LOC")));
    assertEquals("ORG The Times", tag("The Times reported", new Span(0, 2, "ORG")));
    // Mid-sentence, a capitalised "The" is written as part of the name.
    assertEquals("ORG The Tolvik Daily Post", tag("he told The Tolvik Daily Post that", new Span(2, 6, "ORG")));
  }

  @Test
  void aCountryTaggedAsAnOrganisationIsAPlace() {
    assertEquals("LOC Uganda", tag("Uganda signed the treaty", new Span(0, 1, "ORG")));
    assertEquals("LOC Netherlands", tag("The Netherlands signed", new Span(0, 2, "ORG")));
    assertEquals("ORG European Union", tag("the European Union signed", new Span(1, 3, "ORG")));
  }

  @Test
  void aPlaceEndingInAnOrganisationsHeadWordIsAnOrganisation() {
    assertEquals("ORG European Union", tag("the European Union signed", new Span(1, 3, "LOC")));
    assertEquals("ORG Sudan Doctors Union", tag("the Sudan Doctors Union said", new Span(1, 4, "LOC")));
    assertEquals("LOC West Bank", tag("in the West Bank", new Span(2, 4, "LOC")));
    // WordNet's places count for a span the model typed as a place, not for a person's
    assertEquals("LOC Vessan Union", tag("the collapse of the Vessan Union", new Span(4, 6, "LOC")));
    assertEquals("ORG Vessan Union", tag("the Vessan Union", new Span(1, 3, "PER")));
    assertEquals("ORG Central Bank", tag("the Central Bank said", new Span(1, 3, "LOC")));
    assertEquals("ORG Cornell University", tag("at Cornell University", new Span(1, 3, "PER")));
    assertEquals("ORG Norland House of Representatives",
        tag("the Norland House of Representatives voted", new Span(1, 5, "LOC")));
    assertEquals("ORG Kestrel News", tag("he told Kestrel News", new Span(2, 4, "PER")));
    assertEquals("ORG Sinaloa Cartel", tag("the Sinaloa Cartel", new Span(1, 3, "LOC")));
    // "Court" ends surnames too: a person stays a person.
    assertEquals("PER Margaret Court", tag("Margaret Court won", new Span(0, 2, "PER")));
    assertEquals("LOC Bank", tag("Bank", new Span(0, 1, "LOC")));
  }

  @Test
  void aKnownPlaceOrOrganisationBeforeAPossessiveIsANameOfItsOwn() {
    assertEquals("LOC Rome | LOC Gemelli Hospital", tag("Rome 's Gemelli Hospital", new Span(0, 4, "LOC")));
    assertEquals("ORG European Union | ORG Security Action",
        tag("the European Union 's Security Action plan", new Span(1, 6, "ORG")));
    // No known place before the possessive: one name ("People 's Party"), as is a final possessive.
    assertEquals("ORG People 's Party", tag("People 's Party", new Span(0, 3, "ORG")));
    assertEquals("ORG McDonald 's", tag("McDonald 's said", new Span(0, 2, "ORG")));
    assertEquals("LOC Hong Kong", tag("Hong Kong 's leader", new Span(0, 3, "LOC")));
  }

  @Test
  void anOrganisationOfAPlaceIsOneName() {
    assertEquals("ORG Roman Catholic Archdiocese of New York | LOC United States",
        tag("the Roman Catholic Archdiocese of New York in the United States",
            new Span(1, 4, "ORG"), new Span(5, 7, "LOC"), new Span(9, 11, "LOC")));
    assertEquals("LOC Democratic Republic of the Congo",
        tag("the Democratic Republic of the Congo declares", new Span(1, 3, "ORG"), new Span(5, 6, "LOC")));
    // One word is too little: "Taliban of Afghanistan" is two names.
    assertEquals("ORG Taliban | LOC Afghanistan",
        tag("the Taliban of Afghanistan", new Span(1, 2, "ORG"), new Span(3, 4, "LOC")));
  }

  @Test
  void aNameStartsWithNoCommonLowerCaseWord() {
    assertEquals("LOC Dias", tag("to protect Dias from", new Span(1, 3, "LOC")));
    assertEquals("LOC Kermanshah", tag("in Kermanshah province", new Span(1, 3, "LOC")));
    assertEquals("LOC McDonald s", tag("at McDonald s today", new Span(1, 3, "LOC")));
    assertEquals("", tag("the Dutch government said", new Span(1, 3, "ORG")));
    // Nor with any lower-case word of five or more letters that is no name particle.
    assertEquals("ORG Selma Aalto", tag("anthropologist Selma Aalto said", new Span(0, 3, "ORG")));
    assertEquals("PER van Aalto", tag("said van Aalto", new Span(1, 3, "PER")));
  }

  @Test
  void aPersonsNameEndsAtAPossessive() {
    assertEquals("PER Jonas Lindqvist", tag("under Jonas Lindqvist 's Presidency", new Span(1, 5, "PER")));
  }

  @Test
  void aLowerCaseTitleInsideAPlaceOrOrganisationIntroducesAPerson() {
    assertEquals("PER Willem-Alexander", tag("a request from Dutch king Willem-Alexander", new Span(3, 6, "LOC")));
  }

  @Test
  void aPersonsNameGoesOnOverAnArabicSurname() {
    assertEquals("PER Rashad al-Alimi | LOC UAE",
        tag("its leader Rashad al-Alimi ordered UAE forces out", new Span(2, 3, "PER"), new Span(5, 6, "LOC")));
    assertEquals("PER Abdel Fattah el-Sisi", tag("President Abdel Fattah el-Sisi 's allies", new Span(0, 3, "PER")));
    assertEquals("PER Rashad", tag("Rashad al-qaeda", new Span(0, 1, "PER")));
  }

  @Test
  void aPersonsNameEndsBeforeACommonLowerCaseWordButKeepsItsParticles() {
    assertEquals("PER Luiz Inácio Lula da Silva",
        tag("Luiz Inácio Lula da Silva for signature", new Span(0, 7, "PER")));
  }

  @Test
  void aPlaceOrOrganisationEndingInOfGoesOnIntoTheNextName() {
    assertEquals("ORG Supreme Court of Puerto Rico",
        tag("the Supreme Court of Puerto Rico ruled", new Span(1, 4, "ORG"), new Span(4, 6, "LOC", 0.4)));
    assertEquals("ORG Supreme Court", tag("the Supreme Court of the island", new Span(1, 4, "ORG")));
    Span[] joined = boundaries.apply("Bank of England".split(" "),
        new Span[] {new Span(0, 2, "ORG", 0.9), new Span(2, 3, "LOC", 0.6)});
    assertArrayEquals(new Span[] {new Span(0, 3, "ORG")}, joined);
    assertEquals(0.6, joined[0].getProb());
  }

  @Test
  void spansThatNeedNoChangeAreReturnedAsTheyAre() {
    Span[] spans = {new Span(0, 2, "PER"), new Span(3, 4, "LOC")};
    assertSame(spans, boundaries.apply("Lena Ortiz in Tampere".split(" "), spans));
    Span[] changed = boundaries.apply("Senator Lena Ortiz in Tampere".split(" "),
        new Span[] {new Span(0, 3, "PER", 0.7), new Span(4, 5, "LOC", 0.9)});
    assertArrayEquals(new Span[] {new Span(1, 3, "PER", 0.7), new Span(4, 5, "LOC", 0.9)}, changed);
    assertEquals(0.7, changed[0].getProb());
  }
}
