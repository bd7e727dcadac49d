package org.diplograph.extract;

import java.util.List;

/**
 * How two parties and a trigger stand in a sentence, as the meeting model's features say it:
 * whether the trigger has a subject, what governs a party, whether one party's phrase holds the
 * other, whether a party is inside a quotation, the parties' order around the trigger.
 */
final class PairSyntax {

  private PairSyntax() {}

  static boolean hasSubject(Nlp.Sentence s, Triggers.Found trigger) {
    return subject(s, trigger) >= 0;
  }

  /**
   * What fills the trigger's subject (or its governor's: "during the meeting with X, the sides
   * signed"): none, a party the sentence names, a pronoun ("he met X"), a title word alone ("the
   * Minister received X"), a group or side word ("the delegation", "the sides") or another word.
   * It tells whether a party the sentence does not name, the article's protagonist, took part.
   */
  static String subjectKind(Nlp.Sentence s, Triggers.Found trigger, List<Parties.Mention> parties,
      java.util.Set<String> groups) {
    int subject = subject(s, trigger);
    if (subject < 0) {
      return "none";
    }
    for (Parties.Mention m : parties) {
      if (subject == m.head() || subject >= m.first() && subject <= m.last()) {
        return "party";
      }
    }
    Nlp.Token token = s.tokens().get(subject);
    String lemma = Triggers.lemma(token);
    return token.pos().startsWith("PRP") ? "pronoun" : groups.contains(lemma) ? "group"
        : TitleWords.isHead(lemma) || TitleWords.isHead(token.word()) ? "title" : "other";
  }

  /** The trigger's subject, else that of a word it hangs from ("during the meeting, the sides signed"); -1 when none. */
  private static int subject(Nlp.Sentence s, Triggers.Found trigger) {
    int subject = nsubj(s, trigger.head());
    for (Dependencies.Edge e : s.dependencies().governors(trigger.head())) {
      if (subject >= 0) {
        break;
      }
      subject = nsubj(s, e.governor());
    }
    return subject;
  }

  private static int nsubj(Nlp.Sentence s, int head) {
    for (Dependencies.Edge e : s.dependencies().children(head)) {
      if (e.relation().startsWith("nsubj")) {
        return e.dependent();
      }
    }
    return -1;
  }

  static String governor(Nlp.Sentence s, Parties.Mention m) {
    for (Dependencies.Edge e : s.dependencies().governors(m.head())) {
      return Triggers.lemma(s.tokens().get(e.governor())) + "/" + e.relation();
    }
    return "root";
  }

  /** Whether {@code inner} lies in the dependency subtree of {@code outer}'s head, within its noun phrase. */
  static boolean nestedIn(Nlp.Sentence s, Parties.Mention inner, Parties.Mention outer) {
    int at = inner.head();
    for (int steps = 0; steps < 4; steps++) {
      List<Dependencies.Edge> up = s.dependencies().governors(at);
      if (up.isEmpty() || !up.get(0).relation().matches("compound|nmod.*|amod|appos|flat")) {
        return false;
      }
      at = up.get(0).governor();
      if (at == outer.head()) {
        return true;
      }
    }
    return false;
  }

  static boolean quoted(Parties.Mention m) {
    int quotes = 0;
    for (int i = 0; i < m.first(); i++) {
      String w = m.sentence().tokens().get(i).word();
      if (w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("``") || w.equals("''")) {
        quotes++;
      }
    }
    return quotes % 2 == 1;
  }

  static String order(int a, int b, int trigger) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    return trigger < lo ? "trigger-first" : trigger > hi ? "trigger-last" : "trigger-between";
  }

  static String bucket(int n) {
    return n <= 2 ? "0-2" : n <= 5 ? "3-5" : n <= 10 ? "6-10" : n <= 20 ? "11-20" : "20+";
  }

  /**
   * Whether a name stands as a modifier of a common noun that is no title ("the Trump
   * administration", "a Putin ally"), not as a person who acts; the trigger itself is no such noun
   * ("the Putin talks").
   */
  static boolean modifiesANoun(Parties.Mention m, int trigger) {
    for (Dependencies.Edge e : m.sentence().dependencies().governors(m.head())) {
      Nlp.Token governor = m.sentence().tokens().get(e.governor());
      if (e.relation().equals("compound") && e.governor() != trigger && governor.pos().startsWith("NN") && !governor.pos().startsWith("NNP")
          && !TitleWords.isHead(governor.word()) && !TitleWords.isHead(Triggers.lemma(governor))) {
        return true;
      }
    }
    return false;
  }
}
