package org.diplograph.gazetteer;

import java.util.List;
import java.util.Objects;

/** A country of {@code countries.tsv}. */
public record Country(String iso2, String iso3, String name, String officialName, List<String> altNames,
    List<String> demonyms, String capital, String wikidata) {

  public Country {
    Objects.requireNonNull(iso2, "iso2");
    Objects.requireNonNull(name, "name");
    altNames = List.copyOf(altNames);
    demonyms = List.copyOf(demonyms);
  }
}
