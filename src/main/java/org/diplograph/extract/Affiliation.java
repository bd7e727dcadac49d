package org.diplograph.extract;

/**
 * Whom a post serves, or whom an unnamed delegation stands for: a country or an international
 * organisation. The string form of the evaluation schema ({@code country:KZ}, {@code org:Name})
 * exists only at the JSON boundary ({@link #reference()}, {@link #parse(String)}).
 */
public sealed interface Affiliation {

  /** A country by ISO 3166-1 alpha-2 code (XK for Kosovo). */
  record Country(String iso2) implements Affiliation {
    public Country {
      if (iso2 == null || !iso2.matches("[A-Z]{2}")) {
        throw new IllegalArgumentException("not an ISO alpha-2 code: " + iso2);
      }
    }

    @Override
    public String reference() {
      return "country:" + iso2;
    }
  }

  /** An organisation by its name in the same extraction record. */
  record Organisation(String name) implements Affiliation {
    public Organisation {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("an organisation affiliation needs a name");
      }
    }

    @Override
    public String reference() {
      return "org:" + name;
    }
  }

  /** The schema's string form: {@code country:XX} or {@code org:Name}. */
  String reference();

  /** Reads the schema's string form; anything else is refused. */
  static Affiliation parse(String reference) {
    if (reference != null && reference.startsWith("country:")) {
      return new Country(reference.substring("country:".length()));
    }
    if (reference != null && reference.startsWith("org:")) {
      return new Organisation(reference.substring("org:".length()));
    }
    throw new IllegalArgumentException("an affiliation is country:XX or org:Name, not " + reference);
  }
}
