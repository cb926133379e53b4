package io.github.dossier.index;

import io.github.dossier.Entity;
import io.github.dossier.EntityType;
import io.github.dossier.GeoPlace;
import io.github.dossier.Mention;
import io.github.dossier.Sentence;
import io.github.dossier.TaggedText;
import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/** Builds {@link EntityProfile entity profiles} from the stored articles that name an entity. */
final class EntityProfiles {
  private EntityProfiles() {}

  /** The profile of the entity {@code name} identifies (its key, canonical name or any form). */
  static Optional<EntityProfile> profile(IndexSearcher searcher, EntityType type, String name)
      throws IOException {
    Optional<EntityId> id = byKey(searcher, type, name);
    if (id.isEmpty()) {
      id = EntityStats.lookup(searcher, type, name).map(EntityInfo::id);
    }
    if (id.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(profile(searcher, id.get()));
  }

  /** The entity whose key is exactly {@code name} (such as a place id), named in most articles. */
  static Optional<EntityId> byKey(IndexSearcher searcher, EntityType type, String name)
      throws IOException {
    Optional<EntityId> best = Optional.empty();
    int bestCount = 0;
    for (EntityType t : type == null ? EntityType.values() : new EntityType[] {type}) {
      int count = searcher.count(new TermQuery(new Term(Schema.keys(t), name.trim())));
      if (count > bestCount) {
        best = Optional.of(new EntityId(t, name.trim()));
        bestCount = count;
      }
    }
    return best;
  }

  private static EntityProfile profile(IndexSearcher searcher, EntityId id) throws IOException {
    Profile profile = new Profile(id);
    StoredMatches.forEach(searcher, new TermQuery(new Term(Schema.keys(id.type()), id.key())),
        profile::add);
    return profile.build();
  }

  /** What the articles naming one entity say of it, gathered article by article. */
  private static final class Profile {
    private final EntityId id;
    private long articles;
    private long mentions;
    private final Map<String, Long> names = new HashMap<>();
    private final Map<String, Long> forms = new HashMap<>();
    private final Map<String, Long> descriptors = new HashMap<>();
    private Instant first;
    private Instant last;
    private GeoPlace place;

    Profile(EntityId id) {
      this.id = id;
    }

    void add(Document document) throws IOException {
      String body = document.get(Schema.BODY);
      TaggedText tagged = ArticleDocuments.tagged(document);
      articles++;
      Optional<Instant> published = ArticleDocuments.published(document);
      if (published.isPresent()) {
        Instant p = published.get();
        first = first == null || p.isBefore(first) ? p : first;
        last = last == null || p.isAfter(last) ? p : last;
      }
      for (Entity e : tagged.entities(id.type())) {
        if (!e.key().equals(id.key())) {
          continue;
        }
        names.merge(e.name(), 1L, Long::sum);
        if (place == null && e.place().isPresent()) {
          place = e.place().get();
        }
        for (Mention m : e.mentions()) {
          mentions++;
          forms.merge(m.text(), 1L, Long::sum);
          if (body != null) {
            int sentenceStart = sentenceStart(tagged.sentences(), m);
            Descriptors.before(body, sentenceStart, m.start())
                .ifPresent(d -> descriptors.merge(d, 1L, Long::sum));
          }
        }
      }
    }

    EntityProfile build() {
      String name = mostFrequent(names).keySet().stream().findFirst().orElse(id.key());
      return new EntityProfile(id.type(), id.key(), name, articles, mentions, mostFrequent(forms),
          Optional.ofNullable(first), Optional.ofNullable(last), Optional.ofNullable(place),
          mostFrequent(descriptors));
    }
  }

  private static int sentenceStart(List<Sentence> sentences, Mention m) {
    if (m.sentence() < sentences.size()) {
      Sentence s = sentences.get(m.sentence());
      if (s.start() <= m.start()) {
        return s.start();
      }
    }
    return 0;
  }

  /** The counts ordered most frequent first, ties by text. */
  private static Map<String, Long> mostFrequent(Map<String, Long> counts) {
    Map<String, Long> out = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
