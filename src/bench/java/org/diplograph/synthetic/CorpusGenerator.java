package org.diplograph.synthetic;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.diplograph.article.Article;
import org.diplograph.extract.Affiliation;
import org.diplograph.extract.Extraction;
import org.diplograph.extract.MeetingKind;
import org.diplograph.extract.MeetingStatus;
import org.diplograph.extract.Party;
import org.diplograph.gazetteer.Country;
import org.diplograph.gazetteer.Gazetteer;

/**
 * Writes synthetic articles about meetings of foreign ministers: a fixed cast per country (so
 * the same people meet again across articles, and the same meeting is reported twice), phone
 * calls and announced visits among in-person talks, topics and documents.
 */
public final class CorpusGenerator {

  /** One synthetic article and the record of what it states. */
  public record Generated(Article article, Extraction extraction) {}

  private static final String[] GIVEN = {"Amir", "Lena", "Karim", "Sonja", "Tomas", "Aida", "Nikolai", "Mira", "Jonas",
      "Zara", "Pavel", "Ines", "Omar", "Eva", "Ruslan", "Dana", "Viktor", "Selin", "Marco", "Yuki"};
  private static final String[] SYLLABLES = {"ka", "ro", "mi", "tel", "san", "dor", "lu", "vec", "ar", "bel", "nos", "ti",
      "gar", "zu", "mon", "hel", "ri", "das", "ol", "quin"};
  private static final String[][] TOPICS = {{"trade", "trade"}, {"energy", "energy cooperation"},
      {"transport", "transport corridors"}, {"security", "regional security"}, {"climate", "climate change"},
      {"education", "education"}, {"tourism", "tourism"}, {"investment", "investment"}, {"health", "health care"},
      {"water", "water management"}};
  private static final String[] DOCUMENTS = {"Treaty of Friendship", "Strategic Partnership Declaration",
      "Agreement on Visa Exemption", "Roadmap on Economic Cooperation"};
  private static final String[] OUTLETS = {"Synthetic Wire", "Example Herald", "Demo News Agency"};

  private final List<Country> countries;
  private final long seed;
  private final java.util.Map<String, String> ministers = new java.util.HashMap<>();

  public CorpusGenerator(long seed) {
    this.seed = seed;
    this.countries = Gazetteer.get().countries().stream()
        .filter(c -> c.capital() != null && !c.demonyms().isEmpty() && c.name().matches("[A-Z][a-z]+")).toList();
    countries.forEach(this::minister); // in one order, so that a clash of two names always goes the same way
  }

  /**
   * The foreign minister of a country in this corpus: the same name in every article, no two
   * countries' alike, none with a word the gazetteer knows.
   */
  String minister(Country c) {
    return ministers.computeIfAbsent(c.iso2(), k -> {
      Random r = new Random(seed * 31 + c.iso2().hashCode());
      while (true) {
        String surname = SYLLABLES[r.nextInt(SYLLABLES.length)] + SYLLABLES[r.nextInt(SYLLABLES.length)]
            + SYLLABLES[r.nextInt(SYLLABLES.length)];
        String name = GIVEN[r.nextInt(GIVEN.length)] + " " + Character.toUpperCase(surname.charAt(0)) + surname.substring(1);
        if (!ministers.containsValue(name) && Gazetteer.get().find(name).isEmpty()) { // no "Sofia" (a capital) in a name
          return name;
        }
      }
    });
  }

  /** Article number {@code i} of the corpus. */
  public Generated article(int i) {
    Random r = new Random(seed * 1_000_003L + i);
    // every fifth article reports the meeting of the article before it, from another outlet
    boolean second = i % 5 == 4;
    Random meetingRandom = second ? new Random(seed * 1_000_003L + i - 1) : r;
    Country host = countries.get(meetingRandom.nextInt(countries.size()));
    Country guest = countries.get(meetingRandom.nextInt(countries.size()));
    if (guest == host) {
      guest = countries.get((countries.indexOf(host) + 1) % countries.size());
    }
    LocalDate date = LocalDate.of(2020, 1, 1).plusDays(meetingRandom.nextInt(2000));
    int kind = meetingRandom.nextInt(10); // 0-1 phone call, 2 planned, else talks
    String[] topic1 = TOPICS[meetingRandom.nextInt(TOPICS.length)];
    String[] topic2 = TOPICS[meetingRandom.nextInt(TOPICS.length)];
    String document = DOCUMENTS[meetingRandom.nextInt(DOCUMENTS.length)];
    int year = 1992 + meetingRandom.nextInt(30);
    LocalDate published = second ? date.plusDays(1) : date;
    String source = OUTLETS[(i + (second ? 1 : 0)) % OUTLETS.length];
    String a = minister(host);
    String b = minister(guest);
    String city = host.capital().replaceAll("\\s+D\\.C\\.$", "");
    String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String hostAdj = host.demonyms().get(0);
    String guestAdj = guest.demonyms().get(0);
    String surnameA = a.substring(a.indexOf(' ') + 1);
    String surnameB = b.substring(b.indexOf(' ') + 1);
    StringBuilder text = new StringBuilder();
    String meetingKind = "meeting";
    String status = "held";
    LocalDate meetingDate = date;
    String place = city;
    if (kind < 2) {
      meetingKind = "phone-call";
      text.append(city.toUpperCase(Locale.ROOT)).append(", ").append(month).append(' ').append(date.getDayOfMonth())
          .append(". ").append(hostAdj).append(" Foreign Minister ").append(a).append(" held a telephone conversation with ")
          .append(guestAdj).append(" Foreign Minister ").append(b).append(", ").append(source).append(" reports.");
    } else if (kind == 2) {
      status = "planned";
      meetingDate = null;
      place = null;
      text.append(hostAdj).append(" Foreign Minister ").append(a).append(" will meet ").append(guestAdj)
          .append(" Foreign Minister ").append(b).append(" next month, ").append(source).append(" reports.");
    } else {
      text.append(city.toUpperCase(Locale.ROOT)).append(", ").append(month).append(' ').append(date.getDayOfMonth())
          .append(". Minister of Foreign Affairs of ").append(host.name()).append(' ').append(a).append(" met ")
          .append(guestAdj).append(" Foreign Minister ").append(b).append(" in ").append(city).append(" on ")
          .append(weekday).append(", ").append(source).append(" reports.");
    }
    text.append("\n\n").append(surnameA).append(" and ").append(surnameB).append(" discussed ").append(topic1[1])
        .append(" and ").append(topic2[1]).append(" and recalled the ").append(year).append(' ').append(document)
        .append(" between ").append(host.name()).append(" and ").append(guest.name()).append(".\n");
    String name = String.format(Locale.ROOT, "synthetic-%06d", i);
    Article body = Article.of(name, name + ".txt", text.toString().strip(), null,
        "https://synthetic.example/" + seed + "/" + i, source, published);
    List<Extraction.Topic> topics = new ArrayList<>();
    topics.add(new Extraction.Topic(topic1[0], "discussed " + topic1[1]));
    if (!topic2[0].equals(topic1[0])) {
      topics.add(new Extraction.Topic(topic2[0], "discussed " + topic2[1]));
    }
    String evidence = text.toString().lines().findFirst().orElse("");
    Extraction extraction = new Extraction(name, published, source, kind == 2 ? null : city,
        List.of(person(a, surnameA, host, evidence), person(b, surnameB, guest, evidence)),
        List.of(new Extraction.CountryMention(host.iso2(), evidence), new Extraction.CountryMention(guest.iso2(), evidence)),
        List.of(), List.of(new Extraction.Meeting(List.of(Party.person(a), Party.person(b)), meetingDate, place,
            MeetingKind.of(meetingKind), MeetingStatus.of(status), evidence)),
        topics, List.of(new Extraction.Document(document, year, "recalled the " + year + " " + document)));
    return new Generated(body, extraction);
  }

  /** The file text of article {@code i}: header lines, a blank line, the body. */
  public String fileText(int i) {
    return article(i).article().fileText();
  }

  private static Extraction.Person person(String name, String surname, Country country, String evidence) {
    return new Extraction.Person(name, List.of(name, surname),
        List.of(new Extraction.Position("Foreign Minister", "foreign-minister", new Affiliation.Country(country.iso2()), evidence)),
        evidence);
  }
}
