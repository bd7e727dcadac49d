package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.gazetteer.Country;
import org.diplograph.gazetteer.Gazetteer;
import org.diplograph.gazetteer.Lexicon;
import org.diplograph.gazetteer.PhraseMatcher;

/**
 * The countries and organisations a post may be of, and what the article says of each: named in
 * the title ("of Malta", "Malta's", "Maltese", "to Japan"), in a title of the same group, in the
 * sentence, in the person's own titles elsewhere in the article, or only by the article (its home
 * country, the countries it names most); how often the person and the country share a sentence;
 * whether the article's titles give the country to another person.
 */
final class AffiliationOptions {

  /** A country or organisation a post may be of, where it was found, and its span when in the title. */
  record Option(Affiliation of, String source, Span span, Syntax syntax) {
    Option(Affiliation of, String source, Span span) {
      this(of, source, span, null);
    }
  }

  /** How a country named elsewhere in the sentence hangs on the parse: its relation to its governor, its distance from the title. */
  record Syntax(String relation, String distance) {}

  private final ArticleText t;
  private final List<OrganisationFinder.Found> orgs;
  private final String home;
  private final Map<String, Integer> rank;
  /** The international organisations of the gazetteer that the article names, the most named first (at most two). */
  private final List<Affiliation> organisations;
  /** Per person: the countries and organisations its titles name outright (what the person "owns"). */
  private final Map<String, Set<Affiliation>> owned = new HashMap<>();
  /** The countries the article has someone visit or arrive in ("his visit to Italy"): the hosts' side. */
  private final Set<String> visited;

  /** Per person and affiliation: in how many sentences both are named. */
  private final Map<String, Map<Affiliation, Integer>> together = new HashMap<>();

  AffiliationOptions(ArticleText t, List<PersonFinder.Found> people, List<OrganisationFinder.Found> orgs, String home) {
    this.t = t;
    this.orgs = orgs;
    this.home = home;
    this.rank = countryRank(t);
    this.visited = CountryFinder.visited(t);
    this.organisations = knownOrganisations(t);
    for (Nlp.Sentence s : t.sentences) {
      List<Affiliation> named = new ArrayList<>();
      for (PhraseMatcher.Match<Gazetteer.Hit> hit : t.hits) {
        Affiliation of = affiliation(hit.value());
        if (of != null && hit.start() >= s.begin() && hit.end() <= s.end() && !named.contains(of)) {
          named.add(of);
        }
      }
      for (PersonFinder.Found p : people) {
        if (p.occurrences.stream().anyMatch(o -> o[0] >= s.begin() && o[1] <= s.end())) {
          Map<Affiliation, Integer> counts = together.computeIfAbsent(p.name, k -> new HashMap<>());
          named.forEach(a -> counts.merge(a, 1, Integer::sum));
        }
      }
    }
  }

  /** Records that a title right beside a name names this affiliation outright. */
  void own(String person, Affiliation of) {
    owned.computeIfAbsent(person, k -> new LinkedHashSet<>()).add(of);
  }

  Set<Affiliation> owned(String person) {
    return owned.getOrDefault(person, Set.of());
  }

  /** The options of a title in its sentence, each with the most specific place it was found. */
  List<Option> options(Nlp.Sentence s, TitlePhrases.Title title, List<TitlePhrases.Title> titles) {
    Map<Affiliation, Option> options = new LinkedHashMap<>();
    Span span = title.span();
    int headAt = title.headToken().begin();
    Set<Affiliation> delegations = delegationsBefore(s, span.start());
    for (PhraseMatcher.Match<Gazetteer.Hit> hit : t.hits) {
      Affiliation of = affiliation(hit.value());
      if (of == null || hit.end() <= s.begin() || hit.start() >= s.end()) {
        continue;
      }
      Span at = new Span(hit.start(), hit.end());
      String source;
      if (span.contains(at)) {
        String before = t.text.substring(span.start(), hit.start());
        source = hit.start() > headAt ? (before.matches("(?s).*\\bto\\s+(the\\s+)?$") ? "title-to"
            : before.matches("(?s).*\\bin\\s+(the\\s+)?$") ? "title-in" : "title-of")
            : hit.value() instanceof Gazetteer.Demonym ? "title-demonym"
            : t.text.startsWith("'s", hit.end()) || t.text.startsWith("’s", hit.end()) ? "title-possessive" : "title-before";
      } else if (inTitleOf(title, titles, at, true)) {
        source = "group";
      } else if (inTitleOf(title, titles, at, false)) {
        source = "other-title"; // "Chilean President Luis Paz met President Ana Soto": Chile is Paz's
      } else {
        source = delegations.contains(of) ? "delegation" : "sentence";
      }
      Option seen = options.get(of);
      if (seen == null || specificity(source) > specificity(seen.source())) {
        options.put(of, new Option(of, source, source.startsWith("title") ? at : null,
            specificity(source) == 0 ? syntax(s, title, at) : null));
      }
    }
    for (String iso2 : TITLE_COUNTRIES.getOrDefault(titleKey(TitleText.without(t, title, null)), List.of())) {
      Affiliation country = new Affiliation.Country(iso2);
      Option seen = options.get(country);
      if (seen == null || specificity(seen.source()) == 0) {
        options.put(country, new Option(country, "title-country", null)); // "Taoiseach Enda Kenny": Ireland's
      }
    }
    for (OrganisationFinder.Found o : orgs) {
      for (int[] sp : o.spans) {
        Span at = new Span(sp[0], sp[1]);
        if (span.contains(at) && o.id == null) {
          Affiliation body = new Affiliation.Organisation(o.name);
          options.putIfAbsent(body, new Option(body, "title-body", at)); // "Speaker of the National Assembly"
        }
      }
    }
    if (home != null) {
      options.putIfAbsent(new Affiliation.Country(home), new Option(new Affiliation.Country(home), "home", null));
    }
    rank.forEach((iso2, r) -> {
      if (r <= 3) {
        options.putIfAbsent(new Affiliation.Country(iso2), new Option(new Affiliation.Country(iso2), "article", null));
      }
    });
    for (Affiliation org : organisations) {
      options.putIfAbsent(org, new Option(org, "article-organisation", null)); // "Secretary General Stoltenberg" of NATO
    }
    return new ArrayList<>(options.values());
  }

  /** A country named right after a person's name: "Evo Morales of Bolivia", "Ana Soto from Chile". */
  Option after(Nlp.Sentence s, int last) {
    List<Nlp.Token> tokens = s.tokens();
    int k = last + 1;
    if (k < tokens.size() && tokens.get(k).word().equals(",")) {
      k++;
    }
    if (k >= tokens.size() || !tokens.get(k).word().matches("of|from")) {
      return null;
    }
    k++;
    if (k < tokens.size() && tokens.get(k).word().equalsIgnoreCase("the")) {
      k++;
    }
    if (k >= tokens.size()) {
      return null;
    }
    int begin = tokens.get(k).begin();
    for (PhraseMatcher.Match<Gazetteer.Hit> hit : t.hits) {
      if (hit.start() == begin && hit.value() instanceof Gazetteer.CountryName c) {
        return new Option(new Affiliation.Country(c.country().iso2()), "name-of", null);
      }
    }
    return null;
  }

  /** The countries a title names, in text order ("the foreign ministers of Chile and Peru"). */
  List<Option> countriesIn(TitlePhrases.Title title) {
    List<Option> out = new ArrayList<>();
    Span span = title.span();
    for (PhraseMatcher.Match<Gazetteer.Hit> hit : t.hits) {
      if (span.contains(new Span(hit.start(), hit.end())) && hit.value() instanceof Gazetteer.CountryName c) {
        out.add(new Option(new Affiliation.Country(c.country().iso2()), "list-country", null));
      }
    }
    return out;
  }

  /** The countries a sentence names before a title, in text order. */
  List<Option> countriesBefore(Nlp.Sentence s, TitlePhrases.Title title) {
    List<Option> out = new ArrayList<>();
    int until = title.span().start();
    for (PhraseMatcher.Match<Gazetteer.Hit> hit : t.hits) {
      if (hit.start() >= s.begin() && hit.end() <= until && hit.value() instanceof Gazetteer.CountryName c) {
        out.add(new Option(new Affiliation.Country(c.country().iso2()), "list-country", null));
      }
    }
    return out;
  }

  /**
   * A country named right before a person's name in a list: "Latvia Baiba Braže"; with {@code comma},
   * also across a comma and honorifics ("the Ambassadors of Latvia, Mr Ivars Ozols; Peru, Ana Soto").
   */
  Option before(Nlp.Sentence s, int first, boolean comma) {
    int k = first - 1;
    while (comma && k > 0 && TitleWords.isHonorific(s.tokens().get(k).word())) {
      k--;
    }
    if (comma && k > 0 && s.tokens().get(k).word().equals(",")) {
      k--;
    }
    if (k < 0) {
      return null;
    }
    Nlp.Token previous = s.tokens().get(k);
    for (PhraseMatcher.Match<Gazetteer.Hit> hit : t.hits) {
      if (hit.end() == previous.end() && hit.value() instanceof Gazetteer.CountryName c) {
        return new Option(new Affiliation.Country(c.country().iso2()), "list-country", null);
      }
    }
    return null;
  }

  /** What the article says of an option for a person's post. */
  List<String> features(Option o, String person, String role, TitlePhrases.Title title) {
    List<String> f = new ArrayList<>();
    String kind = o.of() instanceof Affiliation.Country ? "country" : "org";
    f.add("aff=" + o.source());
    f.add("head+kind=" + TitleWords.key(Triggers.lemma(title.headToken())) + "/" + kind); // a secretary-general is mostly an organisation's
    f.add("aff+role=" + o.source() + "/" + role);
    f.add("aff+kind=" + o.source() + "/" + kind);
    f.add("role+kind=" + role + "/" + kind);
    if (o.syntax() != null) {
      f.add("aff+relation=" + o.source() + "/" + o.syntax().relation());
      f.add("aff+distance=" + o.source() + "/" + o.syntax().distance());
    }
    boolean ownedHere = owned(person).contains(o.of());
    boolean ownedElsewhere = !ownedHere && owned.entrySet().stream()
        .anyMatch(e -> !e.getKey().equals(person) && e.getValue().contains(o.of()));
    if (ownedHere) {
      f.add("owned");
      f.add("owned+aff=" + o.source());
    } else if (!owned(person).isEmpty()) {
      f.add("owns-another");
    }
    if (ownedElsewhere) {
      f.add("owned-by-other");
      f.add("owned-by-other+aff=" + o.source());
    }
    if (o.of() instanceof Affiliation.Country c && visited.contains(c.iso2())) {
      f.add("visited+aff=" + o.source()); // those a visitor meets are mostly of the country visited
    }
    int shared = together.getOrDefault(person, Map.of()).getOrDefault(o.of(), 0);
    f.add("together=" + Math.min(shared, 3));
    if (o.of() instanceof Affiliation.Country c) {
      Integer r = rank.get(c.iso2());
      f.add("rank=" + (r == null ? "none" : Math.min(r, 3)));
      f.add("aff+rank=" + o.source() + "/" + (r == null ? "none" : Math.min(r, 3)));
      if (home != null && home.equals(c.iso2())) {
        f.add("is-home");
        f.add("is-home+role=" + role);
      }
    }
    return f;
  }

  /**
   * How a country named elsewhere in the sentence hangs on the sentence's tree: the relation to its
   * governor ("nmod:in" in "the situation in Ukraine", "amod" in "the Turkish side") and how far it
   * is from the title's head word.
   */
  private static Syntax syntax(Nlp.Sentence s, TitlePhrases.Title title, Span at) {
    int[] tokens = s.tokensOf(at.start(), at.end());
    if (tokens == null) {
      return null;
    }
    int head = Triggers.head(s, tokens[0], tokens[1]);
    List<Dependencies.Edge> up = s.dependencies().governors(head);
    String relation = up.isEmpty() ? "root" : up.get(0).relation();
    List<String> path = s.dependencies().path(title.head(), head);
    return new Syntax(relation, path == null ? "none" : path.size() <= 2 ? "near" : path.size() <= 4 ? "mid" : "far");
  }

  /** Where a country is named, the nearer the better: in the title, in a title of its group, in the sentence. */
  private static int specificity(String source) {
    return source.startsWith("title") ? 2 : source.equals("group") || source.equals("delegation") ? 1 : 0;
  }

  /**
   * The countries and organisations whose delegation the sentence lists before a point: "The
   * Chilean delegation consisted of Ana Soto, MP": a delegation noun (groups.tsv, kind delegation)
   * with the affiliation among its modifiers, and a verb of membership (kind member) after it.
   */
  private Set<Affiliation> delegationsBefore(Nlp.Sentence s, int before) {
    Set<Affiliation> out = new LinkedHashSet<>();
    List<Nlp.Token> tokens = s.tokens();
    for (Nlp.Token noun : tokens) {
      if (noun.begin() >= before || !DELEGATION.contains(Triggers.lemma(noun))) {
        continue;
      }
      boolean listed = tokens.stream().anyMatch(v -> v.index() > noun.index() && v.begin() < before && MEMBER.contains(Triggers.lemma(v)));
      if (!listed) {
        continue;
      }
      Set<Integer> modifiers = new LinkedHashSet<>();
      for (Dependencies.Edge e : s.dependencies().children(noun.index())) {
        if (e.relation().matches("amod|compound|nmod:poss|nmod:of|nmod:from|nmod:for")) {
          modifiers.add(e.dependent());
          s.dependencies().children(e.dependent()).stream().filter(d -> d.relation().matches("amod|compound|nmod:poss"))
              .forEach(d -> modifiers.add(d.dependent()));
        }
      }
      for (PhraseMatcher.Match<Gazetteer.Hit> hit : t.hits) {
        Affiliation of = affiliation(hit.value());
        if (of != null && modifiers.stream().anyMatch(m -> tokens.get(m).begin() >= hit.start() && tokens.get(m).end() <= hit.end())) {
          out.add(of);
        }
      }
    }
    return out;
  }

  /** Titles of one country's office (title-countries.tsv): "taoiseach" to IE, "secretary of state" to US and VA. */
  private static final Map<String, List<String>> TITLE_COUNTRIES = new HashMap<>();

  static {
    for (Lexicon.Row row : Lexicon.load("extract/title-countries.tsv").rows()) {
      TITLE_COUNTRIES.computeIfAbsent(row.get("title"), k -> new ArrayList<>()).add(row.get("iso2"));
    }
  }

  /** The row of title-countries.tsv a title matches: the whole title, or its longest ending ("Deputy Secretary of State"). */
  static String titleKey(String title) {
    String[] words = title.toLowerCase(java.util.Locale.ROOT).split("\\s+");
    for (int from = 0; from < words.length; from++) {
      String key = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
      if (TITLE_COUNTRIES.containsKey(key)) {
        return key;
      }
    }
    return "";
  }

  private static final Set<String> DELEGATION = MeetingCandidates.groupWords("delegation");
  private static final Set<String> MEMBER = MeetingCandidates.groupWords("member");

  /** Whether a span lies in another title of the sentence, of the title's own group ("A and B ministers") or of another. */
  private static boolean inTitleOf(TitlePhrases.Title title, List<TitlePhrases.Title> titles, Span at, boolean sameGroup) {
    return titles.stream().anyMatch(other -> other != title && (other.group() == title.group()) == sameGroup
        && other.span().contains(at));
  }

  static Affiliation affiliation(Gazetteer.Hit hit) {
    if (hit instanceof Gazetteer.OrganisationName o) {
      return new Affiliation.Organisation(o.organisation().name());
    }
    Country c = CountryFinder.countryOf(hit);
    return c == null ? null : new Affiliation.Country(c.iso2());
  }

  private static List<Affiliation> knownOrganisations(ArticleText t) {
    Map<Affiliation, Integer> counts = new LinkedHashMap<>();
    for (PhraseMatcher.Match<Gazetteer.Hit> hit : t.hits) {
      if (hit.value() instanceof Gazetteer.OrganisationName o) {
        counts.merge(new Affiliation.Organisation(o.organisation().name()), 1, Integer::sum);
      }
    }
    List<Affiliation> order = new ArrayList<>(counts.keySet());
    order.sort((a, b) -> counts.get(b) - counts.get(a));
    return order.subList(0, Math.min(2, order.size()));
  }

  /** Countries by how often the article names them: 1 the most named. */
  private static Map<String, Integer> countryRank(ArticleText t) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (PhraseMatcher.Match<Gazetteer.Hit> hit : t.hits) {
      Country c = CountryFinder.countryOf(hit.value());
      if (c != null) {
        counts.merge(c.iso2(), 1, Integer::sum);
      }
    }
    List<String> order = new ArrayList<>(counts.keySet());
    order.sort((a, b) -> counts.get(b) - counts.get(a));
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < order.size(); i++) {
      out.put(order.get(i), i + 1);
    }
    return out;
  }
}
