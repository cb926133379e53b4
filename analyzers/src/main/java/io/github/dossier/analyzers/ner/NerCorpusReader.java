package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads NER corpora into {@link NerDocument}s with PER/LOC/ORG IOB2 tags.
 *
 * <p>Two layouts are understood:
 *
 * <ul>
 *   <li>{@link Layout#TWO_COLUMN}: {@code token<TAB>tag} per line; a blank line ends a sentence; a
 *       line {@code -DOCSTART-} starts a new document. Every line with two tab-separated fields is
 *       a token, even one starting with {@code #} (hashtags in tweets).
 *   <li>{@link Layout#UNER}: the Universal NER {@code .iob2} release format, columns {@code index,
 *       token, tag, ...}; lines starting with {@code #} are comments and {@code # newdoc id = X}
 *       starts a document named X.
 * </ul>
 *
 * <p>Types other than PER/LOC/ORG (e.g. MISC) become {@code O} and stray {@code I-X} tags become
 * {@code B-X}. Files ending in {@code .gz} are decompressed. Instances are stateless.
 */
public final class NerCorpusReader {

  /** The line layout of a corpus file. */
  public enum Layout {
    /** {@code token<TAB>tag} lines, {@code -DOCSTART-} document separators. */
    TWO_COLUMN,
    /** UNER {@code .iob2}: {@code index<TAB>token<TAB>tag...}, {@code #} comments. */
    UNER;

    /** Guesses the layout from a file name: {@code .iob2} (optionally gzipped) means UNER. */
    public static Layout forFileName(String fileName) {
      String name = fileName.endsWith(".gz") ? fileName.substring(0, fileName.length() - 3) : fileName;
      return name.endsWith(".iob2") ? UNER : TWO_COLUMN;
    }
  }

  private NerCorpusReader() {}

  /** Reads a corpus file, guessing its layout from the file name (see {@link Layout#forFileName}). */
  public static List<NerDocument> read(Path file) throws IOException {
    checkNotNull(file, "corpus file");
    String name = file.getFileName().toString();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(reader, Layout.forFileName(name), name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad NER corpus file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a corpus from a reader.
   *
   * @param reader the text; not closed
   * @param layout its line layout
   * @param name a name used for document ids and error messages
   * @throws IllegalArgumentException naming the line number if a line is malformed
   */
  public static List<NerDocument> read(Reader reader, Layout layout, String name) throws IOException {
    checkNotNull(reader, "reader");
    checkNotNull(layout, "layout");
    checkNotNull(name, "name");
    Builder builder = new Builder(name);
    BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    String line;
    int lineNumber = 0;
    while ((line = lines.readLine()) != null) {
      lineNumber++;
      if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      try {
        if (layout == Layout.UNER) {
          readUnerLine(line, builder);
        } else {
          readTwoColumnLine(line, builder);
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + " line " + lineNumber + ": " + e.getMessage(), e);
      }
    }
    return builder.finish();
  }

  private static void readTwoColumnLine(String line, Builder builder) {
    if (line.isBlank()) {
      builder.endSentence();
      return;
    }
    if (line.startsWith("-DOCSTART-")) {
      builder.startDocument(null);
      return;
    }
    int tab = line.indexOf('\t');
    if (tab <= 0 || line.indexOf('\t', tab + 1) >= 0) {
      throw new IllegalArgumentException("expected 'token<TAB>tag' but got '" + line + "'");
    }
    builder.add(line.substring(0, tab), line.substring(tab + 1).trim());
  }

  private static void readUnerLine(String line, Builder builder) {
    if (line.isBlank()) {
      builder.endSentence();
      return;
    }
    if (line.startsWith("#")) {
      String comment = line.substring(1).trim();
      if (comment.startsWith("newdoc")) {
        int eq = comment.indexOf('=');
        builder.startDocument(eq >= 0 ? comment.substring(eq + 1).trim() : null);
      }
      return;
    }
    String[] fields = line.split("\t", -1);
    if (fields.length < 3) {
      throw new IllegalArgumentException("expected 'index<TAB>token<TAB>tag...' but got '" + line + "'");
    }
    builder.add(fields[1], fields[2].trim());
  }

  /** Accumulates tokens into sentences and sentences into documents. */
  private static final class Builder {
    private final String name;
    private final List<NerDocument> documents = new ArrayList<>();
    private List<NerSentence> sentences = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private String documentId;

    Builder(String name) {
      this.name = name;
    }

    void add(String token, String tag) {
      tokens.add(token);
      tags.add(tag);
    }

    void endSentence() {
      if (!tokens.isEmpty()) {
        sentences.add(NerSentence.repaired(tokens, tags));
        tokens.clear();
        tags.clear();
      }
    }

    void startDocument(String id) {
      endSentence();
      endDocument();
      documentId = id;
    }

    private void endDocument() {
      if (!sentences.isEmpty()) {
        String id = documentId != null ? documentId : name + "#" + (documents.size() + 1);
        documents.add(new NerDocument(id, sentences));
        sentences = new ArrayList<>();
      }
      documentId = null;
    }

    List<NerDocument> finish() {
      endSentence();
      endDocument();
      return ImmutableList.copyOf(documents);
    }
  }
}
