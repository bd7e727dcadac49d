package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplograph.gazetteer.Gazetteer;
import org.diplograph.gazetteer.Lexicon;
import org.diplograph.gazetteer.PhraseMatcher;

/**
 * Topic candidates: every cue of {@code extract/topic-words.tsv} in a sentence, outside names,
 * titles and organisations ("Minister for Trade" is no trade talk). Features say whether the
 * sentence is one in which the parties discuss or agree ({@code extract/discussion.tsv}), how the
 * cue hangs from such a word in the parse, whether the sentence reports a meeting, where it stands
 * in the article, and how often the article comes back to the topic; the topic model weighs them.
 */
final class TopicCandidates {

  /** A cue: the topic, its lemmas (the last may end in * for any ending), the phrases that cancel it. */
  record Cue(String topic, List<String> lemmas, String text, List<List<String>> unless) {}

  /** A candidate with the sentence it was found in. */
  record Found(Candidate candidate, Nlp.Sentence sentence) {}

  private static final List<Cue> CUES = new ArrayList<>();
  private static final Set<String> DISCUSSION = new HashSet<>();

  static {
    for (Lexicon.Row row : Lexicon.load("extract/topic-words.tsv").rows()) {
      String cue = row.get("cue").toLowerCase(Locale.ROOT);
      String unless = row.get("unless").toLowerCase(Locale.ROOT);
      List<List<String>> phrases = new ArrayList<>();
      for (String phrase : unless.equals("-") ? new String[0] : unless.split(";")) {
        phrases.add(List.of(phrase.strip().split("\\s+"))); // "food security;energy security"
      }
      CUES.add(new Cue(row.get("topic"), List.of(cue.split("\\s+")), cue, List.copyOf(phrases)));
    }
    CUES.sort((a, b) -> b.lemmas().size() - a.lemmas().size()); // "border security" before "security"
    Lexicon.load("extract/discussion.tsv").rows().forEach(r -> DISCUSSION.add(r.get("lemma")));
  }

  /** An international organisation named where the parties talk: perhaps multilateral cooperation. */
  private static final Cue ORGANISATION = new Cue("multilateral", List.of("(organisation)"), "(international organisation)", List.of());

  private TopicCandidates() {}

  static List<Cue> cues() {
    return CUES;
  }

  /** {@code blanked}: spans of names, titles and organisations, where no cue counts. */
  static List<Found> find(ArticleText t, List<Span> blanked) {
    List<Found> out = new ArrayList<>();
    Map<String, Integer> sentencesPerTopic = new HashMap<>();
    List<List<Object[]>> matches = new ArrayList<>();
    for (Nlp.Sentence s : t.sentences) {
      boolean[] blank = ArticleText.mask(s, blanked);
      List<Object[]> here = new ArrayList<>();
      Set<String> topics = new HashSet<>();
      Map<String, boolean[]> taken = new HashMap<>(); // per topic: a token counts once for each topic it names
      for (int i = 0; i < s.tokens().size(); i++) {
        for (Cue cue : CUES) {
          boolean[] mine = taken.computeIfAbsent(cue.topic(), k -> new boolean[s.tokens().size()]);
          int last = match(s.tokens(), i, cue, blank, mine);
          if (last >= 0 && !cancelled(s.tokens(), i, cue)) {
            here.add(new Object[] {cue, i, last});
            topics.add(cue.topic());
            for (int k = i; k <= last; k++) {
              mine[k] = true;
            }
          }
        }
      }
      for (PhraseMatcher.Match<Gazetteer.Hit> hit : t.hits) { // "cooperation within the OSCE": an organisation as the topic
        int[] at = hit.value() instanceof Gazetteer.OrganisationName ? s.tokensOf(hit.start(), hit.end()) : null;
        if (at != null) {
          here.add(new Object[] {ORGANISATION, at[0], at[1]});
          topics.add(ORGANISATION.topic());
        }
      }
      topics.forEach(topic -> sentencesPerTopic.merge(topic, 1, Integer::sum));
      matches.add(here);
    }
    for (Nlp.Sentence s : t.sentences) {
      List<String> context = context(s);
      boolean trigger = !Triggers.find(s).isEmpty();
      for (Object[] m : matches.get(s.index())) {
        Cue cue = (Cue) m[0];
        int first = (Integer) m[1];
        int last = (Integer) m[2];
        List<String> f = new ArrayList<>(context);
        f.add("topic=" + cue.topic());
        f.add("cue=" + cue.topic() + ":" + cue.text());
        String governor = discussionGovernor(s, Triggers.head(s, first, last));
        f.add("governor=" + governor);
        f.add("topic+governor=" + cue.topic() + "/" + (governor.equals("none") ? "none" : "discussion"));
        f.add("topic+discussion=" + cue.topic() + "/" + context.contains("discussion"));
        f.add("topic+trigger=" + cue.topic() + "/" + trigger);
        int n = sentencesPerTopic.getOrDefault(cue.topic(), 1);
        f.add("sentences=" + Math.min(n, 3));
        f.add("topic+sentences=" + cue.topic() + "/" + Math.min(n, 3));
        if (trigger) {
          f.add("trigger");
        }
        if (quoted(s, first)) {
          f.add("quoted");
        }
        if (first > 0 && Character.isUpperCase(s.tokens().get(first).word().charAt(0))) {
          f.add("capitalised"); // "the ministries of Education, Finance and Trade"
        }
        out.add(new Found(new Candidate(Candidate.Decision.TOPIC, new Candidate.Key.Topic(cue.topic()), f,
            s.text() + " ‖ " + cue.text()), s));
      }
    }
    return out;
  }

  /** The last token of the cue when it matches at token {@code i}, else -1. */
  private static int match(List<Nlp.Token> tokens, int i, Cue cue, boolean[] blank, boolean[] taken) {
    int last = i + cue.lemmas().size() - 1;
    if (last >= tokens.size()) {
      return -1;
    }
    for (int k = i; k <= last; k++) {
      if (blank[k] || taken[k] || !matches(tokens.get(k), cue.lemmas().get(k - i))) {
        return -1;
      }
    }
    return last;
  }

  /** Whether the cue at token {@code i} stands inside one of its "unless" phrases. */
  private static boolean cancelled(List<Nlp.Token> tokens, int i, Cue cue) {
    for (List<String> phrase : cue.unless()) {
      if (inside(tokens, i, cue, phrase)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inside(List<Nlp.Token> tokens, int i, Cue cue, List<String> phrase) {
    int at = phrase.indexOf(cue.lemmas().get(0));
    int start = i - Math.max(0, at);
    if (start < 0 || start + phrase.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < phrase.size(); k++) {
      if (!matches(tokens.get(start + k), phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(Nlp.Token token, String lemma) {
    String word = token.word().toLowerCase(Locale.ROOT);
    if (lemma.startsWith("=")) {
      return word.equals(lemma.substring(1)); // the word as written: "crisis", not "crises"
    }
    String l = Triggers.lemma(token);
    if (lemma.endsWith("*")) {
      String prefix = lemma.substring(0, lemma.length() - 1);
      return word.startsWith(prefix) || l.startsWith(prefix);
    }
    return word.equals(lemma) || Triggers.is(token, lemma);
  }

  /** What the sentence is: one of discussion, with how many persons, at what place of the article. */
  private static List<String> context(Nlp.Sentence s) {
    List<String> f = new ArrayList<>();
    boolean discussion = false;
    int persons = 0;
    boolean numbers = false;
    for (Nlp.Token token : s.tokens()) {
      discussion |= DISCUSSION.contains(Triggers.lemma(token)) || DISCUSSION.contains(singular(token));
      persons += token.ner().equals("PERSON") && (token.index() + 1 == s.tokens().size()
          || !s.tokens().get(token.index() + 1).ner().equals("PERSON")) ? 1 : 0;
      numbers |= token.pos().equals("CD") && token.word().matches(".*\\d.*") && !token.word().matches("(19|20)\\d\\d");
      if (token.pos().equals("PRP") && Parties.isSubject(s, token.index())) {
        f.add("pronoun-subject");
      }
    }
    f.add(discussion ? "discussion" : "no-discussion");
    f.add("persons=" + Math.min(persons, 2));
    if (numbers) {
      f.add("figures"); // "dropped to 150,114 from 204,750": statistics, not talks
    }
    f.add("sentence=" + (s.index() < 3 ? String.valueOf(s.index()) : s.index() < 6 ? "3-5" : "6+"));
    return f;
  }

  private static String singular(Nlp.Token token) {
    String w = token.word().toLowerCase(Locale.ROOT);
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  /** The discussion word the cue hangs from within three steps up the parse ("discussed trade": discuss/obj), or "none". */
  private static String discussionGovernor(Nlp.Sentence s, int token) {
    int at = token;
    StringBuilder path = new StringBuilder();
    for (int steps = 0; steps < 4; steps++) {
      List<Dependencies.Edge> up = s.dependencies().governors(at);
      if (up.isEmpty()) {
        return "none";
      }
      Dependencies.Edge e = up.get(0);
      path.append(e.relation().replaceAll(":.*", "")).append('<');
      at = e.governor();
      String lemma = Triggers.lemma(s.tokens().get(at));
      if (DISCUSSION.contains(lemma)) {
        return lemma + "/" + (steps == 0 ? e.relation() : "far");
      }
    }
    return "none";
  }

  private static boolean quoted(Nlp.Sentence s, int first) {
    int quotes = 0;
    for (int i = 0; i < first; i++) {
      String w = s.tokens().get(i).word();
      if (w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("``") || w.equals("''")) {
        quotes++;
      }
    }
    return quotes % 2 == 1;
  }
}
