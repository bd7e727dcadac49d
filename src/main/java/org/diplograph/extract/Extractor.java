package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diplograph.article.Article;
import org.diplograph.gazetteer.Country;
import org.diplograph.gazetteer.Gazetteer;
import org.springframework.stereotype.Component;

/** Article → Extraction: the one entry point of the extraction stage. */
@Component
public class Extractor {

  private final Gazetteer gazetteer = Gazetteer.get();

  /** Loads the NLP models now (they load once per process). */
  public void warmUp() {
    Nlp.warmUp();
  }

  /** Extracts with the shipped models. */
  public Extraction extract(Article article) {
    return decide(analyse(article), Models.shipped());
  }

  /** Everything but the learned decisions: the NLP annotation, the rule-based facts and the candidates. */
  public Analysis analyse(Article article) {
    Metadata meta = Metadata.of(article, gazetteer);
    ArticleText t = new ArticleText(meta.body(), Nlp.annotate(meta.body()), gazetteer.find(meta.body()));
    List<PersonFinder.Found> people = PersonFinder.find(t);
    String home = home(article, meta).map(Country::iso2).orElse(null);
    List<OrganisationFinder.Found> orgs = OrganisationFinder.find(t, meta.source(), people, home);
    orgs.addAll(OfficeBodies.find(t, orgs, meta.source(), home)); // "the presidential press service"
    List<Extraction.CountryMention> countries = CountryFinder.find(t, people);
    AffiliationOptions affiliations = new AffiliationOptions(t, people, orgs, home);
    List<PositionCandidates.Found> posts = PositionCandidates.find(t, people, orgs, affiliations);
    Party protagonist = people.isEmpty() ? null : Party.person(people.get(0).name);
    List<List<Parties.Mention>> parties = Parties.find(t, people, orgs, PositionCandidates.titleHeads(posts));
    List<MeetingCandidates.Found> meetings = MeetingCandidates.find(t, parties, protagonist, affiliations::owned, home);
    List<Delegations.Event> events = Delegations.find(t, parties);
    List<Span> blanked = new ArrayList<>(t.hitSpans()); // "Federal Democratic Republic of …" is no democracy talk
    orgs.forEach(o -> o.spans.forEach(s -> blanked.add(new Span(s[0], s[1]))));
    posts.forEach(p -> blanked.add(p.title().span()));
    people.forEach(p -> p.occurrences.forEach(o -> blanked.add(new Span(o[0], o[1]))));
    List<TopicCandidates.Found> topics = TopicCandidates.find(t, blanked);
    return new Analysis(article, meta, t, people, orgs, countries, meetings, posts, topics, events,
        OrganisationCandidates.find(t, orgs, people));
  }

  /** The extraction record of an analysed article, with the models' decisions. */
  public Extraction decide(Analysis a, Models models) {
    ArticleText t = a.text;
    Map<PersonFinder.Found, List<Extraction.Position>> positions = Positions.decide(t, a.people, a.posts, models);
    List<Extraction.Person> persons = new ArrayList<>();
    for (PersonFinder.Found p : a.people) {
      persons.add(new Extraction.Person(p.name, List.copyOf(p.mentions), positions.get(p),
          t.evidence(p.occurrences.stream().mapToInt(o -> o[0]).min().orElse(0))));
    }
    List<int[]> named = new ArrayList<>();
    a.organisations.forEach(o -> named.addAll(o.spans));
    Map<String, java.util.Set<Affiliation>> serves = new java.util.HashMap<>();
    positions.forEach((p, list) -> list.forEach(x -> serves.computeIfAbsent(p.name, k -> new java.util.HashSet<>()).add(x.of())));
    List<Extraction.Meeting> meetings = Meetings.decide(t, a.meta, a.meetings, a.events, models,
        name -> serves.getOrDefault(name, java.util.Set.of()));
    java.util.Set<String> referred = referred(positions.values(), meetings);
    List<Extraction.Organisation> organisations = new ArrayList<>();
    for (int i = 0; i < a.organisations.size(); i++) {
      OrganisationFinder.Found o = a.organisations.get(i);
      if (!models.has(Candidate.Decision.ORGANISATION) || referred.contains(o.name)
          || models.probability(a.organisationCandidates.get(i)) >= ORGANISATION_THRESHOLD) {
        organisations.add(new Extraction.Organisation(o.name, List.copyOf(o.mentions), o.id, o.parent, o.evidence));
      }
    }
    return new Extraction(a.article.name(), a.meta.published(), a.meta.source(), a.meta.city(), persons,
        a.countries, organisations, meetings, withMultilateral(Topics.decide(t, a.topics, models), meetings, persons),
        DocumentFinder.find(t, named));
  }

  /**
   * The least probability for a name the rules found to stay an organisation of the record (chosen
   * by repeated cross-validation on the dev set: 0.35 and 0.5 score lower).
   */
  static final double ORGANISATION_THRESHOLD = 0.4;

  /** The organisations that a decided post or meeting refers to: they stay whatever the organisation model says. */
  private static java.util.Set<String> referred(java.util.Collection<List<Extraction.Position>> positions,
      List<Extraction.Meeting> meetings) {
    java.util.Set<String> out = new java.util.HashSet<>();
    positions.forEach(list -> list.forEach(p -> {
      if (p.of() instanceof Affiliation.Organisation o) {
        out.add(o.name());
      }
    }));
    for (Extraction.Meeting m : meetings) {
      for (Party party : m.participants()) {
        if (party instanceof Party.Delegation d && d.of() instanceof Affiliation.Organisation o) {
          out.add(o.name());
        }
      }
    }
    return out;
  }

  /**
   * A meeting with the head of an international organisation is multilateral cooperation (with
   * any of its officials, not: measured on the dev set, topics 0.778 against 0.776).
   */
  private static List<Extraction.Topic> withMultilateral(List<Extraction.Topic> topics, List<Extraction.Meeting> meetings,
      List<Extraction.Person> persons) {
    if (topics.stream().anyMatch(t -> t.id().equals("multilateral"))) {
      return topics;
    }
    for (Extraction.Meeting m : meetings) {
      for (Extraction.Person p : persons) {
        if (m.participants().contains(Party.person(p.name())) && p.positions().stream().anyMatch(x -> x.of() instanceof Affiliation.Organisation
            && x.role().equals("head-of-organisation"))) {
          List<Extraction.Topic> out = new ArrayList<>(topics);
          out.add(new Extraction.Topic("multilateral", m.evidence()));
          return out;
        }
      }
    }
    return topics;
  }

  /**
   * The country an article is written from: that of its dateline city, else the one its outlet's
   * name gives ("Daily News Egypt", "Office of the Prime Minister of Papua New Guinea"), else that
   * of the national news agency it credits ("Zawya (WAM)").
   */
  private Optional<Country> home(Article article, Metadata meta) {
    if (meta.city() != null) {
      Optional<Country> capital = gazetteer.countryOfCity(meta.city());
      if (capital.isPresent()) {
        return capital;
      }
    }
    for (String outlet : java.util.Arrays.asList(article.source(), meta.source())) {
      if (outlet != null) {
        for (var m : gazetteer.find(outlet)) {
          Country c = CountryFinder.countryOf(m.value());
          if (c != null && !(m.value() instanceof Gazetteer.Capital)) {
            return Optional.of(c);
          }
        }
        Optional<Country> agency = gazetteer.countryOfAgency(outlet); // a national news agency reports from its country
        if (agency.isPresent()) {
          return agency;
        }
      }
    }
    return Optional.empty();
  }
}
