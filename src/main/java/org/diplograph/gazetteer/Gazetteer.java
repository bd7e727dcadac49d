package org.diplograph.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Countries, organisations, roles and topics, loaded once from the classpath. */
public final class Gazetteer {

  /** What a phrase in text names: a country (by name, demonym or capital) or an organisation. */
  public sealed interface Hit permits CountryName, Demonym, Capital, OrganisationName, Legislature {}

  public record CountryName(Country country) implements Hit {}

  public record Demonym(Country country) implements Hit {}

  public record Capital(Country country) implements Hit {}

  public record OrganisationName(Organisation organisation, boolean acronym) implements Hit {}

  /** A national parliament or chamber known by its own name ("Folketing", "Lok Sabha"), and its country. */
  public record Legislature(String name, Country country) implements Hit {}

  private static final Gazetteer DEFAULT = load();

  private final Map<String, Country> countries = new LinkedHashMap<>();
  private final Map<String, Organisation> organisations = new LinkedHashMap<>();
  private final Map<String, String> roles = new LinkedHashMap<>();
  private final Map<String, String> topics = new LinkedHashMap<>();
  private final Map<String, Country> capitals = new LinkedHashMap<>();
  private final Map<String, Country> cities = new LinkedHashMap<>();
  private final Map<String, Country> agencies = new LinkedHashMap<>();
  /** Every agency name of agencies.tsv, short and full, lower-cased, to its short name. */
  private final Map<String, String> agencyNames = new java.util.HashMap<>();
  private final List<String> agencyList = new ArrayList<>();
  private final PhraseMatcher<Hit> matcher = new PhraseMatcher<>();

  private Gazetteer() {}

  /** The gazetteer of the project's resources. */
  public static Gazetteer get() {
    return DEFAULT;
  }

  /**
   * The names with every combination of the other spellings news writes of their words
   * ({@code gazetteer/name-spellings.tsv}: "Shanghai Co-operation Organization" for "Shanghai
   * Cooperation Organisation"), each replaced as a whole word.
   */
  static java.util.Set<String> spelt(List<String> names, List<String[]> spellings) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>(names);
    List<String> todo = new ArrayList<>(names);
    while (!todo.isEmpty() && out.size() < 64 * names.size()) {
      String name = todo.remove(todo.size() - 1);
      for (String[] s : spellings) {
        String other = name.replaceAll("(?<![\\p{L}-])" + java.util.regex.Pattern.quote(s[0]) + "(?![\\p{L}-])",
            java.util.regex.Matcher.quoteReplacement(s[1]));
        if (!other.equals(s[1]) && out.add(other)) { // "United Nations" itself is not written "UN" here: that is its acronym
          todo.add(other);
        }
      }
    }
    return out;
  }

  private static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    for (String[] row : rows("countries.tsv")) {
      Country c = new Country(row[0], row[1], row[2], blankToNull(row[3]), list(row[4]), list(row[5]),
          blankToNull(row[6]), blankToNull(row[7]));
      g.countries.put(c.iso2(), c);
    }
    for (String[] row : rows("organisations.tsv")) {
      Organisation o = new Organisation(row[0], row[1], list(row[2]), list(row[3]), blankToNull(row[4]),
          blankToNull(row[5]));
      g.organisations.put(o.id(), o);
    }
    rows("roles.tsv").forEach(row -> g.roles.put(row[0], row[1]));
    rows("topics.tsv").forEach(row -> g.topics.put(row[0], row[1]));
    // Organisations first: their names hold country names ("Bank of ..."), and the longest match wins anyway.
    List<String[]> spellings = Lexicon.load("gazetteer/name-spellings.tsv").rows().stream()
        .map(r -> new String[] {r.get("written"), r.get("also")}).toList();
    for (Organisation o : g.organisations.values()) {
      List<String> names = new ArrayList<>(List.of(o.name()));
      names.addAll(o.altNames());
      spelt(names, spellings).forEach(n -> g.matcher.add(n, new OrganisationName(o, false)));
      o.acronyms().forEach(a -> g.matcher.add(a, new OrganisationName(o, true)));
    }
    for (String[] row : rows("legislatures.tsv")) {
      Country c = g.countries.get(row[1]);
      if (c == null) {
        throw new IllegalStateException("gazetteer/legislatures.tsv: no country " + row[1] + " for " + row[0]);
      }
      Legislature l = new Legislature(row[0], c);
      g.matcher.add(row[0], l);
      list(row[2]).forEach(n -> g.matcher.add(n, l));
    }
    for (Country c : g.countries.values()) {
      g.matcher.add(c.name(), new CountryName(c));
      if (c.officialName() != null) {
        g.matcher.add(c.officialName(), new CountryName(c));
        g.matcher.add("the " + c.officialName(), new CountryName(c));
      }
      c.altNames().forEach(n -> g.matcher.add(n, new CountryName(c)));
      c.demonyms().forEach(d -> g.matcher.add(d, new Demonym(c)));
      if (c.capital() != null) {
        String capital = c.capital().replaceAll("\\s+D\\.C\\.$", "");
        g.capitals.put(capital.toLowerCase(Locale.ROOT), c);
        g.matcher.add(capital, new Capital(c));
      }
    }
    for (Lexicon.Row row : Lexicon.load("gazetteer/country-aliases.tsv").rows()) {
      Country c = g.countries.get(row.get("iso2"));
      if (c == null) {
        throw row.error("no country " + row.get("iso2"));
      }
      g.matcher.add(row.get("alias"), new CountryName(c)); // "ROK", "PNG": short forms countries.tsv lacks
    }
    for (String[] row : rows("agencies.tsv")) {
      g.country(row[1]).ifPresent(c -> g.agencies.putIfAbsent(row[0].toLowerCase(Locale.ROOT), c));
      g.agencyNames.put(row[0].toLowerCase(Locale.ROOT), row[0]);
      g.agencyNames.put(row[2].toLowerCase(Locale.ROOT), row[0]);
      g.agencyList.add(row[0]);
    }
    for (String[] row : rows("cities.tsv")) {
      g.country(row[1]).ifPresent(c -> g.cities.putIfAbsent(row[0].toLowerCase(Locale.ROOT), c));
    }
    return g;
  }

  /**
   * The country of a city: its capital, or a large city that datelines name (cities.tsv: Almaty,
   * Istanbul, Geneva, New York, former capital names). Unlike a capital, such a city never stands
   * for its government in the text.
   */
  public Optional<Country> countryOfCity(String city) {
    Optional<Country> capital = countryOfCapital(city);
    return capital.isPresent() ? capital : Optional.ofNullable(cities.get(city.toLowerCase(Locale.ROOT)));
  }

  /** The country of a national news agency named in an outlet ("Zawya (WAM)", "Kazinform"), if any. */
  public Optional<Country> countryOfAgency(String outlet) {
    for (String word : outlet.split("[^\\p{L}]+")) {
      Country c = agencies.get(word.toLowerCase(Locale.ROOT));
      if (c != null) {
        return Optional.of(c);
      }
    }
    return Optional.ofNullable(agencies.get(outlet.strip().toLowerCase(Locale.ROOT)));
  }

  /** Whether the name is a news agency's of agencies.tsv ("Petra", "Yonhap", "AFP"), or its full name. */
  public boolean isAgency(String name) {
    return agencyNames.containsKey(name.strip().toLowerCase(Locale.ROOT));
  }

  /** Whether two names are the same news agency's ("WAM" and "Emirates News Agency"). */
  public boolean sameAgency(String a, String b) {
    String x = agencyNames.get(a.strip().toLowerCase(Locale.ROOT));
    return x != null && x.equals(agencyNames.get(b.strip().toLowerCase(Locale.ROOT)));
  }

  /** The short names of the news agencies of agencies.tsv, as written there ("Yonhap", "AFP"). */
  public List<String> agencies() {
    return agencyList;
  }

  /** Every country, organisation or capital named in the text, left to right. */
  public List<PhraseMatcher.Match<Hit>> find(String text) {
    return matcher.find(text);
  }

  public Optional<Country> country(String iso2) {
    return Optional.ofNullable(countries.get(iso2));
  }

  public Collection<Country> countries() {
    return countries.values();
  }

  public Optional<Organisation> organisation(String id) {
    return Optional.ofNullable(organisations.get(id));
  }

  /** The country whose capital has this name (any case), if any. */
  public Optional<Country> countryOfCapital(String city) {
    return Optional.ofNullable(capitals.get(city.toLowerCase(Locale.ROOT)));
  }

  /** Role ids of {@code roles.tsv} with their labels. */
  public Map<String, String> roles() {
    return roles;
  }

  /** Topic ids of {@code topics.tsv} with their labels. */
  public Map<String, String> topics() {
    return topics;
  }

  private static List<String[]> rows(String file) {
    try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream("gazetteer/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing gazetteer/" + file + " on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      reader.readLine(); // header
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank()) {
          String[] cells = Arrays.copyOf(line.split("\t", -1), 8);
          for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i] == null ? "" : cells[i].strip();
          }
          rows.add(cells);
        }
      }
      return rows;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read gazetteer/" + file, e);
    }
  }

  private static List<String> list(String cell) {
    return cell.isBlank() ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String blankToNull(String s) {
    return s.isBlank() ? null : s;
  }
}
