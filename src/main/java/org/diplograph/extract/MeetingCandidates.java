package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.gazetteer.Lexicon;

/**
 * Meeting candidates. Each sentence with a trigger ({@link Triggers}) opens an encounter whose
 * parties ({@link Parties}) are those the sentence names, those the next sentences list without a
 * trigger of their own ("They were A, B and C"), and the article's protagonist when the sentence
 * does not name them; every pair of them is a candidate. Features say how each party stands to
 * the trigger in the dependency parse ("nsubj>", "obl:with>", "obj>appos>"), which trigger it
 * is and how the pair stands in the sentence; the meeting model weighs them.
 */
final class MeetingCandidates {

  /** A candidate with the sentence and trigger it was found at (for the meeting's date, place and kind). */
  /** {@code sameSlot}: both parties hold the same slot of the trigger ("A and B met C": A and B). */
  record Found(Candidate candidate, Nlp.Sentence sentence, Triggers.Found trigger, boolean sameSlot) {}

  /** A party of an encounter: its mention, and how far from the trigger's sentence it stands (0 in it, -1 context). */
  private record Slot(Party party, Parties.Mention mention, int carried) {}

  /** How many sentences after a trigger may list its parties. */
  private static final int CARRY = 2;

  private MeetingCandidates() {}

  static List<Found> find(ArticleText t, List<List<Parties.Mention>> parties, Party protagonist,
      java.util.function.Function<String, java.util.Set<Affiliation>> owned, String home) {
    List<Found> out = new ArrayList<>();
    List<List<Triggers.Found>> triggers = new ArrayList<>();
    for (Nlp.Sentence s : t.sentences) {
      triggers.add(Triggers.find(s));
    }
    for (Nlp.Sentence s : t.sentences) {
      List<Triggers.Found> here = triggers.get(s.index());
      if (here.isEmpty()) {
        continue;
      }
      Map<Party, Slot> slots = new LinkedHashMap<>();
      for (Parties.Mention m : parties.get(s.index())) {
        if (m.party() instanceof Party.Delegation && !standsForDelegation(s, here, m)) {
          continue;
        }
        Slot seen = slots.get(m.party());
        if (seen == null || nearest(s, here, m) < nearest(s, here, seen.mention())) {
          slots.put(m.party(), new Slot(m.party(), m, 0));
        }
      }
      boolean group = hasGroup(s);
      for (int k = 1; group && k <= CARRY && s.index() + k < t.sentences.size() && triggers.get(s.index() + k).isEmpty(); k++) {
        for (Parties.Mention m : parties.get(s.index() + k)) {
          if (m.source() == Parties.Source.NAME || m.party() instanceof Party.Delegation && represented(m)) {
            slots.putIfAbsent(m.party(), new Slot(m.party(), m, k));
          }
        }
      }
      if (protagonist != null && !slots.containsKey(protagonist)) {
        slots.put(protagonist, new Slot(protagonist, null, -1));
      }
      List<Slot> list = new ArrayList<>(slots.values());
      for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) {
          out.add(pair(s, here, list.get(i), list.get(j), parties.get(s.index()), protagonist, owners(list, owned), home,
              list.size()));
        }
      }
    }
    return withSupport(out);
  }

  /** Each candidate also says in how many trigger sentences its pair is a candidate: a pair reported twice likely met. */
  private static List<Found> withSupport(List<Found> found) {
    Map<Candidate.Key, java.util.Set<Integer>> sentences = new java.util.HashMap<>();
    for (Found f : found) {
      sentences.computeIfAbsent(f.candidate().key(), k -> new java.util.HashSet<>()).add(f.sentence().index());
    }
    List<Found> out = new ArrayList<>();
    for (Found f : found) {
      List<String> features = new ArrayList<>(f.candidate().features());
      features.add("support=" + Math.min(sentences.get(f.candidate().key()).size(), 3));
      Candidate c = f.candidate();
      out.add(new Found(new Candidate(c.decision(), c.key(), features, c.evidence()), f.sentence(), f.trigger(), f.sameSlot()));
    }
    return out;
  }

  private static final java.util.Set<String> GROUPS = groupWords("group");
  /** Nouns that make a country or organisation a party: "the Chinese side", "the government of Chad". */
  private static final java.util.Set<String> SIDES = groupWords("side");
  private static final java.util.Set<String> REPORTING = groupWords("reporting");
  private static final java.util.Set<String> SUBJECT_GROUPS = java.util.stream.Stream.concat(GROUPS.stream(), SIDES.stream())
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Whether the party is the subject of a verb of reporting ("said", "told", "announced"). */
  private static boolean reports(Parties.Mention m) {
    for (Dependencies.Edge e : m.sentence().dependencies().governors(m.head())) {
      if (e.relation().startsWith("nsubj") && REPORTING.contains(Triggers.lemma(m.sentence().tokens().get(e.governor())))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a person is the agent of a verb of sending: "headed by X", "represented by X". */
  static boolean sentBy(Parties.Mention m) {
    for (Dependencies.Edge e : m.sentence().dependencies().governors(m.head())) {
      if (e.relation().matches("obl:agent|obl:by|nmod:by|nmod:agent")
          && REPRESENTED.contains(Triggers.lemma(m.sentence().tokens().get(e.governor())))) {
        return true;
      }
    }
    return false;
  }

  /** Verbs whose subject sent officials to an encounter. */
  private static final java.util.Set<String> REPRESENTED = groupWords("sender");

  static java.util.Set<String> groupWords(String kind) {
    return java.util.Set.copyOf(Lexicon.load("extract/groups.tsv").ofKind(kind, "lemma"));
  }

  /**
   * Whether a country or organisation stands for officials who took part: it heads a group of them
   * ("the delegation of Chad", "the Chinese side", "the leaders of France and Italy", "his
   * counterparts from Peru") or is itself what the trigger takes ("talks with China").
   */
  private static boolean standsForDelegation(Nlp.Sentence s, List<Triggers.Found> triggers, Parties.Mention m) {
    int at = m.head();
    for (int steps = 0; steps < 3; steps++) {
      List<Dependencies.Edge> up = s.dependencies().governors(at);
      if (up.isEmpty()) {
        return false;
      }
      Dependencies.Edge e = up.get(0);
      String lemma = Triggers.lemma(s.tokens().get(e.governor()));
      if (GROUPS.contains(lemma) || SIDES.contains(lemma)) {
        return true;
      }
      for (Triggers.Found tr : triggers) {
        boolean object = e.relation().equals("obj") && tr.trigger().takesParty(); // "discussed Syria" is a topic
        if (e.governor() == tr.head() && (object || e.relation().matches("nsubj.*|obl:(with|to|on)|nmod:(with|to|between)|obl:agent"))) {
          return true;
        }
      }
      if (!e.relation().startsWith("conj")) {
        return false;
      }
      at = e.governor(); // "France, Germany and Italy": the first of the list decides
    }
    return false;
  }

  /** "Finland and Sweden were represented by state secretaries": a country that sent someone. */
  static boolean represented(Parties.Mention m) {
    Nlp.Sentence s = m.sentence();
    int at = m.head();
    for (int steps = 0; steps < 3; steps++) {
      for (Dependencies.Edge e : s.dependencies().governors(at)) {
        String lemma = Triggers.lemma(s.tokens().get(e.governor()));
        if (e.relation().startsWith("nsubj") && REPRESENTED.contains(lemma) || GROUPS.contains(lemma) || SIDES.contains(lemma)) {
          return true;
        }
      }
      List<Dependencies.Edge> up = s.dependencies().governors(at);
      if (up.isEmpty() || !up.get(0).relation().startsWith("conj")) {
        return false;
      }
      at = up.get(0).governor();
    }
    return false;
  }

  /** Whether the sentence names a group of officials ("a delegation", "the new ambassadors"). */
  private static boolean hasGroup(Nlp.Sentence s) {
    return group(s) != null;
  }

  /** The first group word of the sentence ("delegation", "ambassador"), or null. */
  private static String group(Nlp.Sentence s) {
    for (Nlp.Token token : s.tokens()) {
      for (String g : GROUPS) {
        if (token.pos().startsWith("NN") && Triggers.is(token, g)) {
          return g; // "the Foreign Ministers' Meeting": CoreNLP leaves proper plurals as written
        }
      }
    }
    return null;
  }

  private static int nearest(Nlp.Sentence s, List<Triggers.Found> triggers, Parties.Mention m) {
    int best = Integer.MAX_VALUE;
    for (Triggers.Found tr : triggers) {
      best = Math.min(best, length(s.dependencies().path(tr.head(), m.head())));
    }
    return best;
  }

  /** The countries and organisations that the titles of the encounter's named persons give them. */
  private static java.util.Set<Affiliation> owners(List<Slot> slots,
      java.util.function.Function<String, java.util.Set<Affiliation>> owned) {
    java.util.Set<Affiliation> out = new java.util.HashSet<>();
    for (Slot x : slots) {
      if (x.party() instanceof Party.Named named) {
        out.addAll(owned.apply(named.person()));
      }
    }
    return out;
  }

  private static Found pair(Nlp.Sentence s, List<Triggers.Found> triggers, Slot a, Slot b, List<Parties.Mention> named,
      Party protagonist, java.util.Set<Affiliation> owned, String home, int count) {
    Triggers.Found best = triggers.get(0);
    int bestLength = Integer.MAX_VALUE;
    for (Triggers.Found tr : triggers) {
      int length = distance(s, tr, a) + distance(s, tr, b);
      if (length < bestLength) {
        best = tr;
        bestLength = length;
      }
    }
    List<String> f = new ArrayList<>();
    String trigger = best.lemma();
    f.add("trigger=" + trigger);
    String sa = slot(s, best, a, 1);
    String sb = slot(s, best, b, 1);
    f.add("pair=" + sorted(sa, sb));
    for (Slot x : List.of(a, b)) {
      f.add("role=" + (x == a ? sa : sb));
      if (x.mention() == null) {
        continue;
      }
      Parties.Mention m = x.mention();
      f.add("source=" + m.source());
      if (m.party() instanceof Party.Delegation delegation) {
        String governor = PairSyntax.governor(m.sentence(), m);
        String lemma = governor.replaceAll("/.*", "");
        f.add("delegation-governor=" + (GROUPS.contains(lemma) || SIDES.contains(lemma) ? governor : "other/"
            + governor.replaceAll(".*/", "")));
        if (owned.contains(delegation.of())) {
          f.add("delegation-represented"); // a named person of the encounter holds a post of it
        }
        if (delegation.of() instanceof Affiliation.Country c && c.iso2().equals(home)) {
          f.add("delegation-home"); // the country the article reports from: usually the protagonist's own side
        }
        if (represented(m)) {
          f.add("delegation-sent"); // "Finland was represented by its state secretary"
        }
      }
      if (PairSyntax.quoted(m)) {
        f.add("quoted");
      }
      if (m.party() instanceof Party.Named && sentBy(m)) {
        f.add("heads-delegation"); // "The Latvian delegation was headed by Baiba Braže"
      }
      if (reports(m)) {
        f.add("reporter"); // "…, the spokeswoman said": who tells of the encounter
      }
      if (m.party() instanceof Party.Named && PairSyntax.modifiesANoun(m, best.head())) {
        f.add("name-modifier"); // "members of the Trump administration": the name only qualifies a noun
      }
      if (m.party().equals(protagonist)) {
        f.add("protagonist");
      }
    }
    f.add("parties=" + Math.min(count, 6));
    for (String cue : cues(s)) {
      f.add("cue=" + cue); // "a trilateral summit", "held separate talks with A and B"
      f.add("cue+same-slot=" + cue + "/" + sa.equals(sb));
    }
    f.add("trigger-pos=" + s.tokens().get(best.head()).pos().substring(0, Math.min(2, s.tokens().get(best.head()).pos().length())));
    f.add("sentence=" + Math.min(s.index(), 5));
    f.add("subject=" + PairSyntax.hasSubject(s, best));
    if (a.carried() < 0 || b.carried() < 0) {
      f.add("context+subject=" + PairSyntax.subjectKind(s, best, named, SUBJECT_GROUPS)); // "he met X": the protagonist
    }
    if (a.carried() == 0 && b.carried() == 0) {
      Parties.Mention x = a.mention();
      Parties.Mention y = b.mention();
      List<String> between = s.dependencies().path(x.head(), y.head());
      f.add("between=" + (between == null || between.size() > 2 ? "far" : String.join("", between)));
      f.add("sources=" + sorted(x.source().name(), y.source().name()));
      f.add("distance=" + PairSyntax.bucket(Math.abs(x.head() - y.head())));
      f.add("order=" + PairSyntax.order(x.head(), y.head(), best.head()));
      if (PairSyntax.nestedIn(s, x, y) || PairSyntax.nestedIn(s, y, x)) {
        f.add("nested"); // "Malta's Foreign Minister Ian Borg": the country is part of the person's name phrase
      }
    } else if (a.carried() > 0 && b.carried() > 0) {
      List<String> between = a.mention().sentence() == b.mention().sentence()
          ? a.mention().sentence().dependencies().path(a.mention().head(), b.mention().head()) : null;
      f.add("carried-between=" + (between == null || between.size() > 2 ? "far" : String.join("", between)));
      f.add("carried-group=" + group(s)); // new ambassadors each meet the host; ministers meet one another
    }
    return new Found(new Candidate(Candidate.Decision.MEETING, new Candidate.Key.Pair(a.party(), b.party()), f, s.text()),
        s, best, sa.equals(sb));
  }

  private static int distance(Nlp.Sentence s, Triggers.Found trigger, Slot x) {
    return x.carried() != 0 ? 3 : length(s.dependencies().path(trigger.head(), x.mention().head()));
  }

  /** How a party stands to the trigger: its argument in the sentence, or how it was carried in. */
  private static String slot(Nlp.Sentence s, Triggers.Found trigger, Slot x, int steps) {
    if (x.carried() < 0) {
      return "context";
    }
    if (x.carried() > 0) {
      return "carried:" + Arguments.role(x.mention().sentence().dependencies().path(root(x.mention().sentence()), x.mention().head()));
    }
    List<String> path = s.dependencies().path(trigger.head(), x.mention().head());
    return steps == 1 ? Arguments.role(path) : steps == 2 ? Arguments.role(path) + Arguments.within(path)
        : steps(path, steps);
  }

  private static int root(Nlp.Sentence s) {
    return s.dependencies().roots().isEmpty() ? 0 : s.dependencies().roots().get(0);
  }

  /** The first {@code n} steps of a path, "none" when the tokens are not connected. */
  static String steps(List<String> path, int n) {
    if (path == null) {
      return "none";
    }
    if (path.isEmpty()) {
      return "self";
    }
    return String.join("", path.subList(0, Math.min(n, path.size()))) + (path.size() > n ? "…" : "");
  }

  private static int length(List<String> path) {
    return path == null ? 99 : path.size();
  }

  private static final java.util.Set<String> JOINT = groupWords("joint");
  private static final java.util.Set<String> SEPARATE = groupWords("separate");

  /** Words of the sentence that say whether its parties met all together or one by one (groups.tsv). */
  private static java.util.Set<String> cues(Nlp.Sentence s) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (Nlp.Token token : s.tokens()) {
      String lemma = Triggers.lemma(token);
      if (JOINT.contains(lemma)) {
        out.add("joint");
      }
      if (SEPARATE.contains(lemma)) {
        out.add("separate");
      }
    }
    return out;
  }

  private static String sorted(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }
}
