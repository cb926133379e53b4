package io.github.dossier.analyzers;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.dossier.Entity;
import io.github.dossier.EntityType;
import io.github.dossier.Mention;
import io.github.dossier.NameNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the mentions of one text into entities: the within-article name resolution step.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>Mentions of the same type whose names normalize equally ({@link NameNormalizer}: case,
 *       diacritics and typographic quotes do not matter) are one entity.
 *   <li>A person mention whose words occur as whole words, in the same order, in a longer person
 *       name of the text ("Putin" in "Vladimir Putin", "Vladimir" too, "Pedro Pierluisi" in "Pedro
 *       R. Pierluisi Urrutia") joins that longer name. If several
 *       longer names contain it ("Smith" with "John Smith" and "Jane Smith"), it joins the one
 *       mentioned nearest before it, or, if none is mentioned before it, the nearest after it.
 *       Names of places and organizations join only on equal normalized names.
 *   <li>An acronym in parentheses directly after an organization or place name whose capitalised
 *       words it abbreviates ("the Royal United Services Institute (RUSI)") joins that name.
 * </ol>
 *
 * <p>The entity's display name is the fullest form among its mentions (most words, then most
 * characters, preferring a form not written in all capitals; ties go to the earliest), its key
 * the normalized display name. Every mention ends up in exactly one entity; entities are ordered
 * by their first mention. Instances are stateless.
 */
final class NameResolver {

  private static final Set<String> ACRONYM_SKIP_WORDS = Set.of("of", "the", "and", "for", "on", "in", "&");

  private NameResolver() {}

  /** Resolves candidates (sorted by offset, not overlapping) of {@code text} into entities. */
  static ImmutableList<Entity> resolve(String text, List<Candidate> candidates) {
    checkNotNull(text, "text");
    checkNotNull(candidates, "candidates");
    int n = candidates.size();
    String[] keys = new String[n];
    String[][] words = new String[n][];
    for (int i = 0; i < n; i++) {
      keys[i] = NameNormalizer.normalize(candidates.get(i).text());
      words[i] = keys[i].split(" ");
    }
    int[] parent = new int[n];
    Arrays.setAll(parent, i -> i);

    // rule 2 (decided first): short person names join the longer name containing them
    int[] target = new int[n];
    Arrays.fill(target, -1);
    for (int i = 0; i < n; i++) {
      if (candidates.get(i).type() != EntityType.PERSON) {
        continue;
      }
      int best = -1;
      int bestDistance = Integer.MAX_VALUE;
      boolean bestBefore = false;
      for (int j = 0; j < n; j++) {
        if (candidates.get(j).type() != EntityType.PERSON
            || words[j].length <= words[i].length
            || !containsWords(words[j], words[i])) {
          continue;
        }
        boolean before = j < i;
        int distance = Math.abs(candidates.get(i).start() - candidates.get(j).start());
        if (best < 0 || (before && !bestBefore) || (before == bestBefore && distance < bestDistance)) {
          best = j;
          bestDistance = distance;
          bestBefore = before;
        }
      }
      target[i] = best;
    }
    for (int i = 0; i < n; i++) {
      if (target[i] >= 0) {
        union(parent, target[i], i);
      }
    }
    // rule 1: equal normalized names of the same type, for names that did not join a longer one
    // (two "Smith"s may belong to different longer names)
    Map<String, Integer> firstOfForm = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (target[i] >= 0) {
        continue;
      }
      Integer first = firstOfForm.putIfAbsent(candidates.get(i).type() + "\t" + keys[i], i);
      if (first != null) {
        union(parent, first, i);
      }
    }

    // rule 3: acronyms defined in parentheses
    for (int i = 0; i + 1 < n; i++) {
      Candidate name = candidates.get(i);
      Candidate acronym = candidates.get(i + 1);
      if (name.type() != EntityType.PERSON
          && text.substring(name.end(), acronym.start()).strip().equals("(")
          && acronym.end() < text.length() && text.charAt(acronym.end()) == ')'
          && acronym.text().equals(initials(name.text()))) {
        union(parent, i, i + 1);
      }
    }

    // build entities
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<Entity> entities = new ArrayList<>();
    Map<String, Integer> byKey = new HashMap<>();
    for (List<Integer> members : groups.values()) {
      int display = members.get(0);
      for (int m : members) {
        if (fuller(candidates.get(m).text(), words[m].length, candidates.get(display).text(), words[display].length)) {
          display = m;
        }
      }
      Candidate shown = candidates.get(display);
      EntityType type = shown.type();
      String name = shown.text();
      String key = NameNormalizer.normalize(name);
      List<Mention> mentions = new ArrayList<>();
      for (int m : members) {
        Candidate c = candidates.get(m);
        mentions.add(new Mention(c.text(), c.start(), c.end(), c.sentence()));
      }
      Integer existing = byKey.get(type + "\t" + key);
      if (existing != null) {
        Entity e = entities.get(existing);
        List<Mention> all = new ArrayList<>(e.mentions());
        all.addAll(mentions);
        all.sort(Comparator.comparingInt(Mention::start));
        entities.set(existing, new Entity(e.key(), e.name(), e.type(), all));
      } else {
        byKey.put(type + "\t" + key, entities.size());
        entities.add(new Entity(key, name, type, mentions));
      }
    }
    return ImmutableList.copyOf(entities);
  }

  /** Whether {@code a} (words, display text) is a fuller name than {@code b}. */
  private static boolean fuller(String a, int aWords, String b, int bWords) {
    if (aWords != bWords) {
      return aWords > bWords;
    }
    if (a.length() != b.length()) {
      return a.length() > b.length();
    }
    return WordLists.isAllCaps(b) && !WordLists.isAllCaps(a);
  }

  /**
   * Whether the words of {@code shorter} occur as whole words of {@code longer}, in the same order
   * ("Pedro Pierluisi" in "Pedro R. Pierluisi Urrutia").
   */
  static boolean containsWords(String[] longer, String[] shorter) {
    int j = 0;
    for (int i = 0; i < longer.length && j < shorter.length; i++) {
      if (longer[i].equals(shorter[j])) {
        j++;
      }
    }
    return j == shorter.length;
  }

  /** The initials of the capitalised words of {@code name}: "RUSI" for "Royal United Services Institute". */
  static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (w.isEmpty() || ACRONYM_SKIP_WORDS.contains(w)) {
        continue;
      }
      char c = w.charAt(0);
      if (!Character.isUpperCase(c)) {
        return "";
      }
      sb.append(c);
    }
    return sb.length() >= 2 ? sb.toString() : "";
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
