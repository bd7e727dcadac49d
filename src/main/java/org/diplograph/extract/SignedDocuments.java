package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.diplograph.gazetteer.Lexicon;

/**
 * Documents that a sentence has the parties sign, adopt or conclude, written in lower case: the
 * object (or passive subject) of a verb of signing whose head is a document noun
 * ({@code extract/document-words.tsv}), with the adjectives and compounds before the head and
 * the "on …", "of …", "between …", "for …" phrases after it ("an intergovernmental agreement on
 * exemption from visa requirements").
 */
final class SignedDocuments {

  private static final Set<String> HEADS = words("head");
  private static final Set<String> VERBS = words("verb");
  /** Nouns of signing whose "of" names the document: "the signing of a cooperation protocol". */
  private static final Set<String> NOUNS = words("noun");
  /** Prepositions that carry the document's name on after its head: "agreement on …", "protocol between …". */
  private static final Set<String> CARRIERS = Set.of("on", "of", "between", "for", "from", "with", "to", "in", "among", "against");
  private static final Set<String> WHEN = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "today", "yesterday", "tomorrow", "behalf", "presence", "framework", "occasion", "course", "context");
  /** Relations that keep a dependent inside the document's name. */
  private static final String INSIDE = "amod|compound|nummod|flat|case|nmod:(on|of|between|for|in|with|to)|det|cc|conj:and|punct";
  /** Words before the head that are no part of a document's name: "a new agreement on …". */
  private static final Set<String> LEADING = Set.of("a", "an", "the", "this", "that", "these", "its", "their", "his", "her", "our",
      "new", "first", "second", "historic", "landmark", "relevant", "respective", "several", "two", "three");
  private static final int LONGEST = 16;

  private SignedDocuments() {}

  private static Set<String> words(String kind) {
    return Set.copyOf(Lexicon.load("extract/document-words.tsv").ofKind(kind, "lemma"));
  }

  static List<Extraction.Document> find(ArticleText t, List<int[]> organisationSpans) {
    List<Extraction.Document> out = new ArrayList<>();
    for (Nlp.Sentence s : t.sentences) {
      for (Nlp.Token token : s.tokens()) {
        if (token.pos().startsWith("NN") && HEADS.contains(Triggers.lemma(token)) && signed(s, token.index())) {
          Extraction.Document d = document(t, s, token.index(), organisationSpans);
          if (d != null) {
            out.add(d);
          }
        }
      }
    }
    return out;
  }

  /** Whether a verb of signing takes the noun (or the first of a list it is in) as its object or passive subject. */
  private static boolean signed(Nlp.Sentence s, int head) {
    for (Dependencies.Edge e : s.dependencies().children(head)) {
      if (e.relation().equals("amod") && VERBS.contains(Triggers.lemma(s.tokens().get(e.dependent())))) {
        return true; // "the signed defence cooperation agreement"
      }
    }
    int at = head;
    for (int steps = 0; steps < 3; steps++) {
      for (Dependencies.Edge e : s.dependencies().governors(at)) {
        String governor = Triggers.lemma(s.tokens().get(e.governor()));
        if (e.relation().matches("obj|nsubj:pass") && VERBS.contains(governor) || e.relation().equals("nmod:of") && NOUNS.contains(governor)) {
          return true;
        }
      }
      List<Dependencies.Edge> up = s.dependencies().governors(at);
      if (up.isEmpty() || !up.get(0).relation().startsWith("conj")) {
        return false;
      }
      at = up.get(0).governor(); // "signed an agreement on trade and a memorandum on health"
    }
    return false;
  }

  private static Extraction.Document document(ArticleText t, Nlp.Sentence s, int head, List<int[]> organisationSpans) {
    TreeSet<Integer> inside = new TreeSet<>();
    collect(s, head, head, inside);
    int first = inside.first();
    int last = inside.last();
    for (int i = first; i <= last; i++) {
      if (!inside.contains(i)) {
        last = i - 1; // the phrase ends where its subtree stops being contiguous
        break;
      }
    }
    last = Math.max(last, carried(s, head));
    if (s.tokens().get(head).pos().equals("NNS") && last == head) {
      return null; // "cultural and investment agreements": kinds of document, not one
    }
    while (first < head && (LEADING.contains(s.tokens().get(first).word().toLowerCase(Locale.ROOT))
        || s.tokens().get(first).pos().matches("IN|TO|DT|PRP\\$|,|CC")
        || VERBS.contains(Triggers.lemma(s.tokens().get(first))))) { // "in the signed agreement": "agreement"
      first++;
    }
    while (last > head && s.tokens().get(last).pos().matches("CC|IN|DT|,|\\.|:|-RRB-|-LRB-")) {
      last--;
    }
    if (last - first + 1 < 2 || last - first + 1 > LONGEST) {
      return null;
    }
    int begin = s.tokens().get(first).begin();
    int end = s.tokens().get(last).end();
    if (DocumentFinder.insideAny(begin, end, organisationSpans)) {
      return null;
    }
    String name = t.text.substring(begin, end).replaceAll("\\s+", " ");
    return new Extraction.Document(Character.toUpperCase(name.charAt(0)) + name.substring(1), null, t.evidence(begin));
  }

  /**
   * How far the words after the head carry its name on, where the parser hung "on …" elsewhere
   * ("signed a memorandum on future cooperation"): from a carrying preposition over nouns,
   * adjectives, numbers and further carriers, up to a verb, a clause, punctuation, or a place or
   * time ("in Moscow", "on Monday").
   */
  private static int carried(Nlp.Sentence s, int head) {
    List<Nlp.Token> tokens = s.tokens();
    int last = head;
    for (int j = head + 1; j < tokens.size() && j - head <= LONGEST; j++) {
      Nlp.Token token = tokens.get(j);
      String word = token.word().toLowerCase(Locale.ROOT);
      if (token.pos().equals("IN") || token.pos().equals("TO")) {
        Nlp.Token next = j + 1 < tokens.size() ? tokens.get(j + 1) : null;
        if (!CARRIERS.contains(word) || next == null || next.ner().equals("LOCATION") || next.pos().equals("CD")
            || WHEN.contains(next.word().toLowerCase(Locale.ROOT)) || j + 2 < tokens.size() && WHEN.contains(tokens.get(j + 2).word().toLowerCase(Locale.ROOT))) {
          break;
        }
        continue;
      }
      if (!token.pos().matches("NN.*|JJ.*|CD|DT|CC|HYPH|POS|VBG") || word.matches("that|which|who")) {
        break;
      }
      if (token.pos().startsWith("NN") || token.pos().startsWith("JJ") || token.pos().equals("CD") || token.pos().equals("VBG")) {
        last = j;
      }
    }
    return last;
  }

  /** The head's dependents that belong to the document's name, recursively; a following conjunct document stays out. */
  private static void collect(Nlp.Sentence s, int at, int head, Set<Integer> inside) {
    inside.add(at);
    for (Dependencies.Edge e : s.dependencies().children(at)) {
      Nlp.Token dependent = s.tokens().get(e.dependent());
      boolean anotherDocument = e.relation().startsWith("conj") && HEADS.contains(Triggers.lemma(dependent));
      boolean placeOrDay = e.relation().startsWith("nmod") && (dependent.ner().equals("LOCATION")
          || WHEN.contains(dependent.word().toLowerCase(Locale.ROOT)) || dependent.pos().equals("CD")); // "in Lima", "on Tuesday"
      if (e.relation().matches(INSIDE) && !anotherDocument && !placeOrDay && (at != head || e.dependent() > head || !e.relation().matches("cc|conj:and|punct"))) {
        collect(s, e.dependent(), head, inside);
      }
    }
  }
}
