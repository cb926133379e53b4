package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.dossier.Entity;
import io.github.dossier.EntityType;
import io.github.dossier.Mention;
import io.github.dossier.TaggedText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Cross-article resolution of people: gives a person named by surname alone, in an article that
 * never uses a fuller name, the key of the one person of the index with that surname, and keeps
 * keys stable when a fuller name arrives later.
 *
 * <p>Within one article the tagger already joins "Trump" to the "Donald Trump" the article names
 * (a bare surname joins whichever full name that article used). What is left for the index is the
 * article that only ever says "Zelenskyy". The rules, on entity keys (lower-case words, the last
 * one the surname, ignoring "jr", "sr", "ii", "iii", "iv"):
 *
 * <ol>
 *   <li><b>A bare surname</b> {@code s} keeps its key if the index already has an entity keyed
 *       {@code s}, or if at least as many known full names start with {@code s} as end with it
 *       ("David", "James" and "Joe" alone are first names more often than surnames). Otherwise, if the index knows people with full names ending in {@code s}, it
 *       joins the one named in most articles, provided that one is named in at least twice as many
 *       articles as any other (so one "Zelenskyy" joins "Volodymyr Zelenskyy", and a "Trump" joins
 *       "Donald Trump" when he dominates, but a surname shared by two comparably known people stays
 *       an entity of its own). The joined entity takes that person's key and display name; its
 *       mentions keep the text as written.
 *   <li><b>A full name</b> {@code f} whose surname {@code s} is the key of a bare-surname entity
 *       already indexed, when no other full name with that surname is known and no full name has
 *       claimed {@code s} yet, <em>claims</em> {@code s} (unless {@code s} is also the first word of a known full name): it is indexed under the existing key
 *       {@code s} (whose display name becomes the full name as more articles use it), and every
 *       later article naming {@code f} gets key {@code s} too. A key therefore never changes when
 *       a later article brings a fuller name. Full names already indexed under their own key keep
 *       it.
 *   <li>Different people who share a surname stay apart: "Melania Trump" never takes the key of
 *       "Donald Trump" (only a bare surname can be claimed, and only once).
 * </ol>
 *
 * <p>The claims ({@code f → s}) are stored in the commit user data with the articles they shaped;
 * everything else is read back from the index's person keys when it is opened. Counts of articles
 * are those of the index when opened plus the articles added since (deletions are not
 * subtracted); they only break ties between namesakes.
 *
 * <p>Not thread-safe: used under the index's write lock.
 */
final class KnownPeople {

  /** Commit user-data key of the claims: lines of {@code fullKey TAB surnameKey}. */
  static final String USER_DATA_KEY = "dossier.person-aliases";

  private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

  /** Article counts of every person key known. */
  private final Map<String, Integer> articles = new HashMap<>();
  /** Full-name keys (two or more words) by surname. */
  private final Map<String, List<String>> fullNamesBySurname = new HashMap<>();
  /** How many full-name keys start with each word: words used as first names. */
  private final Map<String, Integer> firstWords = new HashMap<>();
  /** A display name of every full-name key. */
  private final Map<String, String> names = new HashMap<>();
  /** Claims: full-name key → the bare-surname key it is indexed under. */
  private final Map<String, String> claims = new TreeMap<>();
  /** The claimed bare-surname keys. */
  private final Map<String, String> claimedBy = new HashMap<>();

  private KnownPeople() {}

  /** An empty registry, for a new index. */
  static KnownPeople empty() {
    return new KnownPeople();
  }

  /**
   * The people of {@code reader}'s person keys and display names, with the claims stored in the
   * commit user data ({@code stored}, null if none).
   */
  static KnownPeople load(IndexReader reader, String stored) throws IOException {
    KnownPeople people = new KnownPeople();
    parseClaims(stored).forEach(people::claim);
    Terms keys = MultiTerms.getTerms(reader, Schema.keys(EntityType.PERSON));
    if (keys != null) {
      TermsEnum te = keys.iterator();
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        people.articles.merge(term.utf8ToString(), te.docFreq(), Integer::sum);
      }
    }
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedSetDocValues values = leaf.reader().getSortedSetDocValues(Schema.facet(EntityType.PERSON));
      if (values == null) {
        continue;
      }
      TermsEnum te = values.termsEnum();
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        String value = term.utf8ToString();
        int sep = value.indexOf(Schema.KEY_NAME_SEPARATOR);
        if (sep > 0) {
          String key = value.substring(0, sep);
          String name = value.substring(sep + 1);
          people.learn(key, name);
          String full = people.claimedBy.get(key);
          if (full != null && name.contains(" ")) {
            people.names.putIfAbsent(full, name);
          }
        }
      }
    }
    for (String key : people.articles.keySet()) {
      people.learn(key, null);
    }
    return people;
  }

  /** The claims stored as {@link #userData}: full-name key → surname key; empty for null. */
  static Map<String, String> parseClaims(String stored) {
    Map<String, String> claims = new HashMap<>();
    if (stored != null) {
      for (String line : stored.split("\n")) {
        if (line.isEmpty()) {
          continue;
        }
        int tab = line.indexOf('\t');
        checkArgument(tab > 0, "malformed person alias in the index's commit data: '%s'", line);
        claims.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }
    return Map.copyOf(claims);
  }

  /** The claims, in the form {@link #load} reads; empty if there are none. */
  String userData() {
    StringBuilder out = new StringBuilder();
    claims.forEach((full, surname) -> out.append(full).append('\t').append(surname).append('\n'));
    return out.toString();
  }

  /**
   * {@code tagged} with its people keyed across articles by the rules above, and the registry
   * updated with them; other entities unchanged. Returns {@code tagged} itself if nothing changed.
   */
  TaggedText resolve(TaggedText tagged) {
    List<Entity> entities = new ArrayList<>(tagged.entities().size());
    boolean changed = false;
    for (Entity e : tagged.entities()) {
      Entity resolved = e.type() == EntityType.PERSON ? resolve(e) : e;
      changed |= resolved != e;
      entities.add(resolved);
    }
    List<Entity> result = changed ? merged(entities) : entities;
    for (Entity e : result) {
      if (e.type() == EntityType.PERSON) {
        register(e);
      }
    }
    return changed ? new TaggedText(tagged.sentences(), result) : tagged;
  }

  private Entity resolve(Entity e) {
    String key = e.key();
    String surname = surname(key);
    if (surname.isEmpty()) {
      return e;
    }
    if (surname.equals(key)) {
      if (articles.containsKey(key) || claimedBy.containsKey(key)) {
        return e;
      }
      List<String> namesakes = fullNamesBySurname.getOrDefault(surname, List.of());
      if (firstWords.getOrDefault(surname, 0) >= namesakes.size()) {
        return e; // "David" alone is more often a first name than a surname
      }
      String best = dominant(namesakes);
      if (best == null) {
        return e;
      }
      String owner = claims.getOrDefault(best, best);
      return new Entity(owner, names.getOrDefault(best, e.name()), e.type(), e.mentions());
    }
    String claimed = claims.get(key);
    if (claimed != null) {
      return e.withKey(claimed);
    }
    if (articles.containsKey(key)) {
      return e;
    }
    boolean bareKnown = articles.containsKey(surname) && !claimedBy.containsKey(surname);
    boolean namesake = !fullNamesBySurname.getOrDefault(surname, List.of()).isEmpty();
    boolean firstName = firstWords.containsKey(surname);
    if (bareKnown && !namesake && !firstName) {
      claim(key, surname);
      learn(key, e.name());
      return e.withKey(surname);
    }
    return e;
  }

  /** The full-name key in most articles, if it is in at least twice as many as any other. */
  private String dominant(List<String> candidates) {
    String best = null;
    int bestCount = -1;
    int second = 0;
    for (String c : candidates) {
      int n = articles.getOrDefault(claims.getOrDefault(c, c), 0);
      if (n > bestCount) {
        second = Math.max(second, bestCount);
        best = c;
        bestCount = n;
      } else {
        second = Math.max(second, n);
      }
    }
    return best != null && bestCount > 0 && bestCount >= 2 * second ? best : null;
  }

  private void claim(String full, String surname) {
    claims.put(full, surname);
    claimedBy.put(surname, full);
    learn(full, null);
  }

  private void register(Entity e) {
    articles.merge(e.key(), 1, Integer::sum);
    learn(e.key(), e.name());
  }

  /** Records {@code key} (and its display name, if given) as a full name if it has two words. */
  private void learn(String key, String name) {
    String surname = surname(key);
    if (surname.isEmpty() || surname.equals(key)) {
      return;
    }
    List<String> list = fullNamesBySurname.computeIfAbsent(surname, s -> new ArrayList<>(1));
    if (!list.contains(key)) {
      list.add(key);
      firstWords.merge(key.substring(0, key.indexOf(' ')), 1, Integer::sum);
    }
    if (name != null) {
      names.putIfAbsent(key, name);
    }
  }

  /**
   * The last word of {@code key} that is not a generational suffix; the key itself for one word;
   * empty if it has none.
   */
  static String surname(String key) {
    String[] words = key.strip().split(" ");
    for (int i = words.length - 1; i >= 0; i--) {
      if (!words[i].isEmpty() && !SUFFIXES.contains(words[i])) {
        return i == 0 && words.length > 1 ? "" : words[i];
      }
    }
    return "";
  }

  /** Entities of one type that ended up with one key, merged (mentions in text order). */
  private static List<Entity> merged(List<Entity> entities) {
    Map<String, Entity> byKey = new LinkedHashMap<>();
    for (Entity e : entities) {
      byKey.merge(e.type() + "\u0000" + e.key(), e, (a, b) -> {
        List<Mention> mentions = new ArrayList<>(a.mentions());
        mentions.addAll(b.mentions());
        mentions.sort(Comparator.comparingInt(Mention::start));
        String name = a.name().contains(" ") || !b.name().contains(" ") ? a.name() : b.name();
        return new Entity(a.key(), name, a.type(), mentions, a.place().or(b::place));
      });
    }
    return ImmutableList.copyOf(byKey.values());
  }
}
