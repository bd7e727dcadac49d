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
import org.diplograph.gazetteer.Country;
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
    String origin = "phrase"; // how the rules found it: known, phrase, possessor, bare, legislature, ministry, body
    final Set<String> mentions = new LinkedHashSet<>();
    final List<int[]> spans = new ArrayList<>();
  }

  private static final Pattern FIELD_OFFICE = Pattern.compile("(?:.*\\b)?(Office|Mission|Centre|Center|Embassy|Consulate|Bureau|Representation|Delegation|Secretariat|Branch)\\b.*");
  private static final Pattern IN_PLACE = Pattern.compile("\\G in ([A-Z][\\p{L}-]+(?: [A-Z][\\p{L}-]+)?)");
  private static final Set<String> BACK_REFERENCES = Set.of("Organization", "Organisation", "Union", "Alliance",
      "Commission", "Council", "Bank", "Fund", "Forum", "Agency", "Assembly");

  private static final Pattern AND_MORE = Pattern.compile("\\G and (\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+){0,3})");
  /** Titles, places and regions that NER takes for organisations. */
  private static final Pattern NOT_AN_ORGANISATION = Pattern.compile("(?i)(?:minister|president|ambassador|secretary) .*|.*\\b(?:minister|president|ambassador|secretary-general"
      + "|director-general|chairman|chairperson|spokesman|spokesperson|coordinator|envoy|representative|rapporteur"
      + "|adviser|advisor)$|.*\\b(?:airport|hotel|palace|square|street|avenue|stadium|hall|headquarters"
      + "|review|partnership|agenda|strategy|declaration|treaty|agreement|immigrants|migrants)$|.*['’]\\s.*|(?:central|south|north|east|west|southeast|south-east|eastern|western) "
      + "(?:america|asia|europe|africa)");
  /** "Minister for Advanced Science and Technology": the portfolio of a title, not an organisation. */
  private static final Pattern TITLE_BEFORE = Pattern.compile("(?s).*\\b(?:Minister|Secretary|Commissioner|Minister of State)\\s+(?:for|of)\\s+(?:the\\s+)?$");
  private static final Pattern ORG_WORD = Pattern.compile("\\b(?:Ministry|Organi[sz]ation|Council|Committee|Agency|Office"
      + "|Department|Bank|Fund|Union|Commission|Association|Institute|University|Company|Corporation|Service|Forum)\\b");

  private OrganisationFinder() {}

  /** The gazetteer organisation an NER span names through an acronym ("AU Commission"), if any. */
  private static Organisation expandAcronym(ArticleText t, String name) {
    Gazetteer gazetteer = Gazetteer.get();
    for (PhraseMatcher.Match<Gazetteer.Hit> m : gazetteer.find(name)) {
      if (m.value() instanceof Gazetteer.OrganisationName o && o.acronym() && m.start() == 0 && m.end() < name.length()) {
        String full = o.organisation().name() + name.substring(m.end());
        for (PhraseMatcher.Match<Gazetteer.Hit> whole : gazetteer.find(full)) {
          if (whole.start() == 0 && whole.end() == full.length() && whole.value() instanceof Gazetteer.OrganisationName w) {
            return w.organisation();
          }
        }
      }
    }
    return null;
  }

  /** {@code home}: the ISO code of the article's home country (its bare "Foreign Ministry" is that country's), or null. */
  static List<Found> find(ArticleText t, String source, List<PersonFinder.Found> people, String home) {
    Map<String, Found> found = new LinkedHashMap<>();
    for (PhraseMatcher.Match<Gazetteer.Hit> m : t.hits) {
      if (m.value() instanceof Gazetteer.OrganisationName o) {
        Found f = found.computeIfAbsent(o.organisation().id(), k -> known(o.organisation(), t.evidence(m.start())));
        f.mentions.add(m.text());
        f.spans.add(new int[] {m.start(), m.end()});
      }
    }
    List<int[]> ministries = foreignMinistries(t, home, found);
    addLegislatures(t, found);
    List<Span> persons = new ArrayList<>();
    people.forEach(p -> p.occurrences.forEach(o -> persons.add(new Span(o[0], o[1]))));
    List<int[]> bare = new ArrayList<>();
    for (Nlp.Sentence s : t.sentences) {
      for (OrganisationPhrases.Phrase phrase : OrganisationPhrases.find(s, ArticleText.mask(s, persons))) {
        Span span = phrase.span();
        if (overlaps(span.start(), span.end(), ministries)) {
          continue;
        }
        if (phrase.first() == phrase.last() && OrganisationPhrases.kind(s.tokens().get(phrase.first()).word()) != null) {
          bare.add(new int[] {span.start(), span.end()}); // "Parliament", "the Ministry": decided below
          continue;
        }
        addPhrase(t, s, phrase, source, people, found);
      }
    }
    addBare(t, bare, found);
    addBodiesOfKnown(t, found);
    addBackReferences(t, found.values());
    return new ArrayList<>(found.values());
  }

  /** One organisation phrase: known through an acronym, else a new organisation unless it is none. */
  private static void addPhrase(ArticleText t, Nlp.Sentence s, OrganisationPhrases.Phrase phrase, String source,
      List<PersonFinder.Found> people, Map<String, Found> found) {
    int start = phrase.span().start();
    int end = phrase.span().end();
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
    if (name.contains("\n") || name.length() < 2) {
      return;
    }
    Organisation expanded = expandAcronym(t, name);
    if (expanded != null) { // "AU Commission" is the gazetteer's "African Union Commission"
      Found f = found.computeIfAbsent(expanded.id(), k -> known(expanded, t.evidence(phrase.span().start())));
      f.mentions.add(name);
      f.spans.add(new int[] {start, end});
      return;
    }
    if (!isNewOrganisation(t, name, start, end, source, people) || source != null && Gazetteer.get().sameAgency(name, source)
        || name.matches("[\\d\\s]+") || portfolio(t, s, phrase)) {
      return; // the credited agency, a number, a minister's portfolio ("Minister for Foreign Affairs")
    }
    Country possessor = possessor(t, s, phrase.first());
    String mention = name;
    String canonical = name;
    if (possessor != null) {
      // "Kuwait's National Assembly" is the National Assembly of Kuwait
      mention = t.text.substring(s.tokens().get(phrase.first() - 2).begin(), end);
      canonical = name + " of " + possessor.name();
      start = s.tokens().get(phrase.first() - 2).begin();
    }
    String key = canonical.toLowerCase(Locale.ROOT);
    Found f = found.get(key);
    if (f == null) {
      f = new Found();
      f.name = canonical;
      f.origin = possessor != null ? "possessor" : "phrase";
      f.evidence = t.evidence(start);
      f.parent = parentOf(t, start, end);
      found.put(key, f);
    }
    f.mentions.add(mention);
    f.spans.add(new int[] {start, end});
  }

  /**
   * A bare organisation word ("Parliament", "the Ministry") refers to the one organisation of the
   * article whose name has it; with none such, a capitalised parliament word names one of its own.
   */
  private static void addBare(ArticleText t, List<int[]> bare, Map<String, Found> found) {
    for (int[] span : bare) {
      String word = t.text.substring(span[0], span[1]);
      List<Found> owners = found.values().stream()
          .filter(f -> List.of(f.name.toLowerCase(Locale.ROOT).split("\\s+")).contains(word.toLowerCase(Locale.ROOT))).toList();
      if (owners.size() == 1) {
        owners.get(0).mentions.add(word);
        owners.get(0).spans.add(span);
      } else if (owners.isEmpty() && Character.isUpperCase(word.charAt(0)) && OrganisationPhrases.namesAlone(word)) {
        Found f = found.computeIfAbsent(word.toLowerCase(Locale.ROOT), k -> {
          Found n = new Found();
          n.name = word;
          n.origin = "bare";
          n.evidence = t.evidence(span[0]);
          return n;
        });
        f.mentions.add(word);
        f.spans.add(span);
      }
    }
  }

  /** "High Representative of the Union for Foreign Affairs": words after a title's "of" or "for" that no organisation word heads. */
  private static boolean portfolio(ArticleText t, Nlp.Sentence s, OrganisationPhrases.Phrase phrase) {
    int k = phrase.first() - 1;
    if (k >= 0 && s.tokens().get(k).word().equalsIgnoreCase("the")) {
      k--;
    }
    boolean afterTitle = k >= 1 && s.tokens().get(k).word().matches("of|for") && TitleWords.isHead(s.tokens().get(k - 1).word());
    boolean headed = false;
    for (int i = phrase.first(); i <= phrase.last(); i++) {
      OrganisationPhrases.Kind kind = OrganisationPhrases.kind(s.tokens().get(i).word());
      headed |= kind == OrganisationPhrases.Kind.HEAD || kind == OrganisationPhrases.Kind.BUILDING; // "House of Representatives"
    }
    return afterTitle && !headed;
  }

  /** The country of a possessive right before a phrase: "Kuwait's National Assembly". */
  private static Country possessor(ArticleText t, Nlp.Sentence s, int first) {
    if (first < 2 || !s.tokens().get(first - 1).pos().equals("POS")) {
      return null;
    }
    Nlp.Token owner = s.tokens().get(first - 2);
    for (PhraseMatcher.Match<Gazetteer.Hit> hit : t.hits) {
      if (hit.start() == owner.begin() && hit.end() == owner.end() && hit.value() instanceof Gazetteer.CountryName c) {
        return c.country();
      }
    }
    return null;
  }

  /** National parliaments the gazetteer knows by their own names ("Folketing", "Lok Sabha"). */
  private static void addLegislatures(ArticleText t, Map<String, Found> found) {
    for (PhraseMatcher.Match<Gazetteer.Hit> m : t.hits) {
      if (m.value() instanceof Gazetteer.Legislature l) {
        Found f = found.computeIfAbsent("legislature:" + l.name(), k -> {
          Found n = new Found();
          n.name = l.name();
          n.origin = "legislature";
          n.evidence = t.evidence(m.start());
          return n;
        });
        f.mentions.add(m.text());
        f.spans.add(new int[] {m.start(), m.end()});
      }
    }
  }

  /** A foreign ministry with up to three capitalised words before it and a capitalised name after "of". */
  private static final Pattern FOREIGN_MINISTRY = Pattern.compile("(?:((?:\\p{Lu}[\\p{L}’'-]* ){0,2}\\p{Lu}[\\p{L}’'-]*?)(?:['’]s)? )?"
      + "(?:[Ff]oreign [Mm]inistry|Ministry of Foreign Affairs|[Ff]oreign [Aa]ffairs [Mm]inistry|MFA)"
      + "(?: of (?:the )?(\\p{Lu}[\\p{L}’'-]*(?: (?:of |the )*\\p{Lu}[\\p{L}’'-]*){0,4}))?");

  /**
   * Foreign ministries under one name: "Kazakh Foreign Ministry", "Kazakhstan's foreign ministry"
   * and "Ministry of Foreign Affairs of the Republic of Kazakhstan" are the "Ministry of Foreign
   * Affairs of Kazakhstan"; a bare "Foreign Ministry" is the home country's. Returns their spans.
   */
  private static List<int[]> foreignMinistries(ArticleText t, String home, Map<String, Found> found) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = FOREIGN_MINISTRY.matcher(t.text);
    while (m.find()) {
      String iso2 = null;
      int start = m.start();
      for (PhraseMatcher.Match<Gazetteer.Hit> hit : t.hits) {
        var country = CountryFinder.countryOf(hit.value());
        if (country == null || hit.end() <= m.start() || hit.start() >= m.end()) {
          continue;
        }
        boolean before = m.group(1) != null && hit.end() <= m.end(1) && hit.end() >= m.end(1) - 3;
        boolean after = m.group(2) != null && hit.end() > m.start(2); // "of the Republic of Chile": the hit may take in "the"
        if (before || after) {
          iso2 = country.iso2();
          start = before ? hit.start() : start;
        }
      }
      if (iso2 == null && home != null && m.group(2) == null) {
        iso2 = home;
        start = m.group(1) != null ? m.end(1) + 1 : m.start();
      }
      if (iso2 == null) {
        continue;
      }
      int end = m.end();
      String text = t.text.substring(start, end).replaceAll("^(?:the|The) ", "");
      String name = "Ministry of Foreign Affairs of " + Gazetteer.get().country(iso2).map(Country::name).orElse(iso2);
      String key = "mfa:" + iso2;
      Found f = found.get(key);
      if (f == null) {
        f = new Found();
        f.name = name;
        f.origin = "ministry";
        f.evidence = t.evidence(start);
        found.put(key, f);
      }
      f.mentions.add(text);
      f.spans.add(new int[] {start, end});
      spans.add(new int[] {start, end});
    }
    return spans;
  }

  private static boolean overlaps(int start, int end, List<int[]> spans) {
    for (int[] s : spans) {
      if (start < s[1] && end > s[0]) {
        return true;
      }
    }
    return false;
  }

  private static Found known(Organisation o, String evidence) {
    Found f = new Found();
    f.name = o.name();
    f.origin = "known";
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
    if (NOT_AN_ORGANISATION.matcher(name).matches() && !OrganisationPhrases.officeOfTitle(name)
        || TITLE_BEFORE.matcher(t.text.substring(Math.max(0, start - 30), start)).matches() && !ORG_WORD.matcher(name).find()) {
      return false;
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

  private static final Pattern BODY_AFTER = Pattern.compile("\\G((?: \\p{Lu}[\\p{L}-]+){0,3} (?:Forum|Council|Commission"
      + "|Secretariat|Office|Centre|Center|Committee|Bank|Fund|Mission|Assembly))\\b");

  /** "ASEAN Regional Forum", "OSCE Programme Office": a body of a known organisation NER did not mark. */
  private static void addBodiesOfKnown(ArticleText t, Map<String, Found> found) {
    for (PhraseMatcher.Match<Gazetteer.Hit> m : t.hits) {
      if (!(m.value() instanceof Gazetteer.OrganisationName o)) {
        continue;
      }
      Matcher body = BODY_AFTER.matcher(t.text).region(m.end(), t.text.length());
      if (!body.lookingAt()) {
        continue;
      }
      int end = body.end();
      boolean known = found.values().stream().anyMatch(f -> f.spans.stream().anyMatch(s -> s[0] <= m.start() && s[1] >= end));
      String name = t.text.substring(m.start(), end);
      if (known || Gazetteer.get().find(name).stream().anyMatch(h -> h.start() == 0 && h.end() == name.length())) {
        continue;
      }
      Organisation expanded = expandAcronym(t, name);
      if (expanded != null) { // "AU Commission" is the gazetteer's "African Union Commission"
        Found f = found.computeIfAbsent(expanded.id(), k -> known(expanded, t.evidence(m.start())));
        f.mentions.add(name);
        f.spans.add(new int[] {m.start(), end});
        continue;
      }
      Found f = found.computeIfAbsent(name.toLowerCase(java.util.Locale.ROOT), k -> {
        Found n = new Found();
        n.name = name;
        n.origin = "body";
        n.evidence = t.evidence(m.start());
        n.parent = o.organisation().name();
        return n;
      });
      f.mentions.add(name);
      f.spans.add(new int[] {m.start(), end});
    }
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
