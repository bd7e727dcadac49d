package org.diplograph.graph;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * Resolution across articles, inside the writing transaction: a person already in the graph
 * under another form of the name (a middle name or patronymic more or less, other accents) and a
 * meeting already reported by another article (same participants and kind, a day apart at most)
 * keep their existing keys. Each merge is recorded with its rule.
 */
final class Resolver {

  /** A person's key, the given-name-and-surname key it was matched on, and the merge it made (or null). */
  record PersonKey(String id, String nameKey, String merge) {}

  private record Seen(List<String> ids, String kind, LocalDate date, String id) {}

  private final TransactionContext tx;
  /** What this transaction has resolved so far: a batch's articles see each other's people and meetings. */
  private final Map<String, String> people = new HashMap<>();
  private final List<Seen> meetings = new java.util.ArrayList<>();

  Resolver(TransactionContext tx) {
    this.tx = tx;
  }

  /** Loads, in two queries, the people and meetings of the graph that a batch's facts may resolve to. */
  void prefetch(List<org.diplograph.extract.Extraction> extractions) {
    java.util.Set<String> keys = new java.util.HashSet<>();
    java.util.Set<LocalDate> dates = new java.util.HashSet<>();
    for (var e : extractions) {
      e.persons().forEach(p -> {
        String key = nameKey(p.name());
        if (key != null) {
          keys.add(key);
        }
      });
      e.meetings().forEach(m -> {
        if (m.date() != null) {
          dates.add(m.date());
        }
      });
    }
    tx.run(Cypher.load("read/find-persons.cypher"), Map.of("nameKeys", List.copyOf(keys)))
        .forEachRemaining(r -> people.putIfAbsent(r.get("key").asString(), r.get("id").asString()));
    tx.run(Cypher.load("read/find-meetings.cypher"), Map.of("dates", List.copyOf(dates))).forEachRemaining(r -> {
      List<String> ids = new java.util.ArrayList<>(r.get("ids").asList(v -> v.asString()));
      java.util.Collections.sort(ids);
      meetings.add(new Seen(ids, r.get("kind").asString(), r.get("date").asLocalDate(), r.get("id").asString()));
    });
  }

  PersonKey person(String name) {
    String slug = Keys.slug(name);
    String nameKey = nameKey(name);
    if (nameKey == null) {
      return new PersonKey(slug, null, null);
    }
    String existing = people.computeIfAbsent(nameKey, k -> slug);
    return new PersonKey(existing, nameKey, existing.equals(slug) ? null : "same given name and surname: " + slug);
  }

  /** The id of the same meeting seen already (participants and kind, a day apart at most), or {@code fallback}. */
  String meeting(List<String> participantIds, LocalDate date, String kind, String fallback) {
    if (date == null) {
      return fallback;
    }
    List<String> sorted = new java.util.ArrayList<>(participantIds);
    java.util.Collections.sort(sorted);
    for (Seen seen : meetings) {
      if (seen.kind().equals(kind) && seen.ids().equals(sorted) && Math.abs(seen.date().toEpochDay() - date.toEpochDay()) <= 1) {
        return seen.id();
      }
    }
    meetings.add(new Seen(sorted, kind, date, fallback));
    return fallback;
  }

  /** "Kassym-Jomart Kemeluly Tokayev" and "Kassym-Jomart Tokayev" → "kassym-jomart|tokayev"; null for one word. */
  static String nameKey(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\s-]", "").strip();
    String[] words = folded.split("\\s+");
    return words.length < 2 ? null : words[0] + "|" + words[words.length - 1];
  }
}
