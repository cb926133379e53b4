package io.github.dossier.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dossier.Entity;
import io.github.dossier.EntityType;
import io.github.dossier.GeoPlace;
import io.github.dossier.Mention;
import io.github.dossier.index.EntityCount;
import io.github.dossier.index.EntityProfile;
import io.github.dossier.index.EntitySummary;
import io.github.dossier.index.Hit;
import io.github.dossier.index.SearchResults;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** The JSON shapes the CLI prints with {@code --json}. They are a contract: keep them stable. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  static String write(Object node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** {@code {"total": N, "hits": [{"id", "title", "score", "published", "source", "url", "snippet", "entities"}]}}. */
  static ObjectNode searchResults(SearchResults results) {
    ObjectNode root = object();
    root.put("total", results.total());
    ArrayNode hits = root.putArray("hits");
    for (Hit hit : results.hits()) {
      ObjectNode h = hits.addObject();
      h.put("id", hit.id());
      h.put("title", hit.title());
      h.put("score", hit.score());
      putOptional(h, "published", hit.published().map(Instant::toString));
      putOptional(h, "source", hit.source());
      putOptional(h, "url", hit.url());
      h.put("snippet", hit.snippet());
      ArrayNode entities = h.putArray("entities");
      for (EntitySummary e : hit.entities()) {
        ObjectNode en = entities.addObject();
        en.put("type", e.type().name());
        en.put("name", e.name());
        en.put("key", e.key());
        en.put("mentions", e.mentions());
      }
    }
    return root;
  }

  /** {@code {"type", "name", "key", "articles", "mentions"}}. */
  static ObjectNode entityCount(EntityCount c) {
    ObjectNode n = object();
    n.put("type", c.type().name());
    n.put("name", c.name());
    n.put("key", c.key());
    n.put("articles", c.articles());
    n.put("mentions", c.mentions());
    return n;
  }

  /**
   * {@code {"type": "PERSON", "name": ..., "mentions": [distinct forms in order], "count": N}}; a
   * resolved place adds {@code "key"} (its place id) and {@code "place"} (see {@link #place}).
   */
  static ObjectNode taggedEntity(Entity e) {
    ObjectNode n = object();
    n.put("type", e.type().name());
    n.put("name", e.name());
    ArrayNode forms = n.putArray("mentions");
    Set<String> seen = new LinkedHashSet<>();
    for (Mention m : e.mentions()) {
      seen.add(m.text());
    }
    seen.forEach(forms::add);
    n.put("count", e.mentionCount());
    if (e.place().isPresent()) {
      n.put("key", e.key());
      n.set("place", place(e.place().get()));
    }
    return n;
  }

  /**
   * {@code {"id", "geonameId" (or null), "name", "featureClass", "countryCode", "division": {"code",
   * "name"} or null, "latitude", "longitude", "enclosing": [ids], "aliases": [...]}}.
   */
  static ObjectNode place(GeoPlace p) {
    ObjectNode n = object();
    n.put("id", p.id());
    if (p.geonameId().isPresent()) {
      n.put("geonameId", p.geonameId().getAsLong());
    } else {
      n.putNull("geonameId");
    }
    n.put("name", p.name());
    n.put("featureClass", p.featureClass());
    n.put("countryCode", p.countryCode());
    if (p.divisionCode().isPresent()) {
      ObjectNode division = n.putObject("division");
      division.put("code", p.divisionCode().get());
      putOptional(division, "name", p.divisionName());
    } else {
      n.putNull("division");
    }
    n.put("latitude", p.latitude());
    n.put("longitude", p.longitude());
    ArrayNode enclosing = n.putArray("enclosing");
    p.enclosing().forEach(enclosing::add);
    ArrayNode aliases = n.putArray("aliases");
    p.aliases().forEach(aliases::add);
    return n;
  }

  /**
   * {@code {"type", "key", "name", "articles", "mentions", "aliases": [{"form", "count"}],
   * "firstSeen", "lastSeen" (ISO instants or null), "place": place or null, "descriptors":
   * [{"text", "count"}]}}.
   */
  static ObjectNode profile(EntityProfile p) {
    ObjectNode n = object();
    n.put("type", p.type().name());
    n.put("key", p.key());
    n.put("name", p.name());
    n.put("articles", p.articles());
    n.put("mentions", p.mentions());
    ArrayNode aliases = n.putArray("aliases");
    p.aliases().forEach((form, count) -> aliases.addObject().put("form", form).put("count", count));
    putOptional(n, "firstSeen", p.firstSeen().map(Instant::toString));
    putOptional(n, "lastSeen", p.lastSeen().map(Instant::toString));
    if (p.place().isPresent()) {
      n.set("place", place(p.place().get()));
    } else {
      n.putNull("place");
    }
    ArrayNode descriptors = n.putArray("descriptors");
    p.descriptors().forEach(
        (text, count) -> descriptors.addObject().put("text", text).put("count", count));
    return n;
  }

  static String typeName(EntityType type) {
    return type.name();
  }

  private static void putOptional(ObjectNode node, String field, Optional<String> value) {
    if (value.isPresent()) {
      node.put(field, value.get());
    } else {
      node.putNull(field);
    }
  }
}
