package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.dossier.Entity;
import io.github.dossier.EntityType;
import io.github.dossier.Mention;
import io.github.dossier.NameNormalizer;
import io.github.dossier.Sentence;
import io.github.dossier.TaggedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user's corrections to the entities of an index: merges, splits, renames, names the tagger
 * missed, and junk to block. Apply it with {@link ArticleIndex#applyCuration}; the index keeps it
 * in its commit and applies it to every article added later.
 *
 * <p>The alias file is UTF-8 text, one directive per line; blank lines and lines starting with
 * {@code #} are ignored. {@code TYPE} is {@code person}, {@code place} or {@code org}; a NAME is
 * an entity key ({@code geonames:703448}), canonical name or any form an article uses for it,
 * compared after {@link NameNormalizer normalization}:
 *
 * <pre>
 * merge person: Zelensky = Volodymyr Zelenskyy        # the first entity joins the second
 * rename person: volodymyr zelenskyy -> Volodymyr Zelenskyy   # new display name, same key
 * split person: John Smith | J. Smith -> Jane Smith   # mentions written "J. Smith" become Jane Smith
 * add person "Steve Witkoff": Witkoff, Steven Witkoff # names the tagger misses (whole words, exact case)
 * block org: Getty Images                             # never index this entity
 * block: Reuters                                      # ... of any type
 * </pre>
 *
 * <p>In each article the directives run in this order: {@code add}, {@code split}, {@code merge},
 * {@code rename}, {@code block}; entities of one type that end with one key become one entity.
 * A merge target and an added name take the key the index already gives that entity (so a merge
 * into "Volodymyr Zelenskyy" joins his existing entity), else their normalized name.
 *
 * <p>Instances are immutable.
 */
public final class Curation {
  private static final Pattern MERGE =
      Pattern.compile("merge\\s+(\\w+)\\s*:\\s*(.+?)\\s*=\\s*(.+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern RENAME =
      Pattern.compile("rename\\s+(\\w+)\\s*:\\s*(.+?)\\s*->\\s*(.+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPLIT = Pattern.compile(
      "split\\s+(\\w+)\\s*:\\s*(.+?)\\s*\\|\\s*(.+?)\\s*->\\s*(.+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ADD = Pattern.compile(
      "add\\s+(\\w+)\\s+\"([^\"]+)\"\\s*:\\s*(.+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern BLOCK =
      Pattern.compile("block(?:\\s+(\\w+))?\\s*:\\s*(.+)", Pattern.CASE_INSENSITIVE);

  /** One parsed directive. {@code type} is null for a block of any type. */
  record Directive(Kind kind, EntityType type, String name, String target, String form,
      List<String> aliases) {}

  enum Kind { ADD, SPLIT, MERGE, RENAME, BLOCK }

  private static final Curation EMPTY = new Curation("", List.of());

  private final String text;
  private final List<Directive> directives;

  private Curation(String text, List<Directive> directives) {
    this.text = text;
    this.directives = ImmutableList.copyOf(directives);
  }

  /** The curation with no directive. */
  public static Curation empty() {
    return EMPTY;
  }

  /**
   * Parses an alias file's text.
   *
   * @throws IllegalArgumentException naming the line number and what is wrong with it
   */
  public static Curation parse(String text) {
    checkNotNull(text, "text");
    List<Directive> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = stripComment(lines[i]).strip();
      if (line.isEmpty()) {
        continue;
      }
      out.add(directive(line, i + 1));
    }
    return out.isEmpty() ? EMPTY : new Curation(text, out);
  }

  /**
   * Reads and parses an alias file.
   *
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException naming the file, line and problem
   */
  public static Curation read(Path file) throws IOException {
    checkNotNull(file, "file");
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /** The text this curation was parsed from, as stored with the index. */
  public String text() {
    return text;
  }

  /** Whether this curation has no directive. */
  public boolean isEmpty() {
    return directives.isEmpty();
  }

  /** How many directives it has. */
  public int size() {
    return directives.size();
  }

  List<Directive> directives() {
    return directives;
  }

  private static String stripComment(String line) {
    // '#' starts a comment at the line start or after white space (not inside a name like "C#")
    Matcher m = Pattern.compile("(^|\\s)#").matcher(line);
    return m.find() ? line.substring(0, m.start()) : line;
  }

  private static Directive directive(String line, int number) {
    Matcher m;
    if ((m = SPLIT.matcher(line)).matches()) {
      return new Directive(Kind.SPLIT, type(m.group(1), number), m.group(2), m.group(4),
          m.group(3), List.of());
    }
    if ((m = MERGE.matcher(line)).matches()) {
      return new Directive(Kind.MERGE, type(m.group(1), number), m.group(2), m.group(3), null,
          List.of());
    }
    if ((m = RENAME.matcher(line)).matches()) {
      return new Directive(Kind.RENAME, type(m.group(1), number), m.group(2), m.group(3), null,
          List.of());
    }
    if ((m = ADD.matcher(line)).matches()) {
      List<String> aliases = new ArrayList<>();
      aliases.add(m.group(2).strip());
      for (String alias : m.group(3).split(",")) {
        if (!alias.isBlank() && !aliases.contains(alias.strip())) {
          aliases.add(alias.strip());
        }
      }
      return new Directive(Kind.ADD, type(m.group(1), number), m.group(2).strip(), null, null,
          aliases);
    }
    if ((m = BLOCK.matcher(line)).matches()) {
      EntityType type = m.group(1) == null ? null : type(m.group(1), number);
      return new Directive(Kind.BLOCK, type, m.group(2), null, null, List.of());
    }
    throw new IllegalArgumentException("line " + number + ": cannot read '" + line
        + "'; expected merge TYPE: A = B, rename TYPE: NAME -> DISPLAY, split TYPE: NAME | FORM"
        + " -> NEW, add TYPE \"NAME\": ALIAS, ... or block [TYPE]: NAME");
  }

  private static EntityType type(String word, int number) {
    return EntityType.parse(word).orElseThrow(() -> new IllegalArgumentException(
        "line " + number + ": unknown entity type '" + word + "'; use person, place or org"));
  }

  /**
   * The entities of one article after this curation.
   *
   * @param body the article body the mentions point into
   * @param tagged the article's entities as the tagger found them
   * @param keyOf the key and display name the index gives the entity of a type and name, if any
   */
  TaggedText apply(String body, TaggedText tagged,
      BiFunction<EntityType, String, Optional<String[]>> keyOf) {
    if (directives.isEmpty()) {
      return tagged;
    }
    List<Entity> entities = new ArrayList<>(tagged.entities());
    for (Kind kind : Kind.values()) {
      for (Directive d : directives) {
        if (d.kind() == kind) {
          entities = apply(d, body, tagged.sentences(), entities, keyOf);
        }
      }
    }
    Map<String, Entity> byKey = new LinkedHashMap<>();
    for (Entity e : entities) {
      byKey.merge(e.type() + "\u0000" + e.key(), e, Curation::merge);
    }
    return new TaggedText(tagged.sentences(), List.copyOf(byKey.values()));
  }

  private static List<Entity> apply(Directive d, String body, List<Sentence> sentences,
      List<Entity> entities, BiFunction<EntityType, String, Optional<String[]>> keyOf) {
    List<Entity> out = new ArrayList<>(entities.size() + 1);
    switch (d.kind()) {
      case BLOCK -> {
        for (Entity e : entities) {
          if (!matches(e, d.type(), d.name())) {
            out.add(e);
          }
        }
      }
      case RENAME -> {
        for (Entity e : entities) {
          out.add(matches(e, d.type(), d.name())
              ? new Entity(e.key(), d.target(), e.type(), e.mentions(), e.place()) : e);
        }
      }
      case MERGE -> {
        Optional<Entity> into = entities.stream()
            .filter(e -> matches(e, d.type(), d.target())).findFirst();
        String[] target = into.map(e -> new String[] {e.key(), e.name()})
            .or(() -> keyOf.apply(d.type(), d.target()))
            .orElse(new String[] {NameNormalizer.normalize(d.target()), d.target()});
        for (Entity e : entities) {
          boolean from = matches(e, d.type(), d.name()) && !matches(e, d.type(), d.target());
          out.add(from ? new Entity(target[0], target[1], e.type(), e.mentions(),
              into.flatMap(Entity::place).or(e::place)) : e);
        }
      }
      case SPLIT -> {
        String form = NameNormalizer.normalize(d.form());
        for (Entity e : entities) {
          if (!matches(e, d.type(), d.name())) {
            out.add(e);
            continue;
          }
          List<Mention> stay = new ArrayList<>();
          List<Mention> leave = new ArrayList<>();
          for (Mention m : e.mentions()) {
            (NameNormalizer.normalize(m.text()).equals(form) ? leave : stay).add(m);
          }
          if (!stay.isEmpty()) {
            out.add(new Entity(e.key(), e.name(), e.type(), stay, e.place()));
          }
          if (!leave.isEmpty()) {
            String[] target = keyOf.apply(d.type(), d.target())
                .orElse(new String[] {NameNormalizer.normalize(d.target()), d.target()});
            out.add(new Entity(target[0], d.target(), e.type(), leave));
          }
        }
      }
      case ADD -> {
        out.addAll(entities);
        boolean[] taken = new boolean[body.length()];
        for (Entity e : entities) {
          for (Mention m : e.mentions()) {
            for (int i = m.start(); i < m.end() && i < taken.length; i++) {
              taken[i] = true;
            }
          }
        }
        List<Mention> found = new ArrayList<>();
        List<String> aliases = new ArrayList<>(d.aliases());
        aliases.sort(Comparator.comparingInt(String::length).reversed());
        for (String alias : aliases) {
          Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(alias)
              + "(?![\\p{L}\\p{N}])").matcher(body);
          while (m.find()) {
            boolean free = true;
            for (int i = m.start(); i < m.end(); i++) {
              free &= !taken[i];
            }
            if (free) {
              for (int i = m.start(); i < m.end(); i++) {
                taken[i] = true;
              }
              found.add(new Mention(alias, m.start(), m.end(), sentenceOf(sentences, m.start())));
            }
          }
        }
        if (!found.isEmpty()) {
          found.sort(Comparator.comparingInt(Mention::start));
          Optional<Entity> existing = entities.stream()
              .filter(e -> matches(e, d.type(), d.name())).findFirst();
          String[] target = existing.map(e -> new String[] {e.key(), e.name()})
              .or(() -> keyOf.apply(d.type(), d.name()))
              .orElse(new String[] {NameNormalizer.normalize(d.name()), d.name()});
          out.add(new Entity(target[0], target[1], d.type(), found));
        }
      }
      default -> throw new IllegalStateException("unknown directive " + d.kind());
    }
    return out;
  }

  /** Whether {@code e} is of {@code type} (any if null) and named {@code name}. */
  static boolean matches(Entity e, EntityType type, String name) {
    if (type != null && e.type() != type) {
      return false;
    }
    String trimmed = name.strip();
    if (e.key().equals(trimmed)) {
      return true;
    }
    String normalized = NameNormalizer.normalize(trimmed);
    if (normalized.isEmpty()) {
      return false;
    }
    if (e.key().equals(normalized) || NameNormalizer.normalize(e.name()).equals(normalized)) {
      return true;
    }
    for (Mention m : e.mentions()) {
      if (NameNormalizer.normalize(m.text()).equals(normalized)) {
        return true;
      }
    }
    return false;
  }

  private static Entity merge(Entity first, Entity second) {
    List<Mention> mentions = new ArrayList<>(first.mentions());
    for (Mention m : second.mentions()) {
      if (!mentions.contains(m)) {
        mentions.add(m);
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::start));
    return new Entity(first.key(), first.name(), first.type(), mentions,
        first.place().or(second::place));
  }

  private static int sentenceOf(List<Sentence> sentences, int offset) {
    for (int i = 0; i < sentences.size(); i++) {
      if (offset < sentences.get(i).end()) {
        return i;
      }
    }
    return Math.max(0, sentences.size() - 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Curation other && other.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return "Curation(" + directives.size() + " directives)";
  }
}
