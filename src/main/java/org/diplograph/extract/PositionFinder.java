package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.gazetteer.Country;
import org.diplograph.gazetteer.Gazetteer;
import org.diplograph.gazetteer.PhraseMatcher;

/**
 * Positions: the title phrases before and after each mention of a person, split into posts, each
 * with its role class and the country or organisation it serves ("of Malta", "Malta's",
 * "Maltese", "OSCE …"). A post that shares a phrase with one of known affiliation shares it.
 */
final class PositionFinder {

  private static final Pattern OF_BEFORE = Pattern.compile("(?i).*\\bof\\s+(?:the\\s+)?$");
  private static final Pattern TO_BEFORE = Pattern.compile("(?i).*\\b(?:to|in|at|with)\\s+(?:the\\s+)?$");

  private PositionFinder() {}

  /** Positions per person, in the order of the persons given. */
  /** Roles whose bare title ("President Ruto") names an official of the article's home country. */
  private static final java.util.Set<String> NATIONAL = java.util.Set.of("head-of-state", "head-of-government",
      "deputy-head-of-government", "foreign-minister", "deputy-foreign-minister", "minister", "deputy-minister",
      "vice-president", "legislator");

  /**
   * Positions per person, in the order of the persons given. A person whose titles name no
   * country or organisation gets the article's home country for national posts ("President
   * Ruto" in a report from Nairobi).
   */
  static Map<PersonFinder.Found, List<Extraction.Position>> find(ArticleText t, List<PersonFinder.Found> people,
      List<OrganisationFinder.Found> organisations, String home) {
    Map<PersonFinder.Found, List<Extraction.Position>> result = new LinkedHashMap<>();
    for (PersonFinder.Found person : people) {
      Map<String, Extraction.Position> posts = new LinkedHashMap<>();
      Map<String, Extraction.Position> homePosts = new LinkedHashMap<>();
      List<int[]> occurrences = new ArrayList<>(person.occurrences);
      occurrences.sort((a, b) -> a[0] - b[0]);
      for (int[] o : occurrences) {
        Nlp.Sentence s = t.sentenceAt(o[0]);
        int floor = Math.max(s.begin(), previousPersonEnd(people, o[0], s.begin()));
        List<Titles.Post> phrase = new ArrayList<>(Titles.before(t.text, floor, o[0]));
        int next = nextPersonStart(people, o[1], s.end());
        for (Titles.Post post : Titles.after(t.text, o[1], Math.min(s.end(), next))) {
          if (next >= s.end() || !t.text.substring(post.end(), next).isBlank()) {
            phrase.add(post); // ", Health Minister Khatiwada": a title right before a name is that name's
          }
        }
        for (Candidate c : positions(t, phrase, organisations, home)) {
          (c.homeOnly() ? homePosts : posts).putIfAbsent(c.post().role() + "|" + c.post().of().reference(), c.post());
        }
      }
      if (posts.isEmpty() && home != null) {
        posts.putAll(homePosts);
      }
      result.put(person, new ArrayList<>(posts.values()));
    }
    addCounterparts(t, people, result);
    addListed(t, people, result);
    addRespectively(t, people, result);
    result.replaceAll((person, posts) -> List.copyOf(posts));
    return result;
  }

  /** Plural titles that introduce a list of officials, and the role each of them holds. */
  private static final Pattern PLURAL_ROLE = Pattern.compile("(?i)\\b(ambassadors|envoys|high commissioners|foreign ministers"
      + "|ministers of foreign affairs|prime ministers|presidents|heads of state|defen[cs]e ministers|ministers)\\b");
  private static final Pattern FROM_COUNTRY = Pattern.compile("\\G\\s*,?\\s+(?:from|of)\\s+(?:the\\s+)?");

  /**
   * Officials listed after a plural title: "the ambassadors are Ana Soto from Chile, Ivan Petrov
   * from Bulgaria", "met the foreign ministers of Spain José Albares, Latvia Baiba Braže".
   */
  private static void addListed(ArticleText t, List<PersonFinder.Found> people,
      Map<PersonFinder.Found, List<Extraction.Position>> result) {
    for (PersonFinder.Found person : people) {
      if (!result.get(person).isEmpty()) {
        continue;
      }
      for (int[] o : person.occurrences) {
        Nlp.Sentence s = t.sentenceAt(o[0]);
        int prev = Math.max(0, t.sentences.indexOf(s) - 1);
        String context = t.text.substring(t.sentences.get(prev).begin(), o[0]);
        Matcher plural = PLURAL_ROLE.matcher(context);
        String role = null;
        while (plural.find()) {
          role = pluralRole(plural.group(1));
        }
        if (role == null) {
          continue;
        }
        String country = null;
        Matcher from = FROM_COUNTRY.matcher(t.text).region(o[1], s.end());
        if (from.lookingAt()) {
          country = countryAt(t, from.end());
        }
        if (country == null) {
          country = countryEndingAt(t, o[0]);
        }
        if (country != null) {
          result.get(person).add(new Extraction.Position(role.equals("foreign-minister") ? "Foreign Minister"
              : role.equals("ambassador") ? "Ambassador" : role, role, Affiliation.parse(country), t.evidence(o[0])));
          break;
        }
      }
    }
  }

  private static final Pattern RESPECTIVELY = Pattern.compile("(?i)\\brespectively\\b");

  /**
   * "Uzbekistan and Kyrgyzstan were represented by Foreign Ministers Abdulaziz Kamilov and Erlan
   * Abdyldayev respectively": the n-th country named before the verb is the n-th person's.
   */
  private static void addRespectively(ArticleText t, List<PersonFinder.Found> people,
      Map<PersonFinder.Found, List<Extraction.Position>> result) {
    for (Nlp.Sentence s : t.sentences) {
      if (!RESPECTIVELY.matcher(s.text()).find()) {
        continue;
      }
      Matcher plural = PLURAL_ROLE.matcher(s.text());
      if (!plural.find()) {
        continue;
      }
      String role = pluralRole(plural.group(1));
      int rolesAt = s.begin() + plural.start();
      List<String> countries = new ArrayList<>();
      for (PhraseMatcher.Match<Gazetteer.Hit> m : t.hits) {
        Country c = CountryFinder.countryOf(m.value());
        if (c != null && m.start() >= s.begin() && m.end() <= rolesAt) {
          countries.add("country:" + c.iso2());
        }
      }
      List<PersonFinder.Found> named = new ArrayList<>();
      for (PersonFinder.Found p : people) {
        for (int[] o : p.occurrences) {
          if (o[0] > rolesAt && o[1] <= s.end() && !named.contains(p)) {
            named.add(p);
          }
        }
      }
      named.sort((a, b) -> Integer.compare(firstAfter(a, rolesAt), firstAfter(b, rolesAt)));
      if (countries.size() != named.size()) {
        continue;
      }
      for (int i = 0; i < named.size(); i++) {
        String of = countries.get(i);
        List<Extraction.Position> posts = result.get(named.get(i));
        if (posts.stream().noneMatch(x -> x.role().equals(role) && x.of().reference().equals(of))) {
          posts.add(new Extraction.Position(plural.group(1), role, Affiliation.parse(of), t.evidence(s.begin())));
        }
      }
    }
  }

  private static int firstAfter(PersonFinder.Found p, int offset) {
    return p.occurrences.stream().mapToInt(o -> o[0]).filter(x -> x > offset).min().orElse(Integer.MAX_VALUE);
  }

  private static String pluralRole(String plural) {
    String p = plural.toLowerCase(java.util.Locale.ROOT);
    if (p.contains("ambassador") || p.contains("envoy") || p.contains("commissioner")) {
      return "ambassador";
    }
    if (p.contains("foreign")) {
      return "foreign-minister";
    }
    if (p.contains("prime")) {
      return "head-of-government";
    }
    if (p.contains("president") || p.contains("heads of state")) {
      return "head-of-state";
    }
    return "minister";
  }

  private static String countryAt(ArticleText t, int start) {
    for (PhraseMatcher.Match<Gazetteer.Hit> m : t.hits) {
      Country c = CountryFinder.countryOf(m.value());
      if (c != null && m.start() == start) {
        return "country:" + c.iso2();
      }
    }
    return null;
  }

  /** A country name right before a name ("Spain José Albares"). */
  private static String countryEndingAt(ArticleText t, int nameStart) {
    for (PhraseMatcher.Match<Gazetteer.Hit> m : t.hits) {
      Country c = CountryFinder.countryOf(m.value());
      if (c != null && m.value() instanceof Gazetteer.CountryName && m.end() + 1 == nameStart && t.text.charAt(m.end()) == ' ') {
        return "country:" + c.iso2();
      }
    }
    return null;
  }

  private static final Pattern COUNTERPART = Pattern.compile(
      "(?i)\\b(?:his|her|their|its)\\s+((?:\\S+\\s+){0,2}?)counterparts?\\s*,?\\s*(?:(?:Mr|Ms|Mrs|Dr)\\.?\\s+)?$");

  /**
   * "met his Russian counterpart, Sergey Lavrov": the counterpart holds the role of the person he
   * met, for the country the adjective names.
   */
  private static void addCounterparts(ArticleText t, List<PersonFinder.Found> people,
      Map<PersonFinder.Found, List<Extraction.Position>> result) {
    for (PersonFinder.Found person : people) {
      for (int[] o : person.occurrences) {
        Nlp.Sentence s = t.sentenceAt(o[0]);
        Matcher m = COUNTERPART.matcher(t.text).region(s.begin(), o[0]);
        if (!m.find()) {
          continue;
        }
        String country = null;
        for (PhraseMatcher.Match<Gazetteer.Hit> hit : t.hits) {
          if (hit.start() >= m.start(1) && hit.end() <= m.end(1) && CountryFinder.countryOf(hit.value()) != null) {
            country = "country:" + CountryFinder.countryOf(hit.value()).iso2();
          }
        }
        if (country == null) {
          continue;
        }
        for (PersonFinder.Found other : people) {
          if (other == person || other.occurrences.stream().noneMatch(x -> x[0] >= s.begin() && x[1] <= m.start())) {
            continue;
          }
          for (Extraction.Position p : result.get(other)) {
            String of = country;
            if (p.of() instanceof Affiliation.Country && result.get(person).stream().noneMatch(x -> x.role().equals(p.role()) && x.of().reference().equals(of))) {
              result.get(person).add(new Extraction.Position(p.title(), p.role(), Affiliation.parse(of), t.evidence(o[0])));
            }
          }
          break;
        }
      }
    }
  }

  /** A post of a title phrase; {@code homeOnly} when it names no country, so that it is the article's home country's. */
  private record Candidate(Extraction.Position post, boolean homeOnly) {}

  private static List<Candidate> positions(ArticleText t, List<Titles.Post> phrase,
      List<OrganisationFinder.Found> organisations, String home) {
    List<String> affiliations = new ArrayList<>();
    for (Titles.Post post : phrase) {
      affiliations.add(affiliation(t, post, organisations));
    }
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < phrase.size(); i++) {
      String of = affiliations.get(i);
      int group = phrase.get(i).group();
      for (int j = i + 1; of == null && j < phrase.size() && phrase.get(j).group() == group; j++) {
        of = affiliations.get(j) != null && affiliations.get(j).startsWith("country:") ? affiliations.get(j) : null;
      }
      for (int j = i - 1; of == null && j >= 0 && phrase.get(j).group() == group; j--) {
        of = affiliations.get(j) != null && affiliations.get(j).startsWith("country:") ? affiliations.get(j) : null;
      }
      String title = titleWithout(t, phrase.get(i));
      if (title.isEmpty() || !hasHead(title)) {
        continue;
      }
      if (of == null) {
        if (home != null && NATIONAL.contains(Roles.of(title, false)) && !title.contains("counterpart")) {
          out.add(new Candidate(new Extraction.Position(title, Roles.of(title, false), Affiliation.parse(home), t.evidence(phrase.get(i).start())),
              true));
        }
        continue; // a post of no known country or organisation is left out
      }
      if (of.startsWith("org:") && !known(organisations, of)) {
        // a body the gazetteer does not know (a chamber, a ministry) is a national one: its post is
        // of the country it names, or of the article's home country
        String country = countryIn(t, phrase.get(i));
        of = country != null ? country : home;
        if (of == null) {
          continue;
        }
        String national = phrase.get(i).text();
        out.add(new Candidate(new Extraction.Position(title, Roles.of(national, false), Affiliation.parse(of), t.evidence(phrase.get(i).start())),
            false));
        continue;
      }
      String role = Roles.of(title, of.startsWith("org:"));
      out.add(new Candidate(new Extraction.Position(title, role, Affiliation.parse(of), t.evidence(phrase.get(i).start())), false));
    }
    return out;
  }

  private static boolean known(List<OrganisationFinder.Found> organisations, String of) {
    return organisations.stream().anyMatch(o -> o.id != null && of.equals("org:" + o.name));
  }

  private static String countryIn(ArticleText t, Titles.Post post) {
    for (PhraseMatcher.Match<Gazetteer.Hit> m : t.hits) {
      Country c = CountryFinder.countryOf(m.value());
      if (c != null && m.start() >= post.start() && m.end() <= post.end()) {
        return "country:" + c.iso2();
      }
    }
    return null;
  }

  private static boolean hasHead(String title) {
    for (String w : title.split("[\\s,]+")) {
      if (Titles.isHead(w)) {
        return true;
      }
    }
    return false;
  }

  /** "country:XX" or "org:Name" for the post, or null. "of X" wins, then a leading "X's", adjective or acronym. */
  private static String affiliation(ArticleText t, Titles.Post post, List<OrganisationFinder.Found> organisations) {
    String ofMatch = null;
    String leading = null;
    for (PhraseMatcher.Match<Gazetteer.Hit> m : t.hits) {
      if (m.start() < post.start() || m.end() > post.end()) {
        continue;
      }
      String ref = reference(m.value(), organisations);
      if (ref == null) {
        continue;
      }
      String before = t.text.substring(post.start(), m.start());
      if (OF_BEFORE.matcher(before).matches()) {
        ofMatch = ref;
      } else if (leading == null && !TO_BEFORE.matcher(before).matches()) {
        leading = ref;
      }
    }
    for (OrganisationFinder.Found o : organisations) {
      if (o.id != null) {
        continue;
      }
      for (int[] span : o.spans) {
        if (span[0] >= post.start() && span[1] <= post.end() && OF_BEFORE.matcher(t.text.substring(post.start(), span[0])).matches()) {
          ofMatch = "org:" + o.name;
        }
      }
    }
    return ofMatch != null ? ofMatch : leading;
  }

  private static String reference(Gazetteer.Hit hit, List<OrganisationFinder.Found> organisations) {
    if (hit instanceof Gazetteer.OrganisationName o) {
      return "org:" + o.organisation().name();
    }
    Country c = CountryFinder.countryOf(hit);
    return c == null ? null : "country:" + c.iso2();
  }

  /** The title as written, without the name of the country it serves ("of Malta", "Malta's", "Maltese"). */
  private static String titleWithout(ArticleText t, Titles.Post post) {
    String title = post.text();
    for (PhraseMatcher.Match<Gazetteer.Hit> m : t.hits) {
      if (m.start() < post.start() || m.end() > post.end() || CountryFinder.countryOf(m.value()) == null) {
        continue;
      }
      String name = Pattern.quote(m.text());
      title = title.replaceAll("\\s*,?\\s+of\\s+(?:the\\s+)?" + name + "$", "")
          .replaceAll("^(?:the\\s+)?" + name + "(?:[’']s)?\\s+", "");
    }
    return title.strip();
  }

  private static int previousPersonEnd(List<PersonFinder.Found> people, int offset, int floor) {
    int end = floor;
    for (PersonFinder.Found p : people) {
      for (int[] o : p.occurrences) {
        if (o[1] <= offset && o[1] > end) {
          end = o[1];
        }
      }
    }
    return end;
  }

  private static int nextPersonStart(List<PersonFinder.Found> people, int offset, int ceiling) {
    int start = ceiling;
    for (PersonFinder.Found p : people) {
      for (int[] o : p.occurrences) {
        if (o[0] >= offset && o[0] < start) {
          start = o[0];
        }
      }
    }
    return start;
  }
}
