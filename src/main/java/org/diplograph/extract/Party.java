package org.diplograph.extract;

/**
 * A party to a meeting: a named person of the same extraction record, or an unnamed delegation
 * of a country or organisation ("talks with the delegation of Chad").
 */
public sealed interface Party {

  /** A person by the name the record gives it. */
  record Named(String person) implements Party {
    public Named {
      if (person == null || person.isBlank()) {
        throw new IllegalArgumentException("a named party needs a name");
      }
    }

    @Override
    public String reference() {
      return person;
    }
  }

  /** An unnamed delegation standing for a country or organisation. */
  record Delegation(Affiliation of) implements Party {
    public Delegation {
      java.util.Objects.requireNonNull(of, "delegation of");
    }

    @Override
    public String reference() {
      return of.reference();
    }
  }

  /** The schema's string form: the person's name, or {@code country:XX} / {@code org:Name}. */
  String reference();

  static Party person(String name) {
    return new Named(name);
  }

  static Party delegation(Affiliation of) {
    return new Delegation(of);
  }
}
