package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Positions from their candidates: for each title near a name, the country or organisation the
 * position model likes best; the post is the person's when the model gives it at least even odds.
 * A person holds a role for one country or organisation: the best-supported one.
 */
final class Positions {

  static final double THRESHOLD = 0.5;
  /** The least probability of the best country or organisation for a post to be kept. */
  static final double CHOICE_THRESHOLD = 0.4;
  /**
   * Below that least probability, the best choice is still kept when it holds at least this share
   * of the probability the model gives all the title's choices: a bare "Prime Minister X" whose
   * options are all weak but one clearly ahead. Measured by cross-validation on dev, with the
   * least probability at 0.4 (0.2 to 1.0 tried, a floor under the share tried and left out).
   */
  static final double SHARE = 0.5;

  private Positions() {}

  private record Scored(PositionCandidates.Found found, double p) {}

  /** Roles that a bare generic title ("the Minister", "the official") states less precisely than another of the same person. */
  private static final Map<String, Set<String>> FINER = Map.of(
      "minister", Set.of("foreign-minister", "head-of-government", "deputy-head-of-government", "deputy-foreign-minister",
          "deputy-minister"),
      "official", Set.of("foreign-minister", "head-of-government", "deputy-head-of-government", "deputy-foreign-minister",
          "minister", "deputy-minister", "ambassador", "legislator", "head-of-state", "vice-president"),
      "organisation-official", Set.of("head-of-organisation"));

  /** Roles a counterpart most likely shares, in order. */
  private static final List<String> SHARED = List.of("foreign-minister", "head-of-state", "head-of-government",
      "legislator", "minister", "deputy-foreign-minister", "deputy-head-of-government", "deputy-minister", "ambassador",
      "vice-president", "head-of-organisation", "military", "official");

  /**
   * "X met his Russian counterpart Y": Y holds X's role, for the country the title names. X is the
   * subject of the sentence, else another person it names, else the article's protagonist.
   */
  private static Scored counterpart(Scored c, List<PersonFinder.Found> people, Map<String, Scored> decided) {
    Candidate.Key.Post post = (Candidate.Key.Post) c.found().candidate().key();
    Nlp.Sentence s = c.found().title().sentence();
    String partner = null;
    for (PositionCandidates.Mention m : PositionCandidates.mentions(s, people)) {
      if (!m.person().name.equals(post.person()) && (partner == null || Parties.isSubject(s, m.head()))) {
        partner = m.person().name;
      }
    }
    if (partner == null && !people.isEmpty() && !people.get(0).name.equals(post.person())) {
      partner = people.get(0).name;
    }
    for (String role : SHARED) {
      Scored held = decided.get(partner + "|" + role);
      if (held != null && ((Candidate.Key.Post) held.found().candidate().key()).of() instanceof Affiliation.Country
          && post.of() instanceof Affiliation.Country && !post.of().equals(((Candidate.Key.Post) held.found().candidate().key()).of())) {
        PositionCandidates.Found f = c.found();
        Candidate resolved = new Candidate(f.candidate().decision(), new Candidate.Key.Post(post.person(), role, post.of()),
            f.candidate().features(), f.candidate().evidence(), f.candidate().given());
        return new Scored(new PositionCandidates.Found(resolved, f.title(), f.of(), role, f.titleText(), List.of()), c.p());
      }
    }
    return null;
  }

  /**
   * A person called "Minister" in one sentence and "Foreign Minister" in another holds one post:
   * the generic role goes when the same person holds a finer one of the same kind of affiliation.
   */
  private static void subsume(Map<String, Scored> bestPerRole) {
    bestPerRole.entrySet().removeIf(e -> {
      Candidate.Key.Post post = (Candidate.Key.Post) e.getValue().found().candidate().key();
      Set<String> finer = FINER.get(post.role());
      String bare = e.getValue().found().titleText().toLowerCase(java.util.Locale.ROOT);
      return finer != null && TitleWords.isHead(bare) && bestPerRole.values().stream().anyMatch(o -> {
        Candidate.Key.Post other = (Candidate.Key.Post) o.found().candidate().key();
        return other.person().equals(post.person()) && finer.contains(other.role())
            && other.of().getClass() == post.of().getClass();
      });
    });
  }

  /** Roles a country gives one person at a time. */
  private static final Set<String> SOLE = Set.of("head-of-state", "head-of-government", "foreign-minister");

  /**
   * A country has one head of state, one head of government and one foreign minister: when two
   * persons' titles both chose the same one, the better-supported keeps it and the other takes
   * its title's next choice ("President Ana Soto" beside "Chilean President Luis Paz").
   */
  private static void oneHolder(Map<String, Scored> bestPerRole, Map<String, Scored> titles, Models models) {
    Map<String, String> holder = new java.util.HashMap<>();
    List<Map.Entry<String, Scored>> ranked = new ArrayList<>(bestPerRole.entrySet());
    ranked.sort((a, b) -> Double.compare(b.getValue().p(), a.getValue().p()));
    for (Map.Entry<String, Scored> e : ranked) {
      Candidate.Key.Post post = (Candidate.Key.Post) e.getValue().found().candidate().key();
      if (!SOLE.contains(post.role()) || !(post.of() instanceof Affiliation.Country)) {
        continue;
      }
      String office = post.role() + "|" + post.of();
      if (holder.putIfAbsent(office, post.person()) == null || holder.get(office).equals(post.person())) {
        continue;
      }
      Scored next = null;
      for (PositionCandidates.Found choice : titles.get(e.getKey()).found().choices()) {
        Candidate.Key.Post other = (Candidate.Key.Post) choice.candidate().key();
        double p = models.probability(choice.candidate());
        if (!other.of().equals(post.of()) && !holder.containsKey(other.role() + "|" + other.of()) && (next == null || p > next.p())) {
          next = new Scored(choice, p);
        }
      }
      if (next == null) {
        bestPerRole.remove(e.getKey());
      } else {
        Candidate.Key.Post moved = (Candidate.Key.Post) next.found().candidate().key();
        holder.put(moved.role() + "|" + moved.of(), moved.person());
        bestPerRole.put(e.getKey(), new Scored(next.found(), titles.get(e.getKey()).p() * next.p()));
      }
    }
  }

  static Map<PersonFinder.Found, List<Extraction.Position>> decide(ArticleText t, List<PersonFinder.Found> people,
      List<PositionCandidates.Found> candidates, Models models) {
    Map<String, Scored> bestPerRole = new LinkedHashMap<>();
    Map<String, Scored> titles = new LinkedHashMap<>(); // per person and role: the title its post was chosen from
    List<Scored> counterparts = new ArrayList<>();
    for (PositionCandidates.Found title : candidates) {
      boolean listed = title.candidate().features().contains(PositionCandidates.LISTED);
      double attached = listed ? 1 : models.probability(title.candidate());
      if (attached < THRESHOLD) {
        continue;
      }
      Scored best = null;
      double total = 0;
      for (PositionCandidates.Found choice : title.choices()) {
        double p = listed ? 1 : models.probability(choice.candidate());
        total += p;
        if (best == null || p > best.p()) {
          best = new Scored(choice, p);
        }
      }
      boolean clearWinner = best != null && best.p() >= SHARE * total;
      if (best == null || best.p() < CHOICE_THRESHOLD && !clearWinner) {
        continue;
      }
      Candidate.Key.Post post = (Candidate.Key.Post) best.found().candidate().key();
      String key = post.person() + "|" + post.role();
      Scored scored = new Scored(best.found(), attached * best.p());
      if (post.role().equals(PositionCandidates.ANY)) {
        counterparts.add(scored);
        continue;
      }
      if (!bestPerRole.containsKey(key) || scored.p() > bestPerRole.get(key).p()) {
        bestPerRole.put(key, scored);
        titles.put(key, new Scored(title, attached));
      }
    }
    oneHolder(bestPerRole, titles, models);
    for (Scored c : counterparts) {
      Scored resolved = counterpart(c, people, bestPerRole);
      Candidate.Key.Post post = resolved == null ? null : (Candidate.Key.Post) resolved.found().candidate().key();
      if (post != null && !bestPerRole.containsKey(post.person() + "|" + post.role())) {
        bestPerRole.put(post.person() + "|" + post.role(), resolved);
      }
    }
    subsume(bestPerRole);
    Map<PersonFinder.Found, List<Extraction.Position>> result = new LinkedHashMap<>();
    people.forEach(p -> result.put(p, new ArrayList<>()));
    for (Scored s : bestPerRole.values()) {
      Candidate.Key.Post post = (Candidate.Key.Post) s.found().candidate().key();
      for (PersonFinder.Found p : people) {
        if (p.name.equals(post.person())) {
          result.get(p).add(new Extraction.Position(s.found().titleText().isEmpty() ? post.role() : s.found().titleText(),
              post.role(), post.of(), t.evidence(s.found().title().sentence().begin())));
        }
      }
    }
    result.replaceAll((p, list) -> List.copyOf(list));
    return result;
  }
}
