package io.github.dossier.analyzers;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of a saved news web page (a "page dump": what a browser's select-all and copy
 * or a text-mode browser gives) into a clean title and body.
 *
 * <p>The cleaner works line by line with general rules, so it is independent of any one outlet:
 *
 * <ul>
 *   <li>Navigation and sharing lines such as "Skip to content", "Skip to main navigation",
 *       "Menu", "Sign in", "Share on Facebook", "Read more", "Related stories" are dropped.
 *   <li>The title line "Headline | Outlet" (the first line, before the body, that has a short
 *       outlet name after its last {@code |}) becomes {@link CleanedPage#title()} and {@link
 *       CleanedPage#outlet()} and is removed from the body.
 *   <li>Section and video-box labels, an ALL-CAPS word followed by {@code |} ("WATCH | Canadian
 *       support for Ukraine:", "LISTEN | ..."), are dropped together with the headline line of the
 *       embedded item that directly follows the label (a line without final punctuation).
 *   <li>Share and tag rows made only of {@code #hashtag} tokens are dropped.
 *   <li>Lines that are only a web address, optionally followed by a parenthesised note
 *       ("www.cbc.ca (Article Sourced Website)"), are dropped.
 * </ul>
 *
 * <p>Everything else is kept: body paragraphs, subheadings and photo captions (with their credit,
 * which the tagger recognises). Each kept line is stripped of leading and trailing white space;
 * runs of blank lines become one blank line, so paragraph breaks survive as {@code "\n\n"} and
 * lines that were adjacent (an image description and its caption) stay separated by {@code "\n"}.
 *
 * <p>Instances are immutable and thread-safe; this class does not use OpenNLP.
 */
public final class PageDumpCleaner {

  private static final Pattern NAVIGATION = Pattern.compile(
      "(?i)(skip|jump) to (main |the )?(content|navigation|main|menu|search|footer|article)\\b.*"
          + "|menu|search|sign in|log in|sign up|subscribe|advertisement|share|share this( article| story)?"
          + "|share on \\S+( \\S+)?|follow us( on \\S+)?|read more|related( stories| articles| content)?"
          + "|close|open navigation menu|back to top");
  private static final Pattern SECTION_LABEL = Pattern.compile("\\p{Lu}{2,}(\\s+\\p{Lu}{2,})*\\s*\\|.*");
  private static final Pattern HASHTAG_ROW = Pattern.compile("#\\S+(\\s+#\\S+)*");
  private static final Pattern WEB_ADDRESS = Pattern.compile(
      "(?i)(https?://)?(www\\.)?[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+(/\\S*)?(\\s*\\([^()]*\\))?");
  private static final Pattern TITLE_LINE = Pattern.compile("(.+?)\\s+[|\\u2013\\u2014-]\\s+([^|]+)");
  private static final int MAX_OUTLET_WORDS = 5;
  private static final int TITLE_SEARCH_LINES = 5;

  /** A cleaner with the general rules described above. */
  public PageDumpCleaner() {}

  /**
   * Cleans a page dump.
   *
   * @throws NullPointerException if {@code dump} is null
   * @throws IllegalArgumentException if nothing but navigation and page furniture is left
   */
  public CleanedPage clean(String dump) {
    checkNotNull(dump, "page dump");
    String[] lines = dump.split("\\R", -1);
    List<String> kept = new ArrayList<>();
    Optional<String> title = Optional.empty();
    Optional<String> outlet = Optional.empty();
    int contentLinesSeen = 0;
    boolean afterLabel = false;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty()) {
        kept.add("");
        continue;
      }
      if (afterLabel) {
        afterLabel = false;
        if (!endsWithSentencePunctuation(line)) {
          continue; // the headline of an embedded video or audio item
        }
      }
      if (NAVIGATION.matcher(line).matches()
          || HASHTAG_ROW.matcher(line).matches()
          || WEB_ADDRESS.matcher(line).matches()) {
        continue;
      }
      if (SECTION_LABEL.matcher(line).matches()) {
        afterLabel = true;
        continue;
      }
      if (title.isEmpty() && contentLinesSeen < TITLE_SEARCH_LINES) {
        Matcher m = TITLE_LINE.matcher(line);
        if (m.matches() && isOutletName(m.group(2)) && !endsWithSentencePunctuation(m.group(1))) {
          title = Optional.of(m.group(1).strip());
          outlet = Optional.of(m.group(2).strip());
          continue;
        }
      }
      contentLinesSeen++;
      kept.add(line);
    }
    String body = join(kept);
    checkArgument(!body.isEmpty(), "the page dump has no body text left after removing page furniture");
    return new CleanedPage(title, body, outlet);
  }

  private static boolean isOutletName(String s) {
    String[] words = s.strip().split("\\s+");
    if (words.length > MAX_OUTLET_WORDS || endsWithSentencePunctuation(s)) {
      return false;
    }
    for (String w : words) {
      if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWithSentencePunctuation(String line) {
    int i = line.length() - 1;
    while (i >= 0 && "\"'”’)]»".indexOf(line.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?:;…".indexOf(line.charAt(i)) >= 0;
  }

  private static String join(List<String> lines) {
    StringBuilder out = new StringBuilder();
    boolean pendingBlank = false;
    for (String line : lines) {
      if (line.isEmpty()) {
        pendingBlank = out.length() > 0;
        continue;
      }
      if (out.length() > 0) {
        out.append(pendingBlank ? "\n\n" : "\n");
      }
      pendingBlank = false;
      out.append(line);
    }
    return out.toString();
  }
}
