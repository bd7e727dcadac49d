package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diplograph.gazetteer.Lexicon;

/**
 * Words that report an encounter ({@code extract/triggers.tsv}): "met", "held talks", "received",
 * "phone call", "paid a courtesy call". Matched on lemmas and part-of-speech tags.
 */
final class Triggers {

  /** A trigger of the table: its lemmas, the part of speech its first word must have, the kind it implies. */
  record Trigger(List<String> lemmas, String pos, MeetingKind kind, boolean takesParty, String example) {}

  /** A trigger found in a sentence: the rule and the token that heads it. */
  record Found(Trigger trigger, int head, int first, int last) {
    String lemma() {
      return String.join(" ", trigger.lemmas());
    }
  }

  private static final List<Trigger> TRIGGERS = load();

  private Triggers() {}

  static List<Trigger> all() {
    return TRIGGERS;
  }

  private static List<Trigger> load() {
    List<Trigger> triggers = new ArrayList<>();
    for (Lexicon.Row row : Lexicon.load("extract/triggers.tsv").rows()) {
      String pos = row.get("pos");
      if (!pos.matches("[VN*]")) {
        throw row.error("pos is V, N or *, not " + pos);
      }
      String kind = row.get("kind");
      String object = row.get("object");
      if (!object.matches("party|topic")) {
        throw row.error("object is party or topic, not " + object);
      }
      triggers.add(new Trigger(List.of(row.get("trigger").toLowerCase(Locale.ROOT).split("\\s+")), pos,
          kind.equals("*") ? null : MeetingKind.of(kind), object.equals("party"), row.get("example")));
    }
    triggers.sort((a, b) -> b.lemmas().size() - a.lemmas().size()); // "courtesy call" before "call"
    return List.copyOf(triggers);
  }

  /** Every trigger of the sentence, longest first where two start at the same word. */
  static List<Found> find(Nlp.Sentence s) {
    List<Found> found = new ArrayList<>();
    List<Nlp.Token> tokens = s.tokens();
    boolean[] taken = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      for (Trigger t : TRIGGERS) {
        int last = matchAt(tokens, i, t);
        if (last >= 0 && !taken[i]) {
          for (int k = i; k <= last; k++) {
            taken[k] = true;
          }
          found.add(new Found(t, head(s, i, last), i, last));
          break;
        }
      }
    }
    return found;
  }

  /** The last token of the trigger when it matches from token {@code i}, else -1. */
  private static int matchAt(List<Nlp.Token> tokens, int i, Trigger t) {
    int last = i + t.lemmas().size() - 1;
    if (last >= tokens.size()) {
      return -1;
    }
    for (int k = i; k <= last; k++) {
      if (!is(tokens.get(k), t.lemmas().get(k - i))) {
        return -1;
      }
    }
    boolean pos = posMatches(tokens.get(i), t.pos()) || last > i && posMatches(tokens.get(last), t.pos());
    return pos ? last : -1;
  }

  private static boolean posMatches(Nlp.Token token, String pos) {
    return switch (pos) {
      case "V" -> token.pos().startsWith("VB");
      case "N" -> token.pos().startsWith("NN");
      default -> token.pos().startsWith("VB") || token.pos().startsWith("NN") || token.pos().startsWith("JJ");
    };
  }

  static String lemma(Nlp.Token token) {
    String lemma = token.lemma() == null ? token.word() : token.lemma();
    return lemma.toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the token stands for the lemma of a rule table: its lemma, or its word as a singular
   * (CoreNLP leaves some plurals as they are: "credentials", "prospects", "Ministers").
   */
  static boolean is(Nlp.Token token, String lemma) {
    String l = lemma(token);
    if (l.equals(lemma)) {
      return true;
    }
    String w = token.word().toLowerCase(Locale.ROOT);
    return w.endsWith("ies") ? (w.substring(0, w.length() - 3) + "y").equals(lemma)
        : w.endsWith("s") && w.substring(0, w.length() - 1).equals(lemma);
  }

  /** The token of {@code [first, last]} that the rest of the sentence attaches to. */
  static int head(Nlp.Sentence s, int first, int last) {
    for (int k = last; k >= first; k--) {
      boolean outside = true;
      for (Dependencies.Edge e : s.dependencies().governors(k)) {
        outside &= e.governor() < first || e.governor() > last;
      }
      if (outside) {
        return k;
      }
    }
    return last;
  }
}
