package org.diplograph.gazetteer;

import java.util.List;
import java.util.Objects;

/** An international organisation of {@code organisations.tsv}. */
public record Organisation(String id, String name, List<String> acronyms, List<String> altNames, String kind,
    String wikidata) {

  public Organisation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    acronyms = List.copyOf(acronyms);
    altNames = List.copyOf(altNames);
  }
}
