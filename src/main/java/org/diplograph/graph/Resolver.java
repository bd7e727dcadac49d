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

  PersonKey person(String name) {
    String slug = Keys.slug(name);
    String nameKey = nameKey(name);
    if (nameKey == null) {
      return new PersonKey(slug, null, null);
    }
    String existing = people.get(nameKey);
    if (existing == null) {
      var found = tx.run(Cypher.load("read/find-person.cypher"), Map.of("nameKey", nameKey)).list(r -> r.get("id").asString());
      existing = found.isEmpty() ? slug : found.get(0);
      people.put(nameKey, existing);
    }
    return new PersonKey(existing, nameKey, existing.equals(slug) ? null : "same given name and surname: " + slug);
  }

  String meeting(List<String> participantIds, LocalDate date, String kind, String fallback) {
    if (date == null) {
      return fallback;
    }
    for (Seen seen : meetings) {
      if (seen.kind().equals(kind) && seen.ids().equals(participantIds) && Math.abs(seen.date().toEpochDay() - date.toEpochDay()) <= 1) {
        return seen.id();
      }
    }
    Map<String, Object> params = new HashMap<>();
    params.put("ids", participantIds);
    params.put("date", date);
    params.put("kind", kind);
    var found = tx.run(Cypher.load("read/find-meeting.cypher"), params).list(r -> r.get("id").asString());
    String id = found.isEmpty() ? fallback : found.get(0);
    meetings.add(new Seen(participantIds, kind, date, id));
    return id;
  }

  /** "Kassym-Jomart Kemeluly Tokayev" and "Kassym-Jomart Tokayev" → "kassym-jomart|tokayev"; null for one word. */
  static String nameKey(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\s-]", "").strip();
    String[] words = folded.split("\\s+");
    return words.length < 2 ? null : words[0] + "|" + words[words.length - 1];
  }
}
