package org.diplograph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.gazetteer.Gazetteer;
import org.diplograph.gazetteer.PhraseMatcher;

/**
 * Meetings: sentences with a meeting word (met, talks, received, phone call …) and two or more
 * named persons. One subject meeting several counterparts makes one meeting per counterpart.
 * The kind, status, date (resolved against the publication date) and place come from the
 * sentence, then from the dateline.
 */
final class MeetingFinder {

  private static final Pattern TRIGGER = Pattern.compile("(?i)\\b(met|meet|meets|meeting|meetings|talks|received|receives"
      + "|receiving|hosted|hosts|welcomed|welcomes|call(?:ed)? on|courtesy call|audience|conversation|phone call"
      + "|telephone call|video call|videoconference|video conference|negotiations|held consultations|consultations"
      + "|discussed with|talked with|spoke with)\\b");
  private static final Pattern PHONE = Pattern.compile("(?i)\\b(phone|telephone)\\b");
  private static final Pattern VIDEO = Pattern.compile("(?i)\\b(video|videoconference|virtual|online)\\b");
  private static final Pattern PLANNED = Pattern.compile("(?i)\\b(will|shall|is to|are to|is due to|are due to|(?:is|are) scheduled to"
      + "|(?:is|are) expected to|plans? to|planning to|(?:is|are) set to|intends? to|upcoming|forthcoming|next week|next month)\\b");
  private static final Pattern PAST = Pattern.compile("(?i)\\b(met|held|received|hosted|discussed|said|noted|took place)\\b");
  private static final Pattern LOCATIVE = Pattern.compile("(?i).*\\b(in|to|at)\\s+(?:the\\s+)?$");
  /** NER places only after "in": "at State House" is a building, "to Italy" a country. */
  private static final Pattern IN = Pattern.compile(".*\\bin\\s+$");

  private MeetingFinder() {}

  private static final Pattern CREDENTIALS = Pattern.compile("(?i)\\b(credentials|letters? of credence)\\b");
  private static final Pattern ANAPHORIC_SUBJECT = Pattern.compile("^\\s*(?:He|She|They|The (?:\\S+\\s+){0,3}?(?:minister|president|official|leader|head|chief|diplomat|envoy|secretary|guest|visitor|chairperson|chairman))\\b");
  private static final Pattern IMPLICIT_SUBJECT = Pattern.compile("(?i)^\\s*(?:during|at|in|following|after)\\s+(?:the|their|a|his|her)\\s+(?:\\S+\\s+)?(?:meeting|talks|conversation|call|negotiations)\\b");
  private static final Pattern COUNTERPART_COUNTRIES = Pattern.compile("(?i)\\b(?:counterparts?|(?:foreign )?ministers|delegations?|leaders)\\s+(?:(?:were|are|came)\\s+)?(?:from|of)\\s+((?:the\\s+)?[^.;:]{2,160})");

  static List<Extraction.Meeting> find(ArticleText t, List<PersonFinder.Found> people, Metadata meta,
      Map<PersonFinder.Found, List<Extraction.Position>> positions) {
    List<Extraction.Meeting> meetings = new ArrayList<>();
    PersonFinder.Found protagonist = people.isEmpty() ? null : people.get(0);
    String articlePlace = null;
    for (Nlp.Sentence s : t.sentences) {
      articlePlace = articlePlace != null ? articlePlace : place(t, s);
    }
    for (Nlp.Sentence s : t.sentences) {
      Matcher trigger = TRIGGER.matcher(s.text());
      Matcher credential = CREDENTIALS.matcher(s.text());
      boolean triggered = trigger.find();
      boolean credentials = credential.find();
      if (!triggered && !credentials) {
        // "The counterparts were from Romania, Algeria and Estonia": more of the protagonist's meetings
        if (protagonist != null && !meetings.isEmpty() && COUNTERPART_COUNTRIES.matcher(s.text()).find()
            && s.text().toLowerCase(java.util.Locale.ROOT).contains("counterpart")) {
          Extraction.Meeting first = meetings.get(0);
          for (String country : counterpartCountries(t, s, people, positions)) {
            add(meetings, meeting(List.of(protagonist.name, country), first.date(), first.place(),
                first.kind(), first.status(), t.evidence(s.begin())));
          }
        }
        continue;
      }
      int triggerAt = s.begin() + (triggered ? trigger.start() : credential.start());
      List<PersonFinder.Found> before = new ArrayList<>();
      List<PersonFinder.Found> after = new ArrayList<>();
      for (PersonFinder.Found p : inOrder(people, s)) {
        (firstIn(p, s) < triggerAt ? before : after).add(p);
      }
      if (before.isEmpty() && protagonist != null && !after.contains(protagonist)
          && (ANAPHORIC_SUBJECT.matcher(s.text()).lookingAt() || IMPLICIT_SUBJECT.matcher(s.text()).lookingAt()
              || triggered && s.text().startsWith(" with", trigger.end()))) {
        // "He met …", "During the meeting with …", "… were discussed with X": the article's protagonist
        before.add(protagonist);
      }
      if (credentials && before.size() == 1) {
        // a head of state receiving credentials meets each ambassador the article names
        for (PersonFinder.Found p : people) {
          if (p != before.get(0) && !after.contains(p)
              && positions.getOrDefault(p, List.of()).stream().anyMatch(x -> x.role().equals("ambassador"))) {
            after.add(p);
          }
        }
      }
      List<String> countries = before.size() == 1 ? counterpartCountries(t, s, people, positions) : List.of();
      Set<PersonFinder.Found> all = new LinkedHashSet<>(before);
      all.addAll(after);
      if (all.size() < 2 && countries.isEmpty()) {
        continue;
      }
      String kind = VIDEO.matcher(s.text()).find() ? "video-call" : PHONE.matcher(s.text()).find() ? "phone-call" : "meeting";
      boolean planned = PLANNED.matcher(s.text()).find() && !PAST.matcher(s.text().substring(0, triggerAt - s.begin())).find();
      String status = planned ? "planned" : "held";
      LocalDate date = Dates.find(s.text(), meta.published(), planned);
      if (planned && date != null && date.equals(meta.published())) {
        date = null; // "continues today his visit, during which he will meet …": today is the visit's, not the meeting's
      }
      if (date == null && !planned) {
        // "Xi also met with …": the occasion of the article's earlier meeting, else the dateline's day
        date = meetings.stream().map(Extraction.Meeting::date).filter(java.util.Objects::nonNull).findFirst()
            .orElse(meta.datelineDate());
      }
      String place = place(t, s);
      if (place == null && !planned) {
        place = articlePlace != null ? articlePlace : meta.city();
      }
      String evidence = t.evidence(s.begin());
      List<List<String>> groups = new ArrayList<>();
      if (before.size() == 1 && (after.size() > 1 || !countries.isEmpty()) && separateCounterparts(s.text())) {
        after.forEach(o -> groups.add(List.of(before.get(0).name, o.name)));
        countries.forEach(c -> groups.add(List.of(before.get(0).name, c)));
      } else if (all.size() + countries.size() >= 2) {
        List<String> group = new ArrayList<>(all.stream().map(p -> p.name).toList());
        group.addAll(countries); // "a trilateral meeting of the ministers of A, B and C": C's unnamed delegation too
        groups.add(group);
      }
      for (List<String> group : groups) {
        add(meetings, meeting(group, date, place, kind, status, evidence));
      }
    }
    addMultilateral(t, people, meta, meetings);
    return meetings;
  }

  private static final Pattern EVENT = Pattern.compile("(?i)\\b(?:meeting|summit|conference|forum|session|ministerial)\\b"
      + "[^.]{0,80}\\b(?:took place|was held|were held|opened|convened|gathered)\\b");
  private static final Pattern REPRESENTED = Pattern.compile("(?i)\\b(?:headed|led|represented)\\s+by\\b");

  /**
   * A multilateral meeting ("The … Ministerial Meeting took place in Astana on 21 December"),
   * its participants named where delegations are "headed by" or "represented by" someone, and
   * countries represented by unnamed officials ("Tajikistan was represented by a deputy minister").
   */
  private static void addMultilateral(ArticleText t, List<PersonFinder.Found> people, Metadata meta,
      List<Extraction.Meeting> meetings) {
    Nlp.Sentence event = null;
    List<String> participants = new ArrayList<>();
    for (Nlp.Sentence s : t.sentences) {
      if (event == null) {
        event = EVENT.matcher(s.text()).find() ? s : null;
        continue;
      }
      Matcher by = REPRESENTED.matcher(s.text());
      if (!by.find()) {
        continue;
      }
      List<PersonFinder.Found> named = inOrder(people, s);
      named.forEach(p -> {
        if (!participants.contains(p.name)) {
          participants.add(p.name);
        }
      });
      if (named.isEmpty()) {
        int represented = s.begin() + by.start();
        for (PhraseMatcher.Match<Gazetteer.Hit> hit : t.hits) {
          var country = CountryFinder.countryOf(hit.value());
          if (country != null && hit.start() >= s.begin() && hit.end() <= represented
              && !participants.contains("country:" + country.iso2())) {
            participants.add("country:" + country.iso2());
          }
        }
      }
    }
    if (event == null || participants.size() < 3) {
      return;
    }
    LocalDate date = Dates.find(event.text(), meta.published(), false);
    String place = place(t, event);
    add(meetings, meeting(participants, date != null ? date : meta.datelineDate(),
        place != null ? place : meta.city(), "meeting", "held", t.evidence(event.begin())));
  }

  /**
   * Unnamed counterparts by country: "met his counterparts from Australia and Timor-Leste",
   * "talks with the delegation of Chad". Countries whose named official is in the sentence
   * already are left out.
   */
  private static List<String> counterpartCountries(ArticleText t, Nlp.Sentence s, List<PersonFinder.Found> people,
      Map<PersonFinder.Found, List<Extraction.Position>> positions) {
    Matcher m = COUNTERPART_COUNTRIES.matcher(s.text());
    if (!m.find()) {
      return List.of();
    }
    Set<String> named = new LinkedHashSet<>();
    for (PersonFinder.Found p : people) {
      positions.getOrDefault(p, List.of()).forEach(x -> named.add(x.of().reference()));
    }
    int from = s.begin() + m.start(1);
    int to = s.begin() + m.end(1);
    List<String> out = new ArrayList<>();
    for (PhraseMatcher.Match<Gazetteer.Hit> hit : t.hits) {
      var country = CountryFinder.countryOf(hit.value());
      if (hit.start() >= from && hit.end() <= to && country != null) {
        String ref = "country:" + country.iso2();
        if (!named.contains(ref) && !out.contains(ref)) {
          out.add(ref);
        }
      }
    }
    return out;
  }

  /** "met the ministers of Austria and Cyprus" are separate meetings; "trilateral", "jointly" are one. */
  private static boolean separateCounterparts(String sentence) {
    return !sentence.matches("(?is).*\\b(trilateral|quadrilateral|multilateral|joint|jointly|together|summit|round ?table|format)\\b.*");
  }

  private static Extraction.Meeting meeting(List<String> refs, LocalDate date, String place, Object kind, Object status,
      String evidence) {
    List<Party> parties = refs.stream().map(r -> r.startsWith("country:") || r.startsWith("org:")
        ? Party.delegation(Affiliation.parse(r)) : Party.person(r)).toList();
    return new Extraction.Meeting(parties, date, place, kind instanceof MeetingKind k ? k : MeetingKind.of((String) kind),
        status instanceof MeetingStatus x ? x : MeetingStatus.of((String) status), evidence);
  }

  /** A meeting with the same participants as one already found is the same meeting: it fills the gaps. */
  private static void add(List<Extraction.Meeting> meetings, Extraction.Meeting m) {
    for (int i = 0; i < meetings.size(); i++) {
      Extraction.Meeting o = meetings.get(i);
      if (Set.copyOf(o.participants()).equals(Set.copyOf(m.participants())) && o.kind().equals(m.kind())) {
        meetings.set(i, new Extraction.Meeting(o.participants(), o.date() != null ? o.date() : m.date(),
            placeOf(o, m), o.kind(), o.status(), o.evidence()));
        return;
      }
    }
    meetings.add(m);
  }

  private static String placeOf(Extraction.Meeting first, Extraction.Meeting second) {
    return first.place() != null && !first.evidence().contains(first.place()) && second.place() != null
        && second.evidence().contains(second.place()) ? second.place() : first.place() != null ? first.place() : second.place();
  }

  /** A city the sentence puts the meeting in: "in Astana", "visit to Astana". */
  private static String place(ArticleText t, Nlp.Sentence s) {
    for (PhraseMatcher.Match<Gazetteer.Hit> m : t.hits) {
      if (m.start() >= s.begin() && m.end() <= s.end() && m.value() instanceof Gazetteer.Capital
          && LOCATIVE.matcher(t.text.substring(Math.max(s.begin(), m.start() - 15), m.start())).matches()) {
        return m.text();
      }
    }
    for (ArticleText.Entity e : t.entities) {
      if (e.kind() == ArticleText.Kind.LOCATION && e.start() >= s.begin() && e.end() <= s.end()
          && IN.matcher(t.text.substring(Math.max(s.begin(), e.start() - 15), e.start())).matches()
          && !isCountryOrRegion(t, e)) {
        return e.text();
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

  private static List<PersonFinder.Found> inOrder(List<PersonFinder.Found> people, Nlp.Sentence s) {
    return people.stream().filter(p -> firstIn(p, s) < Integer.MAX_VALUE)
        .sorted((a, b) -> Integer.compare(firstIn(a, s), firstIn(b, s))).toList();
  }

  private static int firstIn(PersonFinder.Found p, Nlp.Sentence s) {
    int first = Integer.MAX_VALUE;
    for (int[] o : p.occurrences) {
      if (o[0] >= s.begin() && o[1] <= s.end()) {
        first = Math.min(first, o[0]);
      }
    }
    return first;
  }
}
