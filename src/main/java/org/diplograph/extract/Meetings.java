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
   * is chosen by repeated cross-validation on the dev set: with the one-side rule below, meetings
   * F1 .735 at 0.25, .732 at 0.28, .729 at 0.3, .715 at 0.35, .726 at 0.2).
   */
  static final double THRESHOLD = 0.28;

  private Meetings() {}

  /**
   * {@code serves}: the countries and organisations a person's decided posts are of, by name (a
   * delegation pair gives way to a pair with a named official of that delegation).
   */
  static List<Extraction.Meeting> decide(ArticleText t, Metadata meta, List<MeetingCandidates.Found> candidates,
      List<Delegations.Event> events, Models models, java.util.function.Function<String, java.util.Set<Affiliation>> serves) {
    Map<Candidate.Key, MeetingCandidates.Found> best = new LinkedHashMap<>();
    Map<Candidate.Key, Double> score = new LinkedHashMap<>();
    double[] p = new double[candidates.size()];
    for (int i = 0; i < p.length; i++) {
      MeetingCandidates.Found f = candidates.get(i);
      p[i] = models.probability(f.candidate());
      Candidate.Key key = f.candidate().key();
      if (p[i] > score.getOrDefault(key, -1.0)) {
        score.put(key, p[i]);
        best.put(key, f);
      }
    }
    Map<Candidate.Key, MeetingCandidates.Found> first = new LinkedHashMap<>(best);
    for (int i = 0; i < p.length; i++) { // the first sentence that tells of it gives its kind, date and place
      MeetingCandidates.Found f = candidates.get(i);
      Candidate.Key key = f.candidate().key();
      if (f.sentence().index() < first.get(key).sentence().index() && p[i] >= THRESHOLD) {
        first.put(key, f);
      }
    }
    List<MeetingCandidates.Found> accepted = new ArrayList<>();
    best.forEach((key, f) -> {
      if (score.get(key) >= THRESHOLD) {
        accepted.add(f);
      }
    });
    joined(best, score, accepted);
    accepted.removeIf(f -> oneSide(f, accepted));
    accepted.removeIf(f -> representedByName(f, accepted, serves));
    accepted.replaceAll(f -> first.getOrDefault(f.candidate().key(), f));
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

  /**
   * "A joint meeting of X, Y and Z": in a sentence that reports a joint encounter (a cue of kind
   * joint in groups.tsv), two parties who each met a third there met each other too.
   */
  private static void joined(Map<Candidate.Key, MeetingCandidates.Found> best, Map<Candidate.Key, Double> score,
      List<MeetingCandidates.Found> accepted) {
    List<MeetingCandidates.Found> more = new ArrayList<>();
    best.forEach((key, f) -> {
      List<String> features = f.candidate().features();
      if (score.get(key) < THRESHOLD && features.contains("cue=joint") && !features.contains("cue=separate")
          && metAThird(f, accepted)) {
        more.add(f);
      }
    });
    accepted.addAll(more);
  }

  /**
   * "Woods and Pech met Eastmond", "Putin held talks with Sharif and Mirziyoyev": outside a joint
   * encounter, two parties in the same slot of the trigger who each met a third there came together
   * or were met apart, not with each other (held-out on dev: 8 of 8 such pairs false).
   */
  private static boolean oneSide(MeetingCandidates.Found f, List<MeetingCandidates.Found> accepted) {
    return f.sameSlot() && !f.candidate().features().contains("cue=joint") && metAThird(f, accepted);
  }

  /** Whether both parties of the pair met one same third party in the pair's sentence (among the accepted pairs). */
  private static boolean metAThird(MeetingCandidates.Found f, List<MeetingCandidates.Found> accepted) {
    Candidate.Key.Pair pair = (Candidate.Key.Pair) f.candidate().key();
    java.util.Set<Party> metA = new java.util.HashSet<>();
    java.util.Set<Party> metB = new java.util.HashSet<>();
    for (MeetingCandidates.Found o : accepted) {
      if (o != f && o.sentence() == f.sentence()) {
        Candidate.Key.Pair op = (Candidate.Key.Pair) o.candidate().key();
        partner(op, pair.a()).ifPresent(metA::add);
        partner(op, pair.b()).ifPresent(metB::add);
      }
    }
    metA.retainAll(metB);
    return !metA.isEmpty();
  }

  /** The other party of a pair that holds this one. */
  private static java.util.Optional<Party> partner(Candidate.Key.Pair pair, Party one) {
    return pair.a().equals(one) ? java.util.Optional.of(pair.b()) : pair.b().equals(one) ? java.util.Optional.of(pair.a())
        : java.util.Optional.empty();
  }

  /**
   * "X met his counterparts from Chile and Peru, Ana Soto and Luis Paz": the pair of X with the
   * Chilean delegation says no more than the pair of X with Soto, who holds a Chilean post.
   */
  private static boolean representedByName(MeetingCandidates.Found f, List<MeetingCandidates.Found> accepted,
      java.util.function.Function<String, java.util.Set<Affiliation>> serves) {
    Candidate.Key.Pair pair = (Candidate.Key.Pair) f.candidate().key();
    for (Party[] sides : new Party[][] {{pair.a(), pair.b()}, {pair.b(), pair.a()}}) {
      if (!(sides[1] instanceof Party.Delegation d)) {
        continue;
      }
      for (MeetingCandidates.Found other : accepted) {
        Candidate.Key.Pair o = (Candidate.Key.Pair) other.candidate().key();
        if (partner(o, sides[0]).orElse(null) instanceof Party.Named n && serves.apply(n.person()).contains(d.of())) {
          return true;
        }
      }
    }
    return false;
  }
}
