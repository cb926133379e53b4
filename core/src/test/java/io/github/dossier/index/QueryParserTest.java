package io.github.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dossier.index.QueryNode.And;
import io.github.dossier.index.QueryNode.DateRange;
import io.github.dossier.index.QueryNode.Not;
import io.github.dossier.index.QueryNode.Or;
import io.github.dossier.index.QueryNode.Term;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing the query language: the trees it builds and the errors it reports. */
class QueryParserTest {

  private static Term text(String word, int at) {
    return new Term(QueryField.TEXT, word, false, at);
  }

  private static long millis(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }

  @Test
  void juxtapositionIsAndAndBindsTighterThanOr() {
    assertEquals(
        new Or(List.of(new And(List.of(text("peace", 0), text("talks", 6))), text("ceasefire", 15))),
        QueryParser.parse("peace talks OR ceasefire"));
    assertEquals(
        new And(List.of(text("peace", 0), text("talks", 10))), QueryParser.parse("peace AND talks"));
    assertEquals(
        new And(List.of(text("peace", 0), text("talks", 9))), QueryParser.parse("peace && talks"));
  }

  @Test
  void negationAndRequiredMarkers() {
    assertEquals(new Not(text("Trump", 4)), QueryParser.parse("NOT Trump"));
    assertEquals(new Not(text("Trump", 1)), QueryParser.parse("-Trump"));
    assertEquals(new Not(text("Trump", 1)), QueryParser.parse("!Trump"));
    assertEquals(new And(List.of(text("Kyiv", 1), new Not(text("Moscow", 7)))), QueryParser.parse("+Kyiv -Moscow"));
    // a hyphen inside a word is part of it; lower-case operators are words
    assertEquals(text("Jean-Claude", 0), QueryParser.parse("Jean-Claude"));
    assertEquals(
        new And(List.of(text("war", 0), text("and", 4), text("peace", 8))), QueryParser.parse("war and peace"));
  }

  @Test
  void fieldsPhrasesAndGroups() {
    assertEquals(new Term(QueryField.PERSON, "Trump", false, 7), QueryParser.parse("person:Trump"));
    assertEquals(
        new Term(QueryField.PERSON, "Volodymyr Zelenskyy", true, 7),
        QueryParser.parse("person:\"Volodymyr Zelenskyy\""));
    assertEquals(
        new Or(List.of(new Term(QueryField.PLACE, "Kyiv", false, 7), new Term(QueryField.PLACE, "Odesa", false, 15))),
        QueryParser.parse("place:(Kyiv OR Odesa)"));
    assertEquals(new Term(QueryField.ORG, "NATO", false, 4), QueryParser.parse("ORG:NATO"));
    assertEquals(new Term(QueryField.TEXT, "security guarantees", true, 0), QueryParser.parse("\"security guarantees\""));
    // a colon after something that is not a field name is part of the word
    assertEquals(text("10:30", 0), QueryParser.parse("10:30"));
  }

  @Test
  void dateRanges() {
    assertEquals(
        new DateRange(millis("2025-01-01T00:00:00Z"), millis("2026-01-01T00:00:00Z") - 1),
        QueryParser.parse("date:[2025-01-01 TO 2025-12-31]"));
    assertEquals(
        new DateRange(millis("2025-12-01T00:00:00Z"), Long.MAX_VALUE), QueryParser.parse("date:[2025-12 TO *]"));
    assertEquals(
        new DateRange(Long.MIN_VALUE, millis("2025-12-15T10:00:00Z")),
        QueryParser.parse("date:[* TO 2025-12-15T10:00:00Z]"));
    assertEquals(
        new DateRange(millis("2025-12-16T00:00:00Z"), millis("2025-12-20T00:00:00Z") - 1),
        QueryParser.parse("date:{2025-12-15 TO 2025-12-20}"));
    assertEquals(
        new DateRange(millis("2025-12-15T00:00:00Z"), millis("2025-12-16T00:00:00Z") - 1),
        QueryParser.parse("date:2025-12-15"));
  }

  private static QuerySyntaxException error(String query) {
    return assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(query));
  }

  private static void assertError(String query, String message, int position) {
    QuerySyntaxException e = error(query);
    assertEquals(message, e.getMessage());
    assertEquals(position, e.position());
    assertEquals(query, e.query());
  }

  @Test
  void errorsNameTheProblemAndItsPosition() {
    assertError("\"security guarantees", "unbalanced quote at position 0", 0);
    assertError("Trump \"peace plan", "unbalanced quote at position 6", 6);
    assertError(
        "persn:Trump",
        "unknown field 'persn' at position 0; known fields: person, place, org, entity, source, title, date, within, near, box",
        0);
    assertError(
        "Kyiv AND plac:Odesa",
        "unknown field 'plac' at position 9; known fields: person, place, org, entity, source, title, date, within, near, box",
        9);
    assertError("(Trump OR Putin", "unbalanced parenthesis: '(' is never closed at position 0", 0);
    assertError("Kyiv (Trump OR (Putin)", "unbalanced parenthesis: '(' is never closed at position 5", 5);
    assertError("Trump)", "unbalanced parenthesis: unexpected ')' at position 5", 5);
    assertError("person:", "missing value after 'person:' at position 7", 7);
    assertError("Trump AND", "missing term at end of query at position 9", 9);
    assertError("OR Trump", "unexpected OR where a term was expected at position 0", 0);
    assertError("Trump AND OR Putin", "unexpected OR where a term was expected at position 10", 10);
    assertError("()", "empty parentheses at position 0", 0);
    assertError("   ", "empty query at position 0", 0);
    assertError("\"\"", "empty phrase at position 0", 0);
    assertError(
        "date:[2025-01-01 TO tomorrow]",
        "invalid date 'tomorrow' at position 20; expected yyyy-mm-dd, yyyy-mm, yyyy, an instant such as"
            + " 2025-12-15T10:00:00Z, or now, now-30d (units y, M, w, d, h, m, s)",
        20);
    assertError("date:[2025-01-01 2025-12-31]",
        "date range must look like [2025-01-01 TO 2025-12-31] (use * for an open end) at position 5", 5);
    assertError("date:[2025-01-01 TO 2025-12-31", "unclosed date range at position 5", 5);
    assertError("date:[2025-12-31 TO 2025-01-01]", "date range ends before it starts at position 5", 5);
  }

  @Test
  void hugeOrDeeplyNestedQueriesAreRefused() {
    String many = "Kyiv ".repeat(QueryParser.MAX_TERMS) + "Odesa";
    assertError(many, "query has more than 300 terms at position " + (5 * QueryParser.MAX_TERMS), 5 * QueryParser.MAX_TERMS);
    QueryParser.parse("Kyiv ".repeat(QueryParser.MAX_TERMS));
    String deep = "(".repeat(QueryParser.MAX_DEPTH + 1) + "Kyiv" + ")".repeat(QueryParser.MAX_DEPTH + 1);
    assertError(deep, "query nested more than 50 levels deep at position 50", 50);
    assertError("-".repeat(10_000) + "Kyiv", "query nested more than 50 levels deep at position 50", 50);
  }

  @Test
  void articleQueryParseValidates() {
    assertEquals("person:Trump", ArticleQuery.parse("person:Trump").text().orElseThrow());
    assertEquals(7, assertThrows(QuerySyntaxException.class, () -> ArticleQuery.parse("Trump (\"a")).position());
    assertThrows(QuerySyntaxException.class, () -> ArticleQuery.builder().text("title:").build());
  }
}
