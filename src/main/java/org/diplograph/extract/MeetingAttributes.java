package org.diplograph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.diplograph.gazetteer.Gazetteer;
import org.diplograph.gazetteer.PhraseMatcher;

/**
 * A meeting's kind, status, date and place from the sentence that reports it, then from the
 * article: its earlier meetings' date, the dateline's day and city, the day and city its other
 * sentences of encounters give.
 */
final class MeetingAttributes {

  private static final Pattern PHONE = Pattern.compile("(?i)\\b(phone|telephone)\\b");
  private static final Pattern VIDEO = Pattern.compile("(?i)\\b(video|videoconference|virtual|online)\\b");
  private static final Pattern PLANNED = Pattern.compile("(?i)\\b(will|shall|is to|are to|is due to|are due to|(?:is|are) scheduled to"
      + "|(?:is|are) expected to|plans? to|planning to|(?:is|are) set to|intends? to|upcoming|forthcoming|next week|next month)\\b");
  private static final Pattern PAST = Pattern.compile("(?i)\\b(met|held|received|hosted|discussed|said|noted|took place)\\b");
  private static final Pattern LOCATIVE = Pattern.compile("(?i).*\\b(in|to|at)\\s+(?:the\\s+)?$");
  /** NER places only after "in": "at State House" is a building, "to Italy" a country; "in the capital X", "in the city of X". */
  private static final Pattern IN = Pattern.compile("(?s).*\\bin\\s+(?:the\\s+(?:\\p{Ll}+\\s+)?(?:capital|city|town|resort)(?:\\s+of)?,?\\s+)?$");
  /** "at the Jubilee House, Accra": the city after a venue. */
  private static final Pattern AFTER_VENUE = Pattern.compile("(?s).*\\bat\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,3},\\s*$");

  private MeetingAttributes() {}

  static MeetingKind kind(Nlp.Sentence s, Triggers.Found trigger) {
    if (trigger.trigger().kind() != null && !namesAnEncounter(s, trigger)) {
      return trigger.trigger().kind();
    }
    return VIDEO.matcher(s.text()).find() ? MeetingKind.VIDEO_CALL
        : PHONE.matcher(s.text()).find() ? MeetingKind.PHONE_CALL : MeetingKind.MEETING;
  }

  /** "called the meeting with Lavrov constructive": a verb of calling whose object is another encounter. */
  private static boolean namesAnEncounter(Nlp.Sentence s, Triggers.Found trigger) {
    for (Dependencies.Edge e : s.dependencies().children(trigger.head())) {
      if (e.relation().equals("obj")) {
        for (Triggers.Found other : Triggers.find(s)) {
          if (other.head() == e.dependent() && other.trigger().kind() == null) {
            return true;
          }
        }
      }
    }
    return false;
  }

  static MeetingStatus status(Nlp.Sentence s, Triggers.Found trigger) {
    int at = s.tokens().get(trigger.head()).begin() - s.begin();
    boolean planned = PLANNED.matcher(s.text()).find() && !PAST.matcher(s.text().substring(0, Math.max(0, at))).find();
    return planned ? MeetingStatus.PLANNED : MeetingStatus.HELD;
  }

  /**
   * The date the sentence gives, else (for a held meeting) the article's earlier meeting's, the
   * dateline's or another sentence of encounters', else the lead's (the day of the event the article
   * reports; for an announced meeting, a day to come).
   */
  static LocalDate date(ArticleText t, Nlp.Sentence s, MeetingStatus status, Metadata meta,
      List<Extraction.Meeting> earlier) {
    boolean planned = status == MeetingStatus.PLANNED;
    LocalDate date = Dates.find(s.text(), meta.published(), planned);
    if (planned && date != null && date.equals(meta.published())) {
      return null; // "continues today his visit, during which he will meet …": today is the visit's
    }
    if (date == null && !planned) {
      date = earlier.stream().map(Extraction.Meeting::date).filter(java.util.Objects::nonNull).findFirst()
          .orElse(meta.datelineDate());
    }
    for (Nlp.Sentence other : t.sentences) {
      if (date == null && !planned && !Triggers.find(other).isEmpty()) {
        date = Dates.find(other.text(), meta.published(), false); // the day of the article's encounters
      }
    }
    if (date == null && !t.sentences.isEmpty()) {
      // the lead's day: "on Friday partook in …"; for an announced meeting "arrives on Monday", not today
      date = Dates.find(t.sentences.get(0).text(), meta.published(), planned);
      date = planned && meta.published() != null && meta.published().equals(date) ? null : date;
    }
    return date;
  }

  /**
   * The city the sentence puts the meeting in, else the article's earlier meeting's or the
   * dateline's (an announced meeting too: "will hold talks on Friday" under a Seoul dateline),
   * else that of another sentence of encounters. A call has no place.
   */
  static String place(ArticleText t, Nlp.Sentence s, MeetingKind kind, String datelineCity,
      List<Extraction.Meeting> earlier) {
    if (kind != MeetingKind.MEETING) {
      return null;
    }
    String place = place(t, s);
    if (place == null) {
      place = earlier.stream().filter(m -> m.kind() == MeetingKind.MEETING).map(Extraction.Meeting::place)
          .filter(java.util.Objects::nonNull).findFirst().orElse(datelineCity);
    }
    for (Nlp.Sentence other : t.sentences) {
      if (place == null && !Triggers.find(other).isEmpty()) {
        place = place(t, other); // the city of the article's encounters: "talks in Rome", "the visit to Moscow"
      }
    }
    return place;
  }

  /**
   * The dateline's city as the place of the article's encounters: none when the article tells of
   * a visit to another country ({@link #visitAbroad}).
   */
  static String datelineCity(ArticleText t, Metadata meta) {
    return visitAbroad(t, meta.city()) ? null : meta.city();
  }

  /**
   * Whether the article tells of a visit to another country than the dateline city's ("his working
   * visit to Czechia" under a Skopje dateline): its encounters happened there, not in that city.
   */
  private static boolean visitAbroad(ArticleText t, String city) {
    if (city == null) {
      return false;
    }
    String home = Gazetteer.get().countryOfCity(city).map(org.diplograph.gazetteer.Country::iso2).orElse(null);
    for (Nlp.Sentence s : t.sentences) {
      for (Nlp.Token token : s.tokens()) {
        if (!Triggers.lemma(token).equals("visit") || PLANNED.matcher(s.text()).find()
            || s.dependencies().children(token.index()).stream().anyMatch(e -> e.relation().matches("mark|aux"))) {
          continue; // "the Speaker to visit Australia", "will visit": not the visit the encounters are part of
        }
        for (Dependencies.Edge e : s.dependencies().children(token.index())) {
          if (!e.relation().matches("nmod:to|obl:to|obj")) {
            continue;
          }
          Nlp.Token to = s.tokens().get(e.dependent());
          for (PhraseMatcher.Match<Gazetteer.Hit> m : t.hits) {
            org.diplograph.gazetteer.Country c = CountryFinder.countryOf(m.value());
            if (m.start() <= to.begin() && m.end() >= to.end() && c != null && !(m.value() instanceof Gazetteer.Capital)
                && !c.iso2().equals(home)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** A city the sentence puts the meeting in: "in Astana", "visit to Astana". */
  static String place(ArticleText t, Nlp.Sentence s) {
    for (PhraseMatcher.Match<Gazetteer.Hit> m : t.hits) {
      if (m.start() >= s.begin() && m.end() <= s.end() && m.value() instanceof Gazetteer.Capital
          && (LOCATIVE.matcher(t.text.substring(Math.max(s.begin(), m.start() - 15), m.start())).matches()
              || AFTER_VENUE.matcher(t.text.substring(Math.max(s.begin(), m.start() - 40), m.start())).matches())) {
        return m.text();
      }
    }
    for (ArticleText.Entity e : t.entities) {
      if (e.kind() == ArticleText.Kind.LOCATION && e.start() >= s.begin() && e.end() <= s.end()
          && (IN.matcher(t.text.substring(Math.max(s.begin(), e.start() - 25), e.start())).matches()
              || AFTER_VENUE.matcher(t.text.substring(Math.max(s.begin(), e.start() - 40), e.start())).matches())
          && !isCountryOrRegion(t, e) && !Dates.isCalendarWord(e.text().replaceAll("^(?i)on ", ""))) {
        return e.text().replaceFirst(" of .*", ""); // "Geneva of the Swiss Confederation"
      }
    }
    return null;
  }

  private static boolean isCountryOrRegion(ArticleText t, ArticleText.Entity e) {
    for (PhraseMatcher.Match<Gazetteer.Hit> m : t.hits) {
      if (m.start() <= e.start() && m.end() >= e.end() && !(m.value() instanceof Gazetteer.Capital)) {
        return true;
      }
    }
    return e.text().matches("(?i).*\\b(region|asia|europe|africa|america|middle east|caucasus|gulf|sea|ocean|pacific|balkans)\\b.*");
  }
}
