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

  /** The rows of every write statement for one article, by statement. */
  record Facts(Row.ArticleRow article, List<Row.CountryRow> countries, List<Row.OrganisationRow> organisations,
      List<Row.ParentRow> parents, List<Row.PersonRow> persons, List<Row.PositionRow> positions,
      List<Row.PositionRow> orgPositions, List<Row.MeetingRow> meetings, List<Row.ParticipantRow> participants,
      List<Row.PlaceRow> places, List<Row.TopicRow> topics, List<Row.DocumentRow> documents) {

    /** The statements' list parameters ({@code $articles}, {@code $countries}, …) as the driver takes them. */
    Map<String, List<Object>> params() {
      Map<String, List<Object>> out = new HashMap<>();
      Map<String, Object> a = Row.map(article);
      a.values().removeIf(v -> v == null);
      out.put("articles", List.of(a));
      for (java.lang.reflect.RecordComponent c : Row.Components.OF.get(Facts.class)) {
        if (c.getType() == List.class) {
          try {
            List<Object> rows = new ArrayList<>();
            for (Object row : (List<?>) c.getAccessor().invoke(this)) {
              rows.add(Row.map((Record) row));
            }
            out.put(c.getName(), rows);
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c, e);
          }
        }
      }
      return out;
    }
  }

  /** The rows of every write statement for one article. */
  static Facts of(Article article, Extraction e, Resolver resolver) {
    Gazetteer gazetteer = Gazetteer.get();
    String at = article.id();
    Row.ArticleRow articleRow = new Row.ArticleRow(article.id(), article.name(), article.file(), article.url(),
        article.title(), e.source(), e.published(), e.dateline(), article.text());

    Map<String, Row.CountryRow> countries = new LinkedHashMap<>();
    for (Extraction.CountryMention c : e.countries()) {
      gazetteer.country(c.iso2()).ifPresent(country -> countries.put(c.iso2(), country(at, country, c.evidence())));
    }
    Map<String, String> orgIds = new HashMap<>();
    List<Row.OrganisationRow> orgs = new ArrayList<>();
    List<Row.ParentRow> parents = new ArrayList<>();
    for (Extraction.Organisation o : e.organisations()) {
      Optional<Organisation> known = Optional.ofNullable(o.id()).flatMap(gazetteer::organisation);
      List<String> acronyms = o.mentions().stream().filter(Resolver::isAcronym).toList();
      Resolver.Key key = known.map(k -> new Resolver.Key(k.id(), null))
          .orElseGet(() -> resolver.organisation(o.name(), acronyms));
      orgIds.put(o.name(), key.id());
      orgs.add(new Row.OrganisationRow(at, key.id(), o.name(), known.map(Organisation::kind).orElse(null),
          known.map(Organisation::wikidata).orElse(null), acronyms, merges(key.merge(), article), o.evidence()));
    }
    for (Extraction.Organisation o : e.organisations()) {
      if (o.parent() != null && orgIds.containsKey(o.parent())) {
        parents.add(new Row.ParentRow(at, orgIds.get(o.name()), orgIds.get(o.parent()), text(o.evidence())));
      }
    }
    Map<String, String> personIds = new HashMap<>();
    List<Row.PersonRow> persons = new ArrayList<>();
    List<Row.PositionRow> countryPosts = new ArrayList<>();
    List<Row.PositionRow> orgPosts = new ArrayList<>();
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
      // a person known so far by one word takes the full name of the first article that gives one
      boolean full = key.nameKey() != null;
      persons.add(new Row.PersonRow(at, id, person.name(), mentions, text(person.evidence()), key.nameKey(),
          full ? List.of(person.name()) : List.of(), full ? List.of(key.nameKey()) : List.of(), merges(key.merge(), article)));
      for (Extraction.Position pos : person.positions()) {
        Row.PositionRow post = new Row.PositionRow(at, id, pos.title(), pos.role(), text(pos.evidence()), e.published(),
            target(pos.of(), orgIds));
        if (pos.of() instanceof Affiliation.Country c) {
          gazetteer.country(c.iso2()).ifPresent(known -> countries.putIfAbsent(c.iso2(), country(at, known, pos.evidence())));
          countryPosts.add(post);
        } else {
          orgPosts.add(post);
        }
      }
    }
    List<Row.MeetingRow> meetings = new ArrayList<>();
    List<Row.ParticipantRow> participants = new ArrayList<>();
    List<Row.PlaceRow> places = new ArrayList<>();
    java.util.Set<String> mentionedPlaces = new java.util.HashSet<>();
    for (Extraction.Meeting m : e.meetings()) {
      TreeSet<String> ids = new TreeSet<>();
      m.participants().forEach(x -> ids.add(personIds.getOrDefault(x.reference(), Keys.slug(x.reference()))));
      String id = resolver.meeting(List.copyOf(ids), m.date(), m.kind().id(),
          Keys.hash(String.join("|", ids) + "|" + (m.date() != null ? m.date() : "undated:" + article.id())));
      String name = String.join(" – ", m.participants().stream().map(Party::reference).toList())
          + (m.date() != null ? " " + m.date() : "");
      meetings.add(new Row.MeetingRow(at, id, List.copyOf(ids), m.date(), m.kind().id(), m.status().id(), name,
          text(m.evidence())));
      for (Party x : m.participants()) {
        if (x instanceof Party.Named named && personIds.containsKey(named.person())) {
          participants.add(new Row.ParticipantRow(at, personIds.get(named.person()), id, capacity(e, named.person()),
              text(m.evidence())));
        }
      }
      if (m.place() != null) {
        String place = Keys.slug(m.place());
        // the article is new, so its MENTIONS edges are created, not merged: one per place
        places.add(new Row.PlaceRow(at, place, m.place(), id, text(m.evidence()),
            gazetteer.countryOfCity(m.place()).map(c -> country(null, c, null)).orElse(null), mentionedPlaces.add(place)));
      }
    }
    List<Row.TopicRow> topics = e.topics().stream().map(t -> new Row.TopicRow(at, t.id(),
        gazetteer.topics().getOrDefault(t.id(), t.id()), text(t.evidence()))).toList();
    List<Row.DocumentRow> documents = e.documents().stream().map(d -> new Row.DocumentRow(at, Keys.slug(d.name()), d.name(),
        d.year(), text(d.evidence()))).toList();
    return new Facts(articleRow, new ArrayList<>(countries.values()), orgs, parents, persons, countryPosts, orgPosts,
        meetings, participants, places, topics, documents);
  }

  /** The merge a resolution made (rule and replaced key, or none), with the article that made it: a MERGED edge. */
  private static List<Row.MergeRow> merges(Resolver.Merge merge, Article article) {
    return merge == null ? List.of() : List.of(new Row.MergeRow(merge.rule(), merge.key(), article.id()));
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

  private static Row.CountryRow country(String article, Country c, String evidence) {
    return new Row.CountryRow(article, c.iso2(), c.iso3(), c.name(), c.wikidata(), text(evidence));
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

}
