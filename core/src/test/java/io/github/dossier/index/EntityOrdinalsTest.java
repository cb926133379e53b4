package io.github.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dossier.Article;
import io.github.dossier.Entity;
import io.github.dossier.EntityType;
import io.github.dossier.Mention;
import io.github.dossier.Sentence;
import io.github.dossier.TaggedText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Entity counts over the global ordinals of the entity doc values, checked against counts made
 * from the articles' own entity lists: per key the articles naming it (once, even when an article
 * names it under two names) and per key and name the articles using that name.
 *
 * <p>The first segment holds 32 person values, so a set of one or two of its articles is counted
 * straight into the global arrays (fewer documents than a tenth of the ordinals) and a set of all
 * six through the per-segment array; the second segment is small.
 */
class EntityOrdinalsTest {
  private static final Map<String, List<String[]>> PEOPLE = new LinkedHashMap<>();

  static {
    List<String[]> many = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      many.add(new String[] {"p" + i, "Person " + (char) ('A' + i % 26) + i});
    }
    // segment 1
    PEOPLE.put("a", many);
    PEOPLE.put("b", List.of(new String[] {"k", "Kay One"}, new String[] {"k", "Kay Two"},
        new String[] {"p0", "Person A0"}));
    PEOPLE.put("e", List.<String[]>of(new String[] {"p0", "Person A0"}));
    PEOPLE.put("f", List.<String[]>of(new String[] {"p0", "P. A0"}));
    PEOPLE.put("g", List.<String[]>of(new String[] {"p0", "P. A0"}));
    PEOPLE.put("h", List.<String[]>of(new String[] {"p1", "Person B1"}));
    // segment 2
    PEOPLE.put("c", List.of(new String[] {"k", "Kay Two"}, new String[] {"k", "Kay One"}));
    PEOPLE.put("d", List.<String[]>of(new String[] {"p1", "Person B1"}));
  }

  private static Directory directory;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;
  private static final Map<String, Integer> DOCS = new HashMap<>();

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField(Analyzers.text(), Analyzers.names()))
        .setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (Map.Entry<String, List<String[]>> e : PEOPLE.entrySet()) {
        writer.addDocument(ArticleDocuments.toDocument(article(e.getKey()), tagged(e.getValue())));
        if (e.getKey().equals("h")) {
          writer.commit();
        }
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    StoredFields stored = reader.storedFields();
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      DOCS.put(stored.document(doc).get(Schema.ID), doc);
    }
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  private static Article article(String id) {
    return Article.builder(id, "Text of " + id + ".").build();
  }

  /** One entity per (key, name) pair, each mentioned once in a body of its own (offsets unused). */
  private static TaggedText tagged(List<String[]> people) {
    List<Entity> entities = new ArrayList<>();
    for (String[] p : people) {
      entities.add(new Entity(p[0], p[1], EntityType.PERSON, List.of(new Mention("Text", 0, 4, 0))));
    }
    return new TaggedText(List.of(new Sentence(0, 4)), entities);
  }

  private static FixedBitSet docs(String... ids) {
    FixedBitSet bits = new FixedBitSet(reader.maxDoc());
    for (String id : ids) {
      bits.set(DOCS.get(id));
    }
    return bits;
  }

  @Test
  void countsEachArticleOncePerKeyAndEachNameItUses() throws IOException {
    EntityOrdinals ordinals = EntityOrdinals.of(reader, EntityType.PERSON);
    for (String[] set : List.of(
        new String[] {"b"}, new String[] {"b", "c"}, new String[] {"a", "d"}, new String[] {"c"},
        new String[] {"a", "b", "e", "f", "g", "h", "c", "d"}, new String[] {"e", "f", "g", "h"},
        new String[] {})) {
      EntityOrdinals.Counts counts = ordinals.count(reader, docs(set));
      Map<String, Integer> articles = new TreeMap<>();
      for (int k = 0; k < ordinals.keyCount(); k++) {
        if (counts.articles[k] > 0) {
          articles.put(ordinals.keys[k], counts.articles[k]);
        }
      }
      assertEquals(expectedArticles(set), articles, String.join(",", set));
    }
  }

  @Test
  void anArticleNamingAKeyTwiceCountsOnceAndForBothNames() throws IOException {
    EntityOrdinals ordinals = EntityOrdinals.of(reader, EntityType.PERSON);
    int k = ordinals.keyId("k");
    EntityOrdinals.Counts both = ordinals.count(reader, docs("b", "c"));
    assertEquals(2, both.articles[k]);
    // each of the two articles uses both names: the tie goes to the first name
    assertEquals("Kay One", ordinals.displayName(reader.leaves(), k, both.ordCounts));
    int p0 = ordinals.keyId("p0");
    EntityOrdinals.Counts all = ordinals.count(reader, docs("a", "b", "e", "f", "g", "h", "c", "d"));
    assertEquals(5, all.articles[p0]);
    // "Person A0" in a, b and e; "P. A0" in f and g
    assertEquals("Person A0", ordinals.displayName(reader.leaves(), p0, all.ordCounts));
    EntityOrdinals.Counts fg = ordinals.count(reader, docs("f", "g", "e"));
    assertEquals("P. A0", ordinals.displayName(reader.leaves(), p0, fg.ordCounts));
  }

  @Test
  void ordinalCountsAgreeWithCountingPostings() throws IOException {
    for (String[] set : List.of(new String[] {"b"}, new String[] {"b", "c", "h"},
        new String[] {"a", "b", "e", "f", "g", "h", "c", "d"})) {
      FixedBitSet hits = docs(set);
      assertEquals(
          EntityStats.top(searcher, EntityType.PERSON, hits, 40, EntityStats.Strategy.POSTINGS),
          EntityStats.top(searcher, EntityType.PERSON, hits, 40, EntityStats.Strategy.ORDINALS),
          String.join(",", set));
    }
  }

  @Test
  void cardinalityCountsTheBitsOfARange() {
    FixedBitSet bits = new FixedBitSet(200);
    for (int i : new int[] {0, 1, 63, 64, 65, 127, 128, 190, 199}) {
      bits.set(i);
    }
    long[] words = bits.getBits();
    assertEquals(9, EntityOrdinals.cardinality(words, 0, 200));
    assertEquals(0, EntityOrdinals.cardinality(words, 2, 63));
    assertEquals(1, EntityOrdinals.cardinality(words, 2, 64));
    assertEquals(3, EntityOrdinals.cardinality(words, 63, 66));
    assertEquals(4, EntityOrdinals.cardinality(words, 64, 129));
    assertEquals(1, EntityOrdinals.cardinality(words, 199, 200));
    assertEquals(0, EntityOrdinals.cardinality(words, 5, 5));
  }

  /** Per key, the articles of {@code ids} naming it, from the articles' entity lists. */
  private static Map<String, Integer> expectedArticles(String[] ids) {
    Map<String, Integer> expected = new TreeMap<>();
    for (String id : ids) {
      Set<String> keys = new java.util.HashSet<>();
      for (String[] p : PEOPLE.get(id)) {
        keys.add(p[0]);
      }
      keys.forEach(key -> expected.merge(key, 1, Integer::sum));
    }
    return expected;
  }
}
