package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Meetings from their candidates: a pair of parties met when the meeting model gives one of its
 * candidates at least even odds; the best candidate's sentence gives the date, place, kind and
 * status.
 */
final class Meetings {

  /**
   * The least probability of a pair's best candidate for the pair to have met. Below even odds:
   * the model is trained on each true pair's best candidate only, so its odds run low (the value
   * is chosen by repeated cross-validation on the dev set).
   */
  static final double THRESHOLD = 0.35;

  private Meetings() {}

  static List<Extraction.Meeting> decide(ArticleText t, Metadata meta, List<MeetingCandidates.Found> candidates,
      List<Delegations.Event> events, Models models) {
    Map<Candidate.Key, MeetingCandidates.Found> best = new LinkedHashMap<>();
    Map<Candidate.Key, Double> score = new LinkedHashMap<>();
    for (MeetingCandidates.Found f : candidates) {
      double p = models.probability(f.candidate());
      Candidate.Key key = f.candidate().key();
      if (p > score.getOrDefault(key, -1.0)) {
        score.put(key, p);
        best.put(key, f);
      }
    }
    List<MeetingCandidates.Found> accepted = new ArrayList<>();
    best.forEach((key, f) -> {
      if (score.get(key) >= THRESHOLD) {
        accepted.add(f);
      }
    });
    accepted.sort((a, b) -> Integer.compare(a.sentence().index(), b.sentence().index()));
    List<Extraction.Meeting> meetings = new ArrayList<>();
    String datelineCity = MeetingAttributes.datelineCity(t, meta); // once per article, not per meeting
    for (MeetingCandidates.Found f : accepted) {
      Candidate.Key.Pair pair = (Candidate.Key.Pair) f.candidate().key();
      MeetingStatus status = MeetingAttributes.status(f.sentence(), f.trigger());
      MeetingKind kind = MeetingAttributes.kind(f.sentence(), f.trigger());
      meetings.add(new Extraction.Meeting(List.of(pair.a(), pair.b()),
          MeetingAttributes.date(t, f.sentence(), status, meta, meetings),
          MeetingAttributes.place(t, f.sentence(), kind, datelineCity, meetings), kind, status, t.evidence(f.sentence().begin())));
    }
    for (Delegations.Event e : events) {
      MeetingStatus status = MeetingAttributes.status(e.sentence(), e.trigger());
      MeetingKind kind = MeetingAttributes.kind(e.sentence(), e.trigger());
      meetings.add(new Extraction.Meeting(e.parties(), MeetingAttributes.date(t, e.sentence(), status, meta, meetings),
          MeetingAttributes.place(t, e.sentence(), kind, datelineCity, meetings), kind, status, t.evidence(e.sentence().begin())));
    }
    return meetings;
  }
}
