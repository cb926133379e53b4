package io.github.dossier.analyzers.names;

import static io.github.dossier.EntityType.LOCATION;
import static io.github.dossier.EntityType.ORGANIZATION;
import static io.github.dossier.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameVariantsTest {

  private final NameVariants variants = NameVariants.standard();

  private void assertSame(EntityType type, String... names) {
    String key = variants.matchKey(names[0], type);
    for (String name : names) {
      assertEquals(key, variants.matchKey(name, type), name + " vs " + names[0]);
    }
  }

  private void assertDifferent(EntityType type, String a, String b) {
    assertFalse(variants.areVariants(a, b, type), a + " must not match " + b);
  }

  @Test
  void transliterationEndingsOfOneNameShareAKey() {
    assertSame(PERSON, "Volodymyr Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskiy",
        "Volodymyr Zelenski", "Volodymyr Zelenskyi", "VOLODYMYR ZELENSKYY");
    assertEquals("volodymyr zelenski", variants.matchKey("Volodymyr Zelenskyy", PERSON));
    assertSame(PERSON, "Dmitry Peskov", "Dmitriy Peskov", "Dmitri Peskov", "Dmitrii Peskov");
    assertSame(PERSON, "Sergey Lavrov", "Sergei Lavrov");
    assertSame(PERSON, "Alexei Navalny", "Aleksei Navalny", "Alexey Navalnyy");
    assertSame(PERSON, "Viktor Yanukovych", "Viktor Yanukovich");
    assertSame(PERSON, "Bashar al-Assad", "Bashar al Assad", "Bashar Assad");
    assertSame(PERSON, "Zelenskyy's", "Zelensky");
  }

  @Test
  void diacriticsCaseHyphensApostrophesAndInitialsAreIgnored() {
    assertSame(PERSON, "Jean-Claude Juncker", "Jean Claude Juncker", "jean-claude JUNCKER");
    assertSame(PERSON, "Conan O\u2019Brien", "Conan O'Brien", "Conan OBrien");
    assertSame(PERSON, "Andrzej Duda", "Andrzéj Dúda");
    assertSame(PERSON, "J.R.R. Tolkien", "J. R. R. Tolkien");
    assertSame(ORGANIZATION, "U.N.", "UN");
    assertSame(ORGANIZATION, "AT&T", "AT and T");
    assertSame(ORGANIZATION, "St. Jude Children's Hospital", "Saint Jude Children's Hospital",
        "St Jude Children's Hospital");
    assertSame(LOCATION, "Mt. Everest", "Mount Everest");
  }

  @Test
  void aLeadingTheIsDroppedFromOrganizationsAndPlaces() {
    assertSame(ORGANIZATION, "The New York Times", "New York Times", "the New York Times");
    assertSame(LOCATION, "the Netherlands", "Netherlands");
    assertEquals("the", variants.matchKey("The", ORGANIZATION));
  }

  @Test
  void differentFirstNamesWithOneSurnameNeverMerge() {
    assertDifferent(PERSON, "Donald Trump", "Melania Trump");
    assertDifferent(PERSON, "Donald Trump", "Donald Trump Jr.");
    assertDifferent(PERSON, "Donald Trump", "Trump");
    assertDifferent(PERSON, "George W. Bush", "George H. W. Bush");
    assertDifferent(PERSON, "George W. Bush", "George Bush");
    assertDifferent(PERSON, "Tony Blair", "Toni Blair");
    assertDifferent(PERSON, "Terry Smith", "Terri Smith");
    assertDifferent(PERSON, "Kim Jong Un", "Kim Jong Il");
    assertDifferent(PERSON, "Ban Ki-moon", "Ban Ki-moo");
  }

  @Test
  void soundAlikeSurnamesThatAreDifferentNamesStayApart() {
    assertDifferent(PERSON, "Imran Khan", "Imran Han");
    assertDifferent(PERSON, "Li Wang", "Li Vang");
    assertDifferent(PERSON, "John Cooper", "John Copper");
    assertDifferent(PERSON, "John Moore", "John More");
    assertDifferent(PERSON, "John Wilson", "John Willson");
    assertDifferent(PERSON, "Al Gore", "Gore");
    assertDifferent(ORGANIZATION, "The Times", "Times Group");
  }

  @Test
  void doubledConsonantsMergeOnlyWhenAskedFor() {
    assertDifferent(PERSON, "Muammar Gaddafi", "Muammar Gadafi");
    NameVariants folding = NameVariants.builder().foldDoubledConsonants(true).build();
    assertTrue(folding.areVariants("Muammar Gaddafi", "Muammar Gadafi", PERSON));
    assertTrue(folding.areVariants("John Wilson", "John Willson", PERSON));
    assertFalse(folding.areVariants("John Cooper", "John Copper", PERSON), "vowels stay doubled");
    assertFalse(folding.areVariants("Donald Trump", "Melania Trump", PERSON));
  }

  @Test
  void organizationsKeepTheirSpelling() {
    // Transliteration folding is for people only.
    assertDifferent(ORGANIZATION, "Sony", "Soni");
    assertDifferent(ORGANIZATION, "Roscosmos Agency", "Roskosmos Agency");
  }

  @Test
  void emptyNamesNeverMatchAndNullsAreRefused() {
    assertEquals("", variants.matchKey("...", PERSON));
    assertFalse(variants.areVariants("...", "--", PERSON));
    assertThrows(NullPointerException.class, () -> variants.matchKey(null, PERSON));
    assertThrows(NullPointerException.class, () -> variants.matchKey("Kyiv", null));
    assertNotEquals(List.of(), NameVariants.words("U.S. Army", true));
    assertEquals(List.of("us", "army"), NameVariants.words("U.S. Army", true));
    assertEquals(List.of("u", "s", "army"), NameVariants.words("U.S. Army", false));
  }
}
