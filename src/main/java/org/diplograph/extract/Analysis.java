package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.article.Article;

/**
 * What the rules and the parser find in one article before any learned decision: its text and
 * metadata, the persons, organisations and countries it names, and the candidates the models
 * decide. The same analysis decided by other models (a cross-validation fold) gives their
 * extraction without parsing the article again.
 */
public final class Analysis {

  final Article article;
  final Metadata meta;
  final ArticleText text;
  final List<PersonFinder.Found> people;
  final List<OrganisationFinder.Found> organisations;
  final List<Extraction.CountryMention> countries;
  final List<MeetingCandidates.Found> meetings;
  final List<PositionCandidates.Found> posts;
  final List<TopicCandidates.Found> topics;
  final List<Delegations.Event> events;
  /** One organisation candidate per organisation found, in the same order. */
  final List<Candidate> organisationCandidates;

  Analysis(Article article, Metadata meta, ArticleText text, List<PersonFinder.Found> people,
      List<OrganisationFinder.Found> organisations, List<Extraction.CountryMention> countries,
      List<MeetingCandidates.Found> meetings,
      List<PositionCandidates.Found> posts, List<TopicCandidates.Found> topics, List<Delegations.Event> events,
      List<Candidate> organisationCandidates) {
    this.article = article;
    this.meta = meta;
    this.text = text;
    this.people = people;
    this.organisations = organisations;
    this.countries = countries;
    this.meetings = meetings;
    this.posts = posts;
    this.topics = topics;
    this.events = events;
    this.organisationCandidates = organisationCandidates;
  }

  public Article article() {
    return article;
  }

  /** Every candidate of every learned decision, in text order. */
  public List<Candidate> candidates() {
    List<Candidate> all = new ArrayList<>();
    meetings.forEach(m -> all.add(m.candidate()));
    topics.forEach(t -> all.add(t.candidate()));
    all.addAll(organisationCandidates);
    for (PositionCandidates.Found p : posts) {
      all.add(p.candidate());
      p.choices().forEach(c -> all.add(c.candidate()));
    }
    return all;
  }
}
