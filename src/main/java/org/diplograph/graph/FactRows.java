package org.diplograph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.diplograph.article.Article;
import org.diplograph.extract.Affiliation;
import org.diplograph.extract.Extraction;
import org.diplograph.extract.Party;
import org.diplograph.gazetteer.Country;
import org.diplograph.gazetteer.Gazetteer;
import org.diplograph.gazetteer.Organisation;

/**
 * The rows the write statements take for one article ({@code cypher/write/*.cypher}), keyed by
 * each statement's list parameter: the extraction's facts with their graph keys, resolved
 * against what the graph already holds, and each fact's evidence sentence.
 */
final class FactRows {

  private FactRows() {}

  /** The parameters of every write statement for one article. */
  static Map<String, List<Object>> of(Article article, Extraction e, Resolver resolver) {
    Gazetteer gazetteer = Gazetteer.get();
    Map<String, List<Object>> p = new HashMap<>();
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("id", article.id());
    a.put("name", article.name());
    a.put("file", article.file());
    a.put("url", article.url());
    a.put("title", article.title());
    a.put("source", e.source());
    a.put("published", e.published());
    a.put("dateline", e.dateline());
    a.put("text", article.text());
    a.values().removeIf(v -> v == null);
    p.put("articles", List.of(a));

    Map<String, Map<String, Object>> countries = new LinkedHashMap<>();
    for (Extraction.CountryMention c : e.countries()) {
      gazetteer.country(c.iso2()).ifPresent(country -> countries.put(c.iso2(), country(country, c.evidence())));
    }
    Map<String, String> orgIds = new HashMap<>();
    List<Map<String, Object>> orgs = new ArrayList<>();
    List<Map<String, Object>> parents = new ArrayList<>();
    for (Extraction.Organisation o : e.organisations()) {
      Optional<Organisation> known = Optional.ofNullable(o.id()).flatMap(gazetteer::organisation);
      List<String> acronyms = o.mentions().stream().filter(Resolver::isAcronym).toList();
      Resolver.Key key = known.map(k -> new Resolver.Key(k.id(), null))
          .orElseGet(() -> resolver.organisation(o.name(), acronyms));
      String id = key.id();
      orgIds.put(o.name(), id);
      Map<String, Object> org = new HashMap<>();
      org.put("id", id);
      org.put("name", o.name());
      org.put("kind", known.map(Organisation::kind).orElse(null));
      org.put("wikidata", known.map(Organisation::wikidata).orElse(null));
      org.put("acronyms", acronyms);
      org.put("merges", merges(key.merge(), article));
      org.put("evidence", o.evidence());
      orgs.add(org);
    }
    for (Extraction.Organisation o : e.organisations()) {
      if (o.parent() != null && orgIds.containsKey(o.parent())) {
        parents.add(row("child", orgIds.get(o.name()), "parent", orgIds.get(o.parent()), "evidence", text(o.evidence())));
      }
    }
    Map<String, String> personIds = new HashMap<>();
    List<Map<String, Object>> persons = new ArrayList<>();
    List<Map<String, Object>> countryPosts = new ArrayList<>();
    List<Map<String, Object>> orgPosts = new ArrayList<>();
    for (Extraction.Person person : e.persons()) {
      Resolver.PersonKey key = resolver.person(person.name(), person.positions().stream()
          .map(x -> x.role() + "@" + target(x.of(), orgIds)).toList());
      String id = key.id();
      person.mentions().forEach(m -> personIds.put(m, id));
      personIds.put(person.name(), id);
      List<String> mentions = new ArrayList<>(person.mentions());
      if (!mentions.contains(person.name())) {
        mentions.add(person.name());
      }
      Map<String, Object> row = new HashMap<>();
      row.put("id", id);
      row.put("name", person.name());
      row.put("mentions", mentions);
      row.put("evidence", text(person.evidence()));
      row.put("nameKey", key.nameKey()); // null for a one-word name
      // a person known so far by one word takes the full name of the first article that gives one
      row.put("fullNames", key.nameKey() == null ? List.of() : List.of(person.name()));
      row.put("fullKeys", key.nameKey() == null ? List.of() : List.of(key.nameKey()));
      row.put("merges", merges(key.merge(), article));
      persons.add(row);
      for (Extraction.Position pos : person.positions()) {
        Map<String, Object> post = new HashMap<>();
        post.put("person", id);
        post.put("title", pos.title());
        post.put("role", pos.role());
        post.put("evidence", text(pos.evidence()));
        post.put("date", e.published());
        post.put("target", target(pos.of(), orgIds));
        if (pos.of() instanceof Affiliation.Country c) {
          gazetteer.country(c.iso2()).ifPresent(known -> countries.putIfAbsent(c.iso2(), country(known, pos.evidence())));
          countryPosts.add(post);
        } else {
          orgPosts.add(post);
        }
      }
    }
    List<Map<String, Object>> meetings = new ArrayList<>();
    List<Map<String, Object>> participants = new ArrayList<>();
    List<Map<String, Object>> places = new ArrayList<>();
    for (Extraction.Meeting m : e.meetings()) {
      TreeSet<String> ids = new TreeSet<>();
      m.participants().forEach(x -> ids.add(personIds.getOrDefault(x.reference(), Keys.slug(x.reference()))));
      String id = resolver.meeting(List.copyOf(ids), m.date(), m.kind().id(),
          Keys.hash(String.join("|", ids) + "|" + (m.date() != null ? m.date() : "undated:" + article.id())));
      Map<String, Object> meeting = new HashMap<>();
      meeting.put("id", id);
      meeting.put("participants", List.copyOf(ids));
      meeting.put("date", m.date());
      meeting.put("kind", m.kind().id());
      meeting.put("status", m.status().id());
      meeting.put("name", String.join(" – ", m.participants().stream().map(Party::reference).toList()) + (m.date() != null ? " " + m.date() : ""));
      meeting.put("evidence", text(m.evidence()));
      meetings.add(meeting);
      for (Party x : m.participants()) {
        if (x instanceof Party.Named named && personIds.containsKey(named.person())) {
          participants.add(row("person", personIds.get(named.person()), "meeting", id, "capacity", capacity(e, named.person()),
              "evidence", text(m.evidence())));
        }
      }
      if (m.place() != null) {
        Map<String, Object> place = new HashMap<>();
        place.put("id", Keys.slug(m.place()));
        place.put("name", m.place());
        place.put("meeting", id);
        place.put("evidence", text(m.evidence()));
        place.put("country", gazetteer.countryOfCity(m.place()).map(c -> country(c, null)).orElse(null));
        places.add(place);
      }
    }
    List<Map<String, Object>> topics = e.topics().stream().map(t -> Map.<String, Object>of("id", t.id(),
        "label", gazetteer.topics().getOrDefault(t.id(), t.id()), "evidence", text(t.evidence()))).toList();
    List<Map<String, Object>> documents = new ArrayList<>();
    for (Extraction.Document d : e.documents()) {
      Map<String, Object> doc = new HashMap<>();
      doc.put("id", Keys.slug(d.name()));
      doc.put("name", d.name());
      doc.put("year", d.year());
      doc.put("evidence", text(d.evidence()));
      documents.add(doc);
    }
    // the article is new, so its MENTIONS and REPORTS edges are created, not merged: one per node
    java.util.Set<String> mentionedPlaces = new java.util.HashSet<>();
    places.forEach(place -> place.put("mention", mentionedPlaces.add((String) place.get("id"))));
    p.put("countries", tagged(article, new ArrayList<>(countries.values())));
    p.put("organisations", tagged(article, orgs));
    p.put("parents", tagged(article, parents));
    p.put("persons", tagged(article, persons));
    p.put("positions", tagged(article, countryPosts));
    p.put("orgPositions", tagged(article, orgPosts));
    p.put("meetings", tagged(article, meetings));
    p.put("participants", tagged(article, participants));
    p.put("places", tagged(article, places));
    p.put("topics", tagged(article, topics));
    p.put("documents", tagged(article, documents));
    return p;
  }

  /** The merge a resolution made (rule and replaced key, or none), with the article that made it: a MERGED edge. */
  private static List<Object> merges(Resolver.Merge merge, Article article) {
    return merge == null ? List.of() : List.of(row("rule", merge.rule(), "key", merge.key(), "article", article.id()));
  }

  /** A parameter row; unlike Map.of it takes null values (a capacity, a year the text does not give). */
  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  /** Each fact's map with the id of the article that states it (the statements run over many articles). */
  private static List<Object> tagged(Article article, List<Map<String, Object>> facts) {
    List<Object> out = new ArrayList<>();
    for (Map<String, Object> fact : facts) {
      Map<String, Object> m = new HashMap<>(fact);
      m.put("article", article.id());
      out.add(m);
    }
    return out;
  }

  /** The key of the node a post is held in: a country's ISO code, an organisation's id. */
  private static String target(Affiliation of, Map<String, String> orgIds) {
    if (of instanceof Affiliation.Country c) {
      return c.iso2();
    }
    String name = ((Affiliation.Organisation) of).name();
    return orgIds.getOrDefault(name, Keys.slug(name));
  }

  private static String capacity(Extraction e, String participant) {
    return e.persons().stream().filter(p -> p.name().equals(participant)).findFirst()
        .flatMap(p -> p.positions().stream().findFirst()).map(Extraction.Position::title).orElse(null);
  }

  private static Map<String, Object> country(Country c, String evidence) {
    Map<String, Object> m = new HashMap<>();
    m.put("iso2", c.iso2());
    m.put("iso3", c.iso3());
    m.put("name", c.name());
    m.put("wikidata", c.wikidata());
    m.put("evidence", text(evidence));
    return m;
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

}
