package org.diplograph.extract;

import java.util.List;
import java.util.Objects;

/**
 * A decision the extractor leaves to a learned model: its features, and the fact it would state,
 * which the evaluation checks against a gold record to label it for training. A candidate
 * {@code given} another is only asked when that one is right (an affiliation, given its post).
 */
public record Candidate(Decision decision, Key key, List<String> features, String evidence, Candidate given) {

  public Candidate {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(key, "key");
    features = List.copyOf(features);
  }

  /** A candidate that stands on its own. */
  public Candidate(Decision decision, Key key, List<String> features, String evidence) {
    this(decision, key, features, evidence, null);
  }

  /** The learned decisions, each with its model file {@code extract/models/<id>.tsv}. */
  public enum Decision {
    /** Whether two parties of a sentence met. */
    MEETING("meeting"),
    /** Whether a title phrase near a person is that person's post. */
    POSITION("position"),
    /** Which country or organisation a person's post is of (only asked of posts that are the person's). */
    AFFILIATION("affiliation"),
    /** Whether a topic word in a sentence is something the parties discussed. */
    TOPIC("topic"),
    /** Whether a name the organisation rules found is an organisation the article names. */
    ORGANISATION("organisation");

    private final String id;

    Decision(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  /** The fact a candidate would state. */
  public sealed interface Key {
    /** Two parties who met (unordered). */
    record Pair(Party a, Party b) implements Key {
      public Pair {
        if (a.reference().compareTo(b.reference()) > 0) {
          Party swap = a;
          a = b;
          b = swap;
        }
      }
    }

    /** A person's post: role and affiliation. */
    record Post(String person, String role, Affiliation of) implements Key {}

    /**
     * A title of a person: one of these roles, of one of the countries or organisations the title
     * names (any, when it names none).
     */
    record Title(String person, java.util.Set<String> roles, java.util.Set<Affiliation> named) implements Key {}

    /** A topic id of topics.tsv. */
    record Topic(String id) implements Key {}

    /** An organisation, by the name the extraction record gives it. */
    record Organisation(String name) implements Key {}
  }
}
