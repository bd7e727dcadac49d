package org.diplograph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.gazetteer.Country;
import org.diplograph.gazetteer.Gazetteer;
import org.diplograph.gazetteer.PhraseMatcher;

/**
 * Countries the body refers to: by name or official name, by adjective or demonym, and by a
 * capital that stands for its government ("Valletta presides"), not one that is only a place
 * ("in Astana").
 */
final class CountryFinder {

  private static final Pattern LOCATIVE = Pattern.compile("(?i).*\\b(in|to|at|from|near|into|via|visited|visiting|visit|arrived|arrives|reached|outside|around|across|between)\\s*$");

  /** "Helsinki Final Act", "Astana International Financial Centre": the capital is part of a name. */
  private static final Pattern PART_OF_NAME = Pattern.compile(" [A-Z]");

  private CountryFinder() {}

  static List<Extraction.CountryMention> find(ArticleText t, List<PersonFinder.Found> people) {
    Map<String, Extraction.CountryMention> found = new LinkedHashMap<>();
    for (PhraseMatcher.Match<Gazetteer.Hit> m : t.hits) {
      Country country = countryOf(m.value());
      if (country == null || insidePerson(m, people)
          || m.value() instanceof Gazetteer.Legislature && !namesCountry(m.text(), country)) {
        continue; // "Folketing" names no country; "Grand National Assembly of Turkey" does
      }
      if (m.value() instanceof Gazetteer.Capital && (LOCATIVE.matcher(t.text.substring(Math.max(0, m.start() - 20), m.start())).matches()
          || PART_OF_NAME.matcher(t.text).region(m.end(), t.text.length()).lookingAt())) {
        continue;
      }
      found.putIfAbsent(country.iso2(), new Extraction.CountryMention(country.iso2(), t.evidence(m.start())));
    }
    return List.copyOf(found.values());
  }

  private static boolean namesCountry(String text, Country country) {
    String t = text.toLowerCase(java.util.Locale.ROOT);
    return t.contains(country.name().toLowerCase(java.util.Locale.ROOT))
        || country.demonyms().stream().anyMatch(d -> t.contains(d.toLowerCase(java.util.Locale.ROOT)));
  }

  static Country countryOf(Gazetteer.Hit hit) {
    if (hit instanceof Gazetteer.CountryName c) {
      return c.country();
    }
    if (hit instanceof Gazetteer.Demonym d) {
      return d.country();
    }
    if (hit instanceof Gazetteer.Legislature l) {
      return l.country();
    }
    return hit instanceof Gazetteer.Capital c ? c.country() : null;
  }

  private static boolean insidePerson(PhraseMatcher.Match<?> m, List<PersonFinder.Found> people) {
    for (PersonFinder.Found p : people) {
      for (int[] o : p.occurrences) {
        if (m.start() >= o[0] && m.end() <= o[1]) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Set<String> JOURNEYS = MeetingCandidates.groupWords("journey");

  /** The countries a journey word takes ("a visit to Peru", "arrived in Peru"); groups.tsv, kind journey. */
  static Set<String> visited(ArticleText t) {
    Set<String> out = new java.util.HashSet<>();
    for (PhraseMatcher.Match<Gazetteer.Hit> hit : t.hits) {
      Country c = countryOf(hit.value());
      Nlp.Sentence s = c == null ? null : t.sentenceAt(hit.start());
      int[] at = s == null ? null : s.tokensOf(hit.start(), hit.end());
      if (at != null) {
        for (Dependencies.Edge e : s.dependencies().governors(Triggers.head(s, at[0], at[1]))) {
          if (e.relation().matches("nmod:(to|in)|obl:(to|in)|obj") && JOURNEYS.contains(Triggers.lemma(s.tokens().get(e.governor())))) {
            out.add(c.iso2());
          }
        }
      }
    }
    return out;
  }
}
