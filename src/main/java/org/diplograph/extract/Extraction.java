package org.diplograph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.diplograph.gazetteer.Gazetteer;

/**
 * What one article states: the extraction record of the evaluation schema, with the evidence
 * sentence of every fact.
 */
public record Extraction(String article, LocalDate published, String source, String dateline,
    List<Person> persons, List<CountryMention> countries, List<Organisation> organisations,
    List<Meeting> meetings, List<Topic> topics, List<Document> documents) {

  public Extraction {
    Objects.requireNonNull(article, "article");
    persons = List.copyOf(persons);
    countries = List.copyOf(countries);
    organisations = List.copyOf(organisations);
    meetings = List.copyOf(meetings);
    topics = List.copyOf(topics);
    documents = List.copyOf(documents);
  }

  /** A named person: the fullest name the text gives, every written form, the posts it states. */
  public record Person(String name, List<String> mentions, List<Position> positions, String evidence) {
    public Person {
      requireText(name, "person name");
      mentions = List.copyOf(mentions);
      positions = List.copyOf(positions);
    }
  }

  /** A post: the title as written, its role class ({@code roles.tsv}) and whom it serves. */
  public record Position(String title, String role, Affiliation of, String evidence) {
    public Position {
      requireText(title, "position title");
      if (role == null || !Gazetteer.get().roles().containsKey(role)) {
        throw new IllegalArgumentException("not a role of roles.tsv: " + role);
      }
      Objects.requireNonNull(of, "position of");
    }
  }

  /** A country the article refers to, by ISO 3166-1 alpha-2 code. */
  public record CountryMention(String iso2, String evidence) {
    public CountryMention {
      if (iso2 == null || !iso2.matches("[A-Z]{2}")) {
        throw new IllegalArgumentException("not an ISO alpha-2 code: " + iso2);
      }
    }
  }

  /**
   * A named organisation.
   *
   * @param id the gazetteer id when the gazetteer knows it, else null
   * @param parent the name of the organisation it belongs to (an office of the OSCE), or null
   */
  public record Organisation(String name, List<String> mentions, String id, String parent, String evidence) {
    public Organisation {
      requireText(name, "organisation name");
      mentions = List.copyOf(mentions);
    }
  }

  /** An encounter between officials: persons of this record, or unnamed delegations. */
  public record Meeting(List<Party> participants, LocalDate date, String place, MeetingKind kind, MeetingStatus status,
      String evidence) {
    public Meeting {
      participants = List.copyOf(participants);
      if (Set.copyOf(participants).size() < 2) {
        throw new IllegalArgumentException("a meeting needs two participants: " + participants);
      }
      Objects.requireNonNull(kind, "meeting kind");
      Objects.requireNonNull(status, "meeting status");
    }
  }

  /** A topic id of {@code topics.tsv} and the sentence it was found in. */
  public record Topic(String id, String evidence) {
    public Topic {
      requireText(id, "topic id");
    }
  }

  /** A named treaty, declaration, agreement or programme, with its year when the text gives it. */
  public record Document(String name, Integer year, String evidence) {
    public Document {
      requireText(name, "document name");
    }
  }

  private static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is empty");
    }
  }
}
