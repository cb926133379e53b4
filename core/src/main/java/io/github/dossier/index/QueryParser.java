package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recursive-descent parser for Dossier's query language, producing a {@link QueryNode} tree.
 *
 * <pre>
 * query   := or EOF
 * or      := and (("OR" | "||") and)*
 * and     := unary (("AND" | "&amp;&amp;")? unary)*          (juxtaposition means AND)
 * unary   := ("NOT" | "!" | "-") unary | "+" unary | primary
 * primary := "(" or ")" | FIELD ":" value | PHRASE | WORD
 * value   := "(" or ")" | PHRASE | WORD | range                 (range only for date:)
 *          | "(" number "," number "," number "km"? ")"      (near: latitude, longitude, radius)
 *          | "(" number "," number "," number "," number ")" (box: south, north, west, east)
 * range   := ("[" | "{") bound "TO" bound ("]" | "}")           (bound: date, instant, now-30d or *)
 *          | (">" | ">=" | "<" | "<=") bound
 * </pre>
 *
 * <p>Every error is a {@link QuerySyntaxException} naming the problem and its 0-based position.
 */
final class QueryParser {
  /** The most terms (words, phrases, dates) a query may have; more would exceed Lucene's clause limit. */
  static final int MAX_TERMS = 300;
  /** The deepest nesting of parentheses and negations a query may have. */
  static final int MAX_DEPTH = 50;

  private final String query;
  private final Clock clock;
  private int pos;
  private int terms;
  private int depth;

  private QueryParser(String query, Clock clock) {
    this.query = query;
    this.clock = clock;
  }

  /**
   * Parses {@code query}.
   *
   * @throws QuerySyntaxException if it is blank or not valid
   */
  static QueryNode parse(String query) {
    return parse(query, Clock.systemUTC());
  }

  /**
   * Parses {@code query}, resolving relative dates ({@code now-30d}) against {@code clock}.
   *
   * @throws QuerySyntaxException if it is blank or not valid
   */
  static QueryNode parse(String query, Clock clock) {
    checkNotNull(query, "query");
    checkNotNull(clock, "clock");
    QueryParser parser = new QueryParser(query, clock);
    parser.skipSpace();
    if (parser.atEnd()) {
      throw parser.error("empty query", 0);
    }
    QueryNode node = parser.parseOr(QueryField.TEXT, -1);
    parser.skipSpace();
    if (!parser.atEnd()) {
      // parseOr stops only at the end or at a ')' it cannot close
      throw parser.error("unbalanced parenthesis: unexpected ')'", parser.pos);
    }
    return node;
  }

  private QueryNode parseOr(QueryField field, int openParen) {
    List<QueryNode> parts = new ArrayList<>();
    parts.add(parseAnd(field, openParen));
    while (true) {
      skipSpace();
      String op = operatorAt(pos);
      if (!"OR".equals(op)) {
        break;
      }
      pos += 2; // "OR" and "||" both have two characters
      parts.add(parseAnd(field, openParen));
    }
    return parts.size() == 1 ? parts.get(0) : new QueryNode.Or(parts);
  }

  private QueryNode parseAnd(QueryField field, int openParen) {
    List<QueryNode> parts = new ArrayList<>();
    parts.add(parseUnary(field, openParen));
    while (true) {
      skipSpace();
      if (atEnd() || peek() == ')') {
        break;
      }
      String op = operatorAt(pos);
      if ("OR".equals(op)) {
        break;
      }
      if ("AND".equals(op)) {
        pos += query.startsWith("&&", pos) ? 2 : 3;
      }
      parts.add(parseUnary(field, openParen));
    }
    return parts.size() == 1 ? parts.get(0) : new QueryNode.And(parts);
  }

  private QueryNode parseUnary(QueryField field, int openParen) {
    skipSpace();
    String op = operatorAt(pos);
    if ("NOT".equals(op)) {
      enter();
      pos += query.startsWith("NOT", pos) ? 3 : 1;
      QueryNode operand = parseUnary(field, openParen);
      depth--;
      return new QueryNode.Not(operand);
    }
    if (!atEnd() && (peek() == '-' || peek() == '+') && pos + 1 < query.length()
        && !Character.isWhitespace(query.charAt(pos + 1)) && query.charAt(pos + 1) != ')') {
      enter();
      boolean negate = peek() == '-';
      pos++;
      QueryNode operand = parseUnary(field, openParen);
      depth--;
      return negate ? new QueryNode.Not(operand) : operand;
    }
    return parsePrimary(field, openParen);
  }

  private QueryNode parsePrimary(QueryField field, int openParen) {
    skipSpace();
    if (atEnd()) {
      if (openParen >= 0) {
        throw error("unbalanced parenthesis: '(' is never closed", openParen);
      }
      throw error("missing term at end of query", pos);
    }
    char c = peek();
    String op = operatorAt(pos);
    if (op != null) {
      throw error("unexpected " + query.substring(pos, pos + opLength())
          + " where a term was expected", pos);
    }
    if (c == '(') {
      return parseGroup(field);
    }
    if (c == ')') {
      if (openParen >= 0) {
        throw error("empty or incomplete parentheses: ')' where a term was expected", pos);
      }
      throw error("unbalanced parenthesis: unexpected ')'", pos);
    }
    if (c == '"') {
      return parsePhrase(field);
    }
    int start = pos;
    // inside within:( ... ) a word such as country:UA is a place id, not a field
    int colon = field == QueryField.WITHIN ? -1 : fieldPrefixEnd(start);
    if (colon > 0) {
      String name = query.substring(start, colon);
      QueryField named =
          QueryField.forPrefix(name)
              .orElseThrow(
                  () ->
                      errorWithMessage(
                          "unknown field '" + name + "' at position " + start
                              + "; known fields: " + QueryField.KNOWN,
                          start));
      pos = colon + 1;
      return parseFieldValue(named, name);
    }
    return parseWord(field);
  }

  private QueryNode parseFieldValue(QueryField field, String name) {
    int valueStart = pos;
    if (atEnd() || Character.isWhitespace(peek()) || peek() == ')') {
      throw error("missing value after '" + name + ":'", valueStart);
    }
    if (field == QueryField.DATE) {
      return parseDate();
    }
    if (field == QueryField.NEAR || field == QueryField.BOX) {
      return parseGeo(field, name);
    }
    char c = peek();
    if (c == '(') {
      return parseGroup(field);
    }
    if (c == '"') {
      return parsePhrase(field);
    }
    return parseWord(field);
  }

  private QueryNode parseGroup(QueryField field) {
    int open = pos;
    enter();
    pos++;
    skipSpace();
    if (!atEnd() && peek() == ')') {
      throw error("empty parentheses", open);
    }
    QueryNode inner = parseOr(field, open);
    skipSpace();
    if (atEnd()) {
      throw error("unbalanced parenthesis: '(' is never closed", open);
    }
    pos++; // the ')'
    depth--;
    return inner;
  }

  private QueryNode parsePhrase(QueryField field) {
    int open = pos;
    countTerm();
    int close = query.indexOf('"', open + 1);
    if (close < 0) {
      throw error("unbalanced quote", open);
    }
    String text = query.substring(open + 1, close);
    if (text.isBlank()) {
      throw error("empty phrase", open);
    }
    pos = close + 1;
    return checkPlaceId(new QueryNode.Term(field, text, true, open));
  }

  /**
   * A {@code within:} value is a place id (a scheme, a colon and a code) or a place name; a name
   * with a colon that is not an id is a mistake.
   */
  private QueryNode.Term checkPlaceId(QueryNode.Term term) {
    String text = term.text().strip();
    if (term.field() == QueryField.WITHIN && text.indexOf(':') >= 0
        && !QueryFactory.isPlaceId(text)) {
      throw errorWithMessage("'within:' needs a place name or a place id such as country:UA,"
          + " admin1:US.TX or geonames:703448, got '" + term.text() + "' at position "
          + term.position(), term.position());
    }
    return term;
  }

  private QueryNode parseWord(QueryField field) {
    int start = pos;
    countTerm();
    while (!atEnd() && isWordChar(peek())) {
      pos++;
    }
    return checkPlaceId(new QueryNode.Term(field, query.substring(start, pos), false, start));
  }

  private QueryNode parseDate() {
    int start = pos;
    countTerm();
    char c = peek();
    if (c == '[' || c == '{') {
      int close = start + 1;
      while (close < query.length() && query.charAt(close) != ']' && query.charAt(close) != '}') {
        close++;
      }
      if (close >= query.length()) {
        throw error("unclosed date range", start);
      }
      boolean fromInclusive = c == '[';
      boolean toInclusive = query.charAt(close) == ']';
      List<int[]> words = new ArrayList<>();
      int i = start + 1;
      while (i < close) {
        while (i < close && Character.isWhitespace(query.charAt(i))) {
          i++;
        }
        int w = i;
        while (i < close && !Character.isWhitespace(query.charAt(i))) {
          i++;
        }
        if (i > w) {
          words.add(new int[] {w, i});
        }
      }
      if (words.size() != 3 || !text(words.get(1)).equalsIgnoreCase("TO")) {
        throw error(
            "date range must look like [2025-01-01 TO 2025-12-31] (use * for an open end)", start);
      }
      long from = bound(words.get(0), true, fromInclusive);
      long to = bound(words.get(2), false, toInclusive);
      if (from > to) {
        throw error("date range ends before it starts", start);
      }
      pos = close + 1;
      return new QueryNode.DateRange(from, to);
    }
    if (c == '>' || c == '<') {
      return parseComparison(start);
    }
    while (!atEnd() && isWordChar(peek())) {
      pos++;
    }
    int[] word = {start, pos};
    String text = text(word);
    if (text.equals("*")) {
      return new QueryNode.DateRange(Long.MIN_VALUE, Long.MAX_VALUE);
    }
    Period period = period(text).orElseThrow(() -> badDate(text, start));
    return new QueryNode.DateRange(period.start, period.end - 1);
  }

  /**
   * {@code near:(lat,lon,radius)} with the radius in kilometres (an optional {@code km} suffix), or
   * {@code box:(minLat,maxLat,minLon,maxLon)}; the parentheses are optional, spaces are allowed
   * inside them.
   */
  private QueryNode parseGeo(QueryField field, String name) {
    int start = pos;
    countTerm();
    String inner;
    if (peek() == '(') {
      int close = query.indexOf(')', start);
      if (close < 0) {
        throw error("unbalanced parenthesis: '(' is never closed", start);
      }
      inner = query.substring(start + 1, close);
      pos = close + 1;
    } else {
      while (!atEnd() && isWordChar(peek())) {
        pos++;
      }
      inner = query.substring(start, pos);
    }
    boolean near = field == QueryField.NEAR;
    String usage = near
        ? "'" + name + ":' needs (latitude,longitude,radius km), such as near:(50.45,30.52,25km)"
        : "'" + name + ":' needs (minLatitude,maxLatitude,minLongitude,maxLongitude),"
            + " such as box:(44.0,52.5,22.0,40.5)";
    String[] parts = inner.split(",", -1);
    if (parts.length != (near ? 3 : 4)) {
      throw errorWithMessage(usage + "; got '" + inner + "' at position " + start, start);
    }
    double[] numbers = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].trim();
      if (near && i == 2 && part.toLowerCase(java.util.Locale.ROOT).endsWith("km")) {
        part = part.substring(0, part.length() - 2).trim();
      }
      try {
        numbers[i] = Double.parseDouble(part);
      } catch (NumberFormatException e) {
        throw errorWithMessage(
            usage + "; '" + parts[i].trim() + "' is not a number at position " + start, start);
      }
    }
    try {
      return near
          ? new QueryNode.Near(new GeoCircle(numbers[0], numbers[1], numbers[2]))
          : new QueryNode.InBox(new GeoBox(numbers[0], numbers[1], numbers[2], numbers[3]));
    } catch (IllegalArgumentException e) {
      throw errorWithMessage(
          "invalid '" + name + ":' at position " + start + ": " + e.getMessage(), start);
    }
  }

  /** {@code >D}, {@code >=D}, {@code <D}, {@code <=D}: an open range after or before a date. */
  private QueryNode parseComparison(int start) {
    boolean greater = peek() == '>';
    pos++;
    boolean inclusive = !atEnd() && peek() == '=';
    if (inclusive) {
      pos++;
    }
    String op = query.substring(start, pos);
    int valueStart = pos;
    while (!atEnd() && isWordChar(peek())) {
      pos++;
    }
    if (pos == valueStart) {
      throw error("missing date after 'date:" + op + "'", valueStart);
    }
    String text = query.substring(valueStart, pos);
    if (text.equals("*")) {
      throw errorWithMessage("'date:" + op + "*' at position " + start
          + " has no bound; use date:* for any dated article", start);
    }
    Period p = period(text).orElseThrow(() -> badDate(text, valueStart));
    if (greater) {
      return new QueryNode.DateRange(inclusive ? p.start : p.end, Long.MAX_VALUE);
    }
    return new QueryNode.DateRange(Long.MIN_VALUE, inclusive ? p.end - 1 : p.start - 1);
  }

  /** A bound in epoch millis, inclusive. */
  private long bound(int[] word, boolean lower, boolean inclusive) {
    String text = text(word);
    if (text.equals("*")) {
      return lower ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    Period p = period(text).orElseThrow(() -> badDate(text, word[0]));
    if (lower) {
      return inclusive ? p.start : p.end;
    }
    return inclusive ? p.end - 1 : p.start - 1;
  }

  /** The instants {@code [start, end)} in epoch millis that a date or instant text stands for. */
  private record Period(long start, long end) {}

  private Optional<Period> period(String text) {
    Optional<Instant> relative = relative(text);
    if (relative.isPresent()) {
      long millis = relative.get().toEpochMilli();
      return Optional.of(new Period(millis, millis + 1));
    }
    try {
      Instant instant = Instant.parse(text);
      return Optional.of(new Period(instant.toEpochMilli(), instant.toEpochMilli() + 1));
    } catch (DateTimeException | ArithmeticException e) {
      // not an instant; try the other forms
    }
    try {
      Instant instant = OffsetDateTime.parse(text).toInstant();
      return Optional.of(new Period(instant.toEpochMilli(), instant.toEpochMilli() + 1));
    } catch (DateTimeException | ArithmeticException e) {
      // not an offset date-time
    }
    try {
      Instant instant = LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      return Optional.of(new Period(instant.toEpochMilli(), instant.toEpochMilli() + 1));
    } catch (DateTimeException | ArithmeticException e) {
      // not a local date-time
    }
    try {
      LocalDate day = LocalDate.parse(text);
      return Optional.of(new Period(startOf(day), startOf(day.plusDays(1))));
    } catch (DateTimeException e) {
      // not a day
    }
    try {
      YearMonth month = YearMonth.parse(text);
      return Optional.of(
          new Period(startOf(month.atDay(1)), startOf(month.plusMonths(1).atDay(1))));
    } catch (DateTimeException e) {
      // not a month
    }
    if (text.matches("\\d{4}")) {
      Year year = Year.parse(text);
      return Optional.of(new Period(startOf(year.atDay(1)), startOf(year.plusYears(1).atDay(1))));
    }
    return Optional.empty();
  }

  private static final Pattern RELATIVE = Pattern.compile("now(?:([+-])(\\d{1,6})([yMwdhms]))?");

  /**
   * {@code now}, or {@code now} plus or minus an amount of years (y), months (M), weeks (w), days
   * (d), hours (h), minutes (m) or seconds (s), in UTC; empty if {@code text} is not of that form.
   */
  private Optional<Instant> relative(String text) {
    Matcher m = RELATIVE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
    if (m.group(1) == null) {
      return Optional.of(now.toInstant());
    }
    long amount = Long.parseLong(m.group(2)) * (m.group(1).equals("-") ? -1 : 1);
    ChronoUnit unit = switch (m.group(3)) {
      case "y" -> ChronoUnit.YEARS;
      case "M" -> ChronoUnit.MONTHS;
      case "w" -> ChronoUnit.WEEKS;
      case "d" -> ChronoUnit.DAYS;
      case "h" -> ChronoUnit.HOURS;
      case "m" -> ChronoUnit.MINUTES;
      default -> ChronoUnit.SECONDS;
    };
    return Optional.of(now.plus(amount, unit).toInstant());
  }

  private static long startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  private QuerySyntaxException badDate(String text, int at) {
    return errorWithMessage(
        "invalid date '" + text + "' at position " + at
            + "; expected yyyy-mm-dd, yyyy-mm, yyyy, an instant such as 2025-12-15T10:00:00Z,"
            + " or now, now-30d (units y, M, w, d, h, m, s)",
        at);
  }

  private String text(int[] word) {
    return query.substring(word[0], word[1]);
  }

  /**
   * If a field prefix ({@code letters:}) starts at {@code start}, the index of its colon; else -1.
   */
  private int fieldPrefixEnd(int start) {
    int i = start;
    while (i < query.length() && (Character.isLetter(query.charAt(i)) || query.charAt(i) == '_')) {
      i++;
    }
    return i > start && i < query.length() && query.charAt(i) == ':' ? i : -1;
  }

  /** "AND", "OR" or "NOT" if an operator starts at {@code at}, else null. */
  private String operatorAt(int at) {
    if (at >= query.length()) {
      return null;
    }
    if (query.startsWith("&&", at)) {
      return "AND";
    }
    if (query.startsWith("||", at)) {
      return "OR";
    }
    if (query.charAt(at) == '!' && at + 1 < query.length()
        && !Character.isWhitespace(query.charAt(at + 1)) && query.charAt(at + 1) != '=') {
      return "NOT";
    }
    for (String op : new String[] {"AND", "OR", "NOT"}) {
      int end = at + op.length();
      if (query.startsWith(op, at) && (end == query.length() || !isWordChar(query.charAt(end)))) {
        return op;
      }
    }
    return null;
  }

  private int opLength() {
    if (query.startsWith("&&", pos) || query.startsWith("||", pos)) {
      return 2;
    }
    if (query.charAt(pos) == '!') {
      return 1;
    }
    return operatorAt(pos).length();
  }

  private static boolean isWordChar(char c) {
    return !Character.isWhitespace(c) && c != '(' && c != ')' && c != '"';
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw error("query nested more than " + MAX_DEPTH + " levels deep", pos);
    }
  }

  private void countTerm() {
    if (++terms > MAX_TERMS) {
      throw error("query has more than " + MAX_TERMS + " terms", pos);
    }
  }

  private void skipSpace() {
    while (!atEnd() && Character.isWhitespace(peek())) {
      pos++;
    }
  }

  private boolean atEnd() {
    return pos >= query.length();
  }

  private char peek() {
    return query.charAt(pos);
  }

  private QuerySyntaxException error(String problem, int at) {
    return errorWithMessage(problem + " at position " + at, at);
  }

  private QuerySyntaxException errorWithMessage(String message, int at) {
    return new QuerySyntaxException(message, query, at);
  }
}
