package io.github.dossier.index;

import io.github.dossier.Entity;
import io.github.dossier.EntityTagger;
import io.github.dossier.EntityType;
import io.github.dossier.Mention;
import io.github.dossier.NameNormalizer;
import io.github.dossier.Sentence;
import io.github.dossier.TaggedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic test tagger: knows a fixed list of entities, each with its canonical name and
 * the forms that refer to it, and finds every whole-word, case-sensitive occurrence of those forms
 * (longest first; a position is claimed by one mention only). Sentences end after '.', '!' or '?'
 * followed by white space.
 */
final class FakeTagger implements EntityTagger {
  private record Known(EntityType type, String name, List<String> forms) {}

  private final List<Known> known = new ArrayList<>();

  /** Knows a person named {@code name}, also referred to by {@code aliases}. */
  FakeTagger person(String name, String... aliases) {
    return add(EntityType.PERSON, name, aliases);
  }

  FakeTagger place(String name, String... aliases) {
    return add(EntityType.LOCATION, name, aliases);
  }

  FakeTagger org(String name, String... aliases) {
    return add(EntityType.ORGANIZATION, name, aliases);
  }

  private FakeTagger add(EntityType type, String name, String... aliases) {
    List<String> forms = new ArrayList<>();
    forms.add(name);
    forms.addAll(List.of(aliases));
    known.add(new Known(type, name, forms));
    return this;
  }

  @Override
  public TaggedText tag(String text) {
    List<Sentence> sentences = sentences(text);
    record Candidate(Known entity, String form, int start) {}
    List<Candidate> candidates = new ArrayList<>();
    for (Known k : known) {
      for (String form : k.forms()) {
        for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
          if (wordBoundary(text, i - 1) && wordBoundary(text, i + form.length())) {
            candidates.add(new Candidate(k, form, i));
          }
        }
      }
    }
    candidates.sort(
        Comparator.comparingInt((Candidate c) -> -c.form().length()).thenComparingInt(Candidate::start));
    boolean[] claimed = new boolean[text.length()];
    Map<Known, List<Mention>> mentions = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      int end = c.start() + c.form().length();
      boolean free = true;
      for (int i = c.start(); i < end; i++) {
        free &= !claimed[i];
      }
      if (free) {
        for (int i = c.start(); i < end; i++) {
          claimed[i] = true;
        }
        mentions
            .computeIfAbsent(c.entity(), k -> new ArrayList<>())
            .add(new Mention(c.form(), c.start(), end, sentenceOf(sentences, c.start())));
      }
    }
    List<Entity> entities = new ArrayList<>();
    for (Known k : known) {
      List<Mention> found = mentions.get(k);
      if (found != null) {
        found.sort(Comparator.comparingInt(Mention::start));
        entities.add(new Entity(NameNormalizer.normalize(k.name()), k.name(), k.type(), found));
      }
    }
    return new TaggedText(sentences, entities);
  }

  private static boolean wordBoundary(String text, int i) {
    return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
  }

  private static List<Sentence> sentences(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end = (c == '.' || c == '!' || c == '?')
          && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
      if (end) {
        sentences.add(new Sentence(start, i + 1));
        start = i + 1;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        i = start - 1;
      }
    }
    if (start < text.length()) {
      sentences.add(new Sentence(start, text.length()));
    }
    return sentences;
  }

  private static int sentenceOf(List<Sentence> sentences, int offset) {
    for (int i = 0; i < sentences.size(); i++) {
      if (offset < sentences.get(i).end()) {
        return i;
      }
    }
    return Math.max(0, sentences.size() - 1);
  }
}
