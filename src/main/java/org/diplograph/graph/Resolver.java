package org.diplograph.graph;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * Resolution across articles, inside the writing transaction: a person already in the graph
 * under another form of the name (a middle name or patronymic more or less, other accents, or
 * the surname alone with one of the same posts) and a meeting already reported by another
 * article (same participants and kind, a day apart at most) keep their existing keys. Each merge
 * is recorded with its rule and the key it replaced; a person keeps apart the keys an
 * {@code unmerge} split from them.
 */
final class Resolver {

  /** A merge: the rule that made it and the key it replaced ("same given name and surname: sergei-lavrov"). */
  record Merge(String rule, String key) {
    @Override
    public String toString() {
      return rule + ": " + key;
    }
  }

  /** A node's key and the merge it made, or null. */
  record Key(String id, Merge merge) {}

  /** A person's key, the given-name-and-surname key it was matched on, and the merge it made (or null). */
  record PersonKey(String id, String nameKey, Merge merge) {}

  private record Seen(List<String> ids, String kind, LocalDate date, String id) {}

  /** A person of the graph known by surname, and one post they hold ("foreign-minister@RU"). */
  private record Holder(String id, String post) {}

  private final TransactionContext tx;
  /** What this transaction has resolved so far: a batch's articles see each other's people and meetings. */
  private final Map<String, List<String>> people = new HashMap<>();
  /** Keys each person of the graph keeps apart (undone merges). */
  private final Map<String, java.util.Set<String>> apart = new HashMap<>();
  /** Meetings of the graph and the batch by kind and sorted participant ids: a look-up, not a scan, per meeting. */
  private final Map<List<Object>, List<Seen>> meetings = new HashMap<>();
  private final Map<String, List<Holder>> bySurname = new HashMap<>();
  /** People known by one word only (graph and batch), by that word, with their posts. */
  private final Map<String, List<Holder>> alone = new HashMap<>();
  /** Organisations by acronym (graph and batch), and those known by their acronym alone. */
  private final Map<String, String> byAcronym = new HashMap<>();
  private final java.util.Set<String> acronymOnly = new java.util.HashSet<>();

  Resolver(TransactionContext tx) {
    this.tx = tx;
  }

  /** Loads, in two queries, the people and meetings of the graph that a batch's facts may resolve to. */
  void prefetch(List<org.diplograph.extract.Extraction> extractions) {
    java.util.Set<String> keys = new java.util.HashSet<>();
    java.util.Set<LocalDate> dates = new java.util.HashSet<>();
    for (var e : extractions) {
      e.persons().forEach(p -> {
        for (String key : java.util.Arrays.asList(Names.key(p.name()), Names.reversedKey(p.name()))) {
          if (key != null) {
            keys.add(key);
          }
        }
      });
      e.meetings().forEach(m -> {
        if (m.date() != null) {
          dates.add(m.date());
        }
      });
    }
    List<String> surnames = extractions.stream().flatMap(e -> e.persons().stream()).map(p -> p.name().strip())
        .filter(n -> !n.contains(" ")).distinct().toList();
    if (!surnames.isEmpty()) {
      tx.run(Cypher.load("read/find-surnames.cypher"), Map.of("surnames", surnames)).forEachRemaining(r -> {
        bySurname.computeIfAbsent(r.get("surname").asString(), k -> new java.util.ArrayList<>())
            .add(new Holder(r.get("id").asString(), r.get("role").asString() + "@" + r.get("target").asString()));
        keptApart(r);
      });
    }
    List<String> lastWords = extractions.stream().flatMap(e -> e.persons().stream()).map(p -> p.name().strip())
        .filter(n -> n.contains(" ")).map(Resolver::lastWord).distinct().toList();
    if (!lastWords.isEmpty()) {
      tx.run(Cypher.load("read/find-one-word.cypher"), Map.of("names", lastWords)).forEachRemaining(r -> {
        alone.computeIfAbsent(r.get("name").asString(), k -> new java.util.ArrayList<>())
            .add(new Holder(r.get("id").asString(), r.get("role").asString() + "@" + r.get("target").asString()));
        keptApart(r);
      });
    }
    tx.run(Cypher.load("read/find-persons.cypher"), Map.of("nameKeys", List.copyOf(keys)))
        .forEachRemaining(r -> {
          people.computeIfAbsent(r.get("key").asString(), k -> new java.util.ArrayList<>()).add(r.get("id").asString());
          keptApart(r);
        });
    List<String> acronyms = extractions.stream().flatMap(e -> e.organisations().stream())
        .flatMap(o -> java.util.stream.Stream.concat(java.util.stream.Stream.of(o.name()), o.mentions().stream()))
        .filter(Resolver::isAcronym).distinct().toList();
    if (!acronyms.isEmpty()) {
      tx.run(Cypher.load("read/find-organisations.cypher"), Map.of("acronyms", acronyms)).forEachRemaining(r -> {
        String id = r.get("id").asString();
        String name = r.get("name").asString();
        if (isAcronym(name)) {
          acronymOnly.add(id);
          byAcronym.putIfAbsent(name, id);
        }
        r.get("acronyms").asList(v -> v.asString()).forEach(a -> byAcronym.putIfAbsent(a, id));
      });
    }
    tx.run(Cypher.load("read/find-meetings.cypher"), Map.of("dates", List.copyOf(dates))).forEachRemaining(r -> {
      List<String> ids = r.get("ids").asList(v -> v.asString());
      seen(new Seen(ids, r.get("kind").asString(), r.get("date").asLocalDate(), r.get("id").asString()));
    });
  }

  /**
   * The key of a person: an existing person with the same given name and surname (in any
   * romanisation, short or full given name, {@link Names#key}), or, for a two-word name, the same
   * two words the other way round (family name first); for a surname alone, the one person with
   * that surname who holds one of the same posts ({@code posts} as "role@country-or-organisation"),
   * else the one who holds the same role anywhere; else the slug of the name.
   */
  PersonKey person(String name, List<String> posts) {
    String slug = Keys.slug(name);
    String nameKey = Names.key(name);
    if (nameKey == null) {
      return bySurname(name, slug, posts);
    }
    List<String> known = people.computeIfAbsent(nameKey, k -> new java.util.ArrayList<>());
    String existing = known.contains(slug) ? slug : unique(known, slug);
    String rule = "same given name and surname";
    String reversed = Names.reversedKey(name);
    if (existing == null && reversed != null && !reversed.equals(nameKey)) {
      existing = unique(people.getOrDefault(reversed, List.of()), slug);
      rule = "family name first";
    }
    if (existing == null) {
      existing = fullNameOf(name, slug, posts);
      rule = "full name of a surname alone";
    }
    if (existing == null) {
      known.add(slug);
      existing = slug;
    } else if (!known.contains(existing)) {
      known.add(existing);
    }
    String surname = lastWord(name.strip());
    for (String post : posts) { // a later article of the batch may name them by surname alone
      bySurname.computeIfAbsent(surname, k -> new java.util.ArrayList<>()).add(new Holder(existing, post));
    }
    return new PersonKey(existing, nameKey, existing.equals(slug) ? null : new Merge(rule, slug));
  }

  /**
   * The one person known so far by this full name's surname alone ("Putin", before any article
   * gave "Vladimir Putin"), holding one of the same posts or roles, when no other person of that
   * surname is known by a full name; else null. The node then takes the full name.
   */
  private String fullNameOf(String name, String slug, List<String> posts) {
    String surname = lastWord(name.strip());
    java.util.Set<String> roles = roles(posts);
    List<String> ids = alone.getOrDefault(surname, List.of()).stream()
        .filter(h -> !keepsApart(h.id(), slug) && (posts.contains(h.post()) || roles.contains(role(h.post()))))
        .map(Holder::id).distinct().toList();
    boolean others = bySurname.getOrDefault(surname, List.of()).stream().anyMatch(h -> !ids.contains(h.id()));
    return ids.size() == 1 && !others ? ids.get(0) : null;
  }

  private static String lastWord(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  private static String role(String post) {
    return post.substring(0, post.indexOf('@'));
  }

  private static java.util.Set<String> roles(List<String> posts) {
    java.util.Set<String> roles = new java.util.HashSet<>();
    posts.forEach(p -> roles.add(role(p)));
    return roles;
  }

  /** The first of the known people that does not keep the slug apart (an undone merge), or null. */
  private String unique(List<String> known, String slug) {
    return known.stream().filter(id -> !keepsApart(id, slug)).findFirst().orElse(null);
  }

  private PersonKey bySurname(String name, String slug, List<String> posts) {
    List<Holder> holders = bySurname.getOrDefault(name.strip(), List.of()).stream()
        .filter(h -> !keepsApart(h.id(), slug)).toList();
    List<String> samePost = holders.stream().filter(h -> posts.contains(h.post())).map(Holder::id).distinct().toList();
    if (samePost.size() == 1) {
      return new PersonKey(samePost.get(0), null, new Merge("surname and post " + posts, slug));
    }
    java.util.Set<String> roles = roles(posts);
    List<String> sameRole = holders.stream().filter(h -> roles.contains(role(h.post()))).map(Holder::id).distinct().toList();
    List<String> anyone = holders.stream().map(Holder::id).distinct().toList();
    if (samePost.isEmpty() && sameRole.size() == 1 && anyone.size() == 1) {
      return new PersonKey(sameRole.get(0), null, new Merge("surname and role " + roles, slug));
    }
    for (String post : posts) { // a full name in a later article may be theirs
      alone.computeIfAbsent(name.strip(), k -> new java.util.ArrayList<>()).add(new Holder(slug, post));
    }
    return new PersonKey(slug, null, null);
  }

  /**
   * The key of an organisation the gazetteer does not know: for an acronym, the organisation
   * already known by it; for a long name written with an acronym, an organisation known so far
   * by that acronym alone; else the slug of the name. Two long names sharing an acronym stay apart.
   */
  Key organisation(String name, List<String> acronyms) {
    String slug = Keys.slug(name);
    if (isAcronym(name)) {
      String known = byAcronym.putIfAbsent(name, slug);
      if (known == null || known.equals(slug)) {
        acronymOnly.add(slug);
        return new Key(slug, null);
      }
      return new Key(known, new Merge("acronym", slug));
    }
    for (String acronym : acronyms) {
      String known = byAcronym.get(acronym);
      if (known != null && !known.equals(slug) && acronymOnly.remove(known)) {
        acronyms.forEach(a -> byAcronym.put(a, known));
        return new Key(known, new Merge("long name of the acronym", slug));
      }
    }
    acronyms.forEach(a -> byAcronym.putIfAbsent(a, slug));
    return new Key(slug, null);
  }

  static boolean isAcronym(String s) {
    return s.matches("[A-Z][A-Z./]+");
  }

  /** Remembers the keys the person of a look-up row (id, apart) keeps apart. */
  private void keptApart(org.neo4j.driver.Record r) {
    apart.put(r.get("id").asString(), java.util.Set.copyOf(r.get("apart").asList(v -> v.asString())));
  }

  private boolean keepsApart(String personId, String slug) {
    return apart.getOrDefault(personId, java.util.Set.of()).contains(slug);
  }

  /** The id of the same meeting seen already (participants and kind, a day apart at most), or {@code fallback}. */
  String meeting(List<String> participantIds, LocalDate date, String kind, String fallback) {
    if (date == null) {
      return fallback;
    }
    List<String> sorted = new java.util.ArrayList<>(participantIds);
    java.util.Collections.sort(sorted);
    for (Seen seen : meetings.getOrDefault(List.of(kind, sorted), List.of())) {
      if (Math.abs(seen.date().toEpochDay() - date.toEpochDay()) <= 1) {
        return seen.id();
      }
    }
    seen(new Seen(sorted, kind, date, fallback));
    return fallback;
  }

  private void seen(Seen seen) {
    meetings.computeIfAbsent(List.of(seen.kind(), seen.ids()), k -> new java.util.ArrayList<>()).add(seen);
  }
}
