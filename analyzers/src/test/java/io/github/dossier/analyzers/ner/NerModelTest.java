package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped model on news-style sentences written for this test: the people, companies and most
 * places in them appear in no training corpus.
 */
class NerModelTest {

  private static NerModel model;

  @BeforeAll
  static void load() {
    model = NerModel.loadDefault();
  }

  private static List<String> names(NameFinder finder, String sentence) {
    String[] tokens = sentence.split(" ");
    List<String> out = new ArrayList<>();
    for (Span s : finder.find(tokens)) {
      assertTrue(NerModel.TYPES.contains(s.getType()), "unexpected type " + s.getType());
      out.add(s.getType() + ":" + String.join(" ", Arrays.copyOfRange(tokens, s.getStart(), s.getEnd())));
    }
    return out;
  }

  @Test
  void defaultModelIsLoadedOnceAndShared() {
    assertSame(model, NerModel.loadDefault());
  }

  @Test
  void findsPeoplePlacesAndOrganisationsInNewNewsSentences() {
    NameFinder finder = model.newFinder();
    finder.clear();

    List<String> first = names(finder,
        "The European Central Bank kept rates unchanged on Thursday , President Ilse Vandermeer said in Frankfurt .");
    assertTrue(first.contains("PER:Ilse Vandermeer"), first.toString());
    assertTrue(first.contains("LOC:Frankfurt"), first.toString());

    List<String> second = names(finder,
        "Finance Minister Halvard Osterberg told reporters in Tromso that Nordvik Energy would cut 400 jobs .");
    assertTrue(second.contains("ORG:Nordvik Energy"), second.toString());
    assertTrue(second.contains("LOC:Tromso"), second.toString());

    List<String> third = names(finder,
        "Defence Secretary Corvin Ashgrove will travel to Warsaw next week , the ministry said .");
    // The span may include the title ("Defence Secretary Corvin Ashgrove"); the runtime strips it.
    assertTrue(
        third.stream().anyMatch(n -> n.startsWith("PER:") && n.endsWith("Corvin Ashgrove")),
        third.toString());
    assertTrue(third.contains("LOC:Warsaw"), third.toString());
  }

  @Test
  void groupsAndOrganisationsNamedByTheirKindAreFoundAndShipsAndStormsAreNot() {
    NameFinder finder = model.newFinder();
    finder.clear();

    List<String> groups = names(finder,
        "Two Harakat Ostrava militants were killed near Tarnville , while the ruling Velkoz party denied involvement .");
    assertTrue(groups.contains("ORG:Harakat Ostrava"), groups.toString());
    assertTrue(groups.contains("ORG:Velkoz"), groups.toString());

    List<String> kinds = names(finder,
        "Shares of Norwegian airline Skyvantor fell after the regulator fined it , the company said .");
    assertTrue(kinds.contains("ORG:Skyvantor"), kinds.toString());

    List<String> ships = names(finder,
        "Missiles were fired at the aircraft carrier USS Marta Klein and the bulk carrier MV Orla Dawn in the Red Sea .");
    assertTrue(ships.stream().noneMatch(n -> n.contains("Marta") || n.contains("Orla")), ships.toString());
    assertTrue(ships.contains("LOC:Red Sea"), ships.toString());

    List<String> storms = names(finder, "Typhoon Veyana makes landfall in the Philippines , killing 12 people .");
    assertTrue(storms.stream().noneMatch(n -> n.contains("Veyana")), storms.toString());
    assertTrue(storms.contains("LOC:Philippines"), storms.toString());
  }

  @Test
  void sentenceWithoutNamesYieldsNothingAndEmptyInputIsAllowed() {
    NameFinder finder = model.newFinder();

    assertEquals(List.of(), names(finder, "Prices rose by three per cent in the second quarter , the report said ."));
    assertEquals(0, finder.find(new String[0]).length);
  }
}
