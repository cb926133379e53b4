package io.github.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.Article;
import io.github.dossier.EntityType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Readers searching while writers add and commit. */
class ConcurrencyTest {
  @TempDir Path dir;

  private static Article wire(int i) {
    return Article.builder(
            "wire-" + i,
            "Wire report " + i + ": Volodymyr Zelenskyy spoke with officials in Kyiv about grain"
                + " exports through Odesa. Zelenskyy said shipments would resume.")
        .title("Grain exports, report " + i)
        .source("Wire")
        .published(Instant.parse("2025-12-01T00:00:00Z").plusSeconds(3600L * i))
        .build();
  }

  @Test
  @Timeout(60)
  void readersSeeMonotonicCountsWhileAWriterAddsAndCommits() throws Exception {
    int articles = 200;
    List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger reads = new AtomicInteger();
    try (ArticleIndex index = ArticleIndex.open(dir, News.tagger())) {
      Thread writer =
          new Thread(() -> {
            try {
              for (int i = 0; i < articles; i++) {
                index.add(wire(i));
                if (i % 25 == 24) {
                  index.commit();
                }
              }
            } catch (Throwable t) {
              errors.add(t);
            } finally {
              writing.set(false);
            }
          });
      List<Thread> readers = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        readers.add(new Thread(() -> {
          long lastTotal = 0;
          long lastSize = 0;
          long lastArticles = 0;
          try {
            while (writing.get() || reads.get() < 30) {
              long total = index.search("grain person:zelenskyy", 3).total();
              long size = index.size();
              List<EntityCount> top = index.topEntities(EntityType.PERSON, "place:odesa", 1);
              long tagged = top.isEmpty() ? 0 : top.get(0).articles();
              assertTrue(total >= lastTotal, "search total went back from " + lastTotal + " to " + total);
              assertTrue(size >= lastSize, "size went back from " + lastSize + " to " + size);
              assertTrue(tagged >= lastArticles, "entity count went back");
              lastTotal = total;
              lastSize = size;
              lastArticles = tagged;
              reads.incrementAndGet();
            }
          } catch (Throwable t) {
            errors.add(t);
          }
        }));
      }
      writer.start();
      readers.forEach(Thread::start);
      writer.join();
      for (Thread t : readers) {
        t.join();
      }
      assertEquals(List.of(), errors);
      assertEquals(articles, index.size());
      assertEquals(articles, index.search("grain", 0).total());
      EntityCount zelenskyy = index.topEntities(EntityType.PERSON, null, 1).get(0);
      assertEquals(articles, zelenskyy.articles());
      assertEquals(2L * articles, zelenskyy.mentions());
      assertTrue(reads.get() >= 30);
    }
  }

  @Test
  @Timeout(60)
  void concurrentWritersOfTheSameIdsAddEachOnce() throws Exception {
    int ids = 60;
    ConcurrentHashMap<IndexResult, AtomicInteger> results = new ConcurrentHashMap<>();
    List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
    try (ArticleIndex index = ArticleIndex.open(dir, News.tagger())) {
      List<Thread> writers = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        writers.add(new Thread(() -> {
          try {
            for (int i = 0; i < ids; i++) {
              IndexResult r = index.add(wire(i));
              results.computeIfAbsent(r, k -> new AtomicInteger()).incrementAndGet();
            }
          } catch (Throwable t) {
            errors.add(t);
          }
        }));
      }
      writers.forEach(Thread::start);
      for (Thread t : writers) {
        t.join();
      }
      assertEquals(List.of(), errors);
      assertEquals(ids, results.get(IndexResult.ADDED).get());
      assertEquals(ids, results.get(IndexResult.UPDATED).get());
      assertEquals(ids, index.size());
    }
  }
}
