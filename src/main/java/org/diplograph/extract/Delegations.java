package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Meetings of several delegations, told as an event and its delegations: "The Nordic-Baltic
 * Ministerial Meeting took place in Riga. The Latvian delegation was headed by Foreign Minister
 * Ana Soto. Finland and Sweden were represented by state secretaries." Everyone who headed a
 * delegation and every country represented by an unnamed official took part in one meeting. A
 * rule, not a model: the dev set has too few such events to learn them from (groups.tsv holds the
 * event verbs and the verbs of sending).
 */
final class Delegations {

  /** The event sentence, its trigger, and its parties. */
  record Event(Nlp.Sentence sentence, Triggers.Found trigger, List<Party> parties) {}

  /** How many sentences after the event may name its delegations. */
  private static final int AFTER = 4;

  private static final Set<String> EVENTS = MeetingCandidates.groupWords("event");

  private Delegations() {}

  static List<Event> find(ArticleText t, List<List<Parties.Mention>> parties) {
    List<Event> out = new ArrayList<>();
    for (Nlp.Sentence s : t.sentences) {
      Triggers.Found trigger = eventTrigger(s);
      if (trigger == null) {
        continue;
      }
      Set<Party> members = new LinkedHashSet<>();
      for (int k = 1; k <= AFTER && s.index() + k < t.sentences.size(); k++) {
        List<Parties.Mention> here = parties.get(s.index() + k);
        boolean named = false;
        for (Parties.Mention m : here) {
          if (m.party() instanceof Party.Named && MeetingCandidates.sentBy(m)) {
            members.add(m.party());
            named = true;
          }
        }
        for (Parties.Mention m : here) {
          if (m.party() instanceof Party.Named && !members.contains(m.party()) && named
              && (conjoinedWithMember(m, here, members) || afterBy(m, here))) {
            members.add(m.party()); // "represented by Foreign Ministers A and B", "the EU delegation - by B"
          }
        }
        if (!named) {
          for (Parties.Mention m : here) {
            if (m.party() instanceof Party.Delegation d && d.of() instanceof Affiliation.Country && MeetingCandidates.represented(m)) {
              members.add(m.party()); // "Finland and Sweden were represented by state secretaries"
            }
          }
        }
      }
      if (members.size() >= 3) {
        out.add(new Event(s, trigger, List.copyOf(members)));
      }
    }
    return out;
  }

  private static boolean conjoinedWithMember(Parties.Mention m, List<Parties.Mention> here, Set<Party> members) {
    for (Dependencies.Edge e : m.sentence().dependencies().governors(m.head())) {
      if (e.relation().startsWith("conj")) {
        for (Parties.Mention other : here) {
          if (other.head() == e.governor() && members.contains(other.party())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** "…, the EU delegation - by High Representative Ana Soto": "by" before the name, no other name between. */
  private static boolean afterBy(Parties.Mention m, List<Parties.Mention> here) {
    List<Nlp.Token> tokens = m.sentence().tokens();
    for (int i = m.first() - 1; i >= 0 && i >= m.first() - 15; i--) {
      int at = i;
      if (here.stream().anyMatch(o -> o != m && o.party() instanceof Party.Named && o.last() == at)) {
        return false;
      }
      if (tokens.get(i).word().equals("by")) {
        return true;
      }
    }
    return false;
  }

  /** A meeting noun whose sentence says it took place: "The Ministerial Meeting took place in Riga". */
  private static Triggers.Found eventTrigger(Nlp.Sentence s) {
    boolean happened = false;
    for (Nlp.Token token : s.tokens()) {
      String lemma = Triggers.lemma(token);
      String next = token.index() + 1 < s.tokens().size() ? Triggers.lemma(s.tokens().get(token.index() + 1)) : "";
      happened |= token.pos().startsWith("VB") && (EVENTS.contains(lemma) || EVENTS.contains(lemma + " " + next));
    }
    if (!happened) {
      return null;
    }
    for (Triggers.Found tr : Triggers.find(s)) {
      if (s.tokens().get(tr.head()).pos().startsWith("NN")) {
        return tr;
      }
    }
    return null;
  }
}
