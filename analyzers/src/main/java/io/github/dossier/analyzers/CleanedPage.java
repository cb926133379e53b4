package io.github.dossier.analyzers;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * An article recovered from a saved web page by {@link PageDumpCleaner}: its headline, its body
 * text and the outlet named in the page title.
 *
 * <p>{@code body} is the text to index and tag: paragraphs separated by one blank line, captions
 * and headings on lines of their own, no leading indentation. Offsets of mentions found by an
 * {@link io.github.dossier.EntityTagger} in {@code body} point into exactly this string.
 *
 * @param title the headline, without the outlet suffix ("U.S. offers security guarantees to
 *     Kyiv"), if the page had a title line
 * @param body the cleaned body text; never blank
 * @param outlet the outlet named after the last {@code |} of the title line ("CBC News"), if any
 */
public record CleanedPage(Optional<String> title, String body, Optional<String> outlet) {
  public CleanedPage {
    checkNotNull(title, "title");
    checkNotNull(body, "body");
    checkNotNull(outlet, "outlet");
  }
}
