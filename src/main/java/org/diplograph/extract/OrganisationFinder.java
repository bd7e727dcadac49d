package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.gazetteer.Gazetteer;
import org.diplograph.gazetteer.Organisation;
import org.diplograph.gazetteer.PhraseMatcher;

/**
 * Organisations: the gazetteer's names and acronyms, then CoreNLP's ORGANIZATION spans it lacks,
 * repaired ("OSCE" + "Programme Office" + "in Astana") and linked to the gazetteer organisation
 * they belong to.
 */
final class OrganisationFinder {

  /** One organisation of the article with the spans where it is written. */
  static final class Found {
    String name;
    String id;
    String parent;
    String evidence;
    final Set<String> mentions = new LinkedHashSet<>();
    final List<int[]> spans = new ArrayList<>();
  }

  private static final Pattern FIELD_OFFICE = Pattern.compile(".*\\b(Office|Mission|Centre|Center|Embassy|Consulate|Bureau|Representation|Delegation|Secretariat|Branch)$");
  private static final Pattern IN_PLACE = Pattern.compile("\\G in ([A-Z][\\p{L}-]+(?: [A-Z][\\p{L}-]+)?)");
  private static final Set<String> BACK_REFERENCES = Set.of("Organization", "Organisation", "Union", "Alliance",
      "Commission", "Council", "Bank", "Fund", "Forum", "Agency", "Assembly");

  private OrganisationFinder() {}

  static List<Found> find(ArticleText t, String source, List<PersonFinder.Found> people) {
    Map<String, Found> found = new LinkedHashMap<>();
    for (PhraseMatcher.Match<Gazetteer.Hit> m : t.hits) {
      if (m.value() instanceof Gazetteer.OrganisationName o) {
        Found f = found.computeIfAbsent(o.organisation().id(), k -> known(o.organisation(), t.evidence(m.start())));
        f.mentions.add(m.text());
        f.spans.add(new int[] {m.start(), m.end()});
      }
    }
    for (ArticleText.Entity e : t.entities) {
      if (e.kind() != ArticleText.Kind.ORGANIZATION) {
        continue;
      }
      int start = e.start();
      int end = e.end();
      PhraseMatcher.Match<Gazetteer.Hit> before = hitEndingAt(t, start);
      if (before != null && before.value() instanceof Gazetteer.OrganisationName) {
        start = before.start();
      }
      String name = t.text.substring(start, end);
      Matcher in = IN_PLACE.matcher(t.text).region(end, t.text.length());
      if (FIELD_OFFICE.matcher(name).matches() && in.lookingAt()) {
        end = in.end();
        name = t.text.substring(start, end);
      }
      name = name.replaceAll("^(?:the|The)\\s+", "").replaceAll("[’']s$", "").strip();
      if (!isNewOrganisation(t, name, start, end, source, people)) {
        continue;
      }
      String key = name.toLowerCase(Locale.ROOT);
      Found f = found.get(key);
      if (f == null) {
        f = new Found();
        f.name = name;
        f.evidence = t.evidence(start);
        f.parent = parentOf(t, start, end);
        found.put(key, f);
      }
      f.mentions.add(name);
      f.spans.add(new int[] {start, end});
    }
    addBackReferences(t, found.values());
    return new ArrayList<>(found.values());
  }

  private static Found known(Organisation o, String evidence) {
    Found f = new Found();
    f.name = o.name();
    f.id = o.id();
    f.evidence = evidence;
    return f;
  }

  private static PhraseMatcher.Match<Gazetteer.Hit> hitEndingAt(ArticleText t, int start) {
    for (PhraseMatcher.Match<Gazetteer.Hit> m : t.hits) {
      if (m.end() < start && t.text.substring(m.end(), start).equals(" ")) {
        return m;
      }
    }
    return null;
  }

  /** An NER span that is not a known organisation, a country, a person or the credited outlet. */
  private static boolean isNewOrganisation(ArticleText t, String name, int start, int end, String source,
      List<PersonFinder.Found> people) {
    if (name.length() < 2 || name.split("\\s+").length > 12 || source != null && name.equalsIgnoreCase(source)) {
      return false;
    }
    for (PhraseMatcher.Match<Gazetteer.Hit> m : t.hits) {
      if (m.start() <= start && m.end() >= end) {
        return false; // the gazetteer has it already, or it is a country
      }
    }
    for (PersonFinder.Found p : people) {
      for (int[] o : p.occurrences) {
        if (o[0] <= start && o[1] >= end) {
          return false;
        }
      }
    }
    return !name.matches("(?i)(chairmanship|presidency|government|ministry|cabinet|parliament|embassy|state|commission"
        + "|council|secretariat|office|department|administration|assembly|senate|congress|court|agency|union|twitter"
        + "|facebook|x|telegram|instagram|youtube)(-in-office)?");
  }

  /** The gazetteer organisation named inside a span ("OSCE" in "OSCE Programme Office in Astana"). */
  private static String parentOf(ArticleText t, int start, int end) {
    for (PhraseMatcher.Match<Gazetteer.Hit> m : t.hits) {
      if (m.start() >= start && m.end() <= end && m.value() instanceof Gazetteer.OrganisationName o) {
        return o.organisation().name();
      }
    }
    return null;
  }

  /** "the Organization" for the one organisation of the article whose name has that head word. */
  private static void addBackReferences(ArticleText t, java.util.Collection<Found> found) {
    for (String head : BACK_REFERENCES) {
      List<Found> owners = found.stream().filter(f -> f.id != null && List.of(f.name.split("\\s+")).contains(head)).toList();
      if (owners.size() != 1) {
        continue;
      }
      Matcher m = Pattern.compile("\\b[Tt]he " + head + "\\b").matcher(t.text);
      while (m.find()) {
        owners.get(0).mentions.add(head);
        owners.get(0).spans.add(new int[] {m.start() + 4, m.end()});
      }
    }
  }
}
