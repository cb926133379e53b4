package io.github.dossier.index;

import io.github.dossier.EntityType;
import io.github.dossier.NameNormalizer;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The keys of the entities whose display name, in some article, normalizes to a given name: so
 * that {@code person:"Volodymyr Zelenskyy"} also finds the article that spelt him "Volodymyr
 * Zelensky" (one key), and the article that only said "Zelenskyy" and was joined to him.
 *
 * <p>Read from the {@code key U+001F name} doc values of each segment, built once per segment and
 * type and cached until the segment is closed (segments never change, so a refresh rebuilds only
 * new ones). Thread-safe.
 */
final class EntityNameKeys {
  private static final Map<IndexReader.CacheKey, Map<String, String[]>[]> CACHE =
      new ConcurrentHashMap<>();

  private EntityNameKeys() {}

  /** The keys of {@code type} whose display name normalizes to {@code normalized}; sorted. */
  static Set<String> keysNamed(IndexReader reader, EntityType type, String normalized)
      throws IOException {
    Set<String> keys = new TreeSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      String[] found = forLeaf(leaf.reader(), type).get(normalized);
      if (found != null) {
        keys.addAll(Arrays.asList(found));
      }
    }
    return keys;
  }

  private static Map<String, String[]> forLeaf(LeafReader reader, EntityType type)
      throws IOException {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) {
      return build(reader, type);
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    Map<String, String[]>[] perType = CACHE.computeIfAbsent(helper.getKey(), k -> {
      helper.addClosedListener(CACHE::remove);
      return new Map[EntityType.values().length];
    });
    synchronized (perType) {
      Map<String, String[]> map = perType[type.ordinal()];
      if (map == null) {
        map = build(reader, type);
        perType[type.ordinal()] = map;
      }
      return map;
    }
  }

  private static Map<String, String[]> build(LeafReader reader, EntityType type)
      throws IOException {
    SortedSetDocValues values = reader.getSortedSetDocValues(Schema.facet(type));
    if (values == null) {
      return Map.of();
    }
    Map<String, String[]> map = new HashMap<>();
    TermsEnum te = values.termsEnum();
    for (BytesRef term = te.next(); term != null; term = te.next()) {
      String value = term.utf8ToString();
      int sep = value.indexOf(Schema.KEY_NAME_SEPARATOR);
      if (sep <= 0) {
        continue;
      }
      String key = value.substring(0, sep);
      String name = NameNormalizer.normalize(value.substring(sep + 1));
      map.merge(name, new String[] {key}, (a, b) -> {
        for (String k : a) {
          if (k.equals(b[0])) {
            return a;
          }
        }
        String[] both = Arrays.copyOf(a, a.length + 1);
        both[a.length] = b[0];
        return both;
      });
    }
    return map;
  }
}
