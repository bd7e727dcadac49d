package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Title phrases in a sentence, found on its tokens ({@link TitleWords}): modifiers, portfolio
 * words, capitalised words and names of countries or organisations before a head word, and the
 * phrases after it that say what the post is of, for or to ("Deputy Prime Minister", "the foreign
 * minister of Malta", "Kazakhstan's Ambassador to Japan", "her counterpart from Chile", "Minister for Foreign, Trade, and
 * European Affairs"). Titles joined by "and" or a comma share a group: "Deputy Prime Minister and
 * Foreign Minister of Kazakhstan" are two posts of Kazakhstan.
 */
final class TitlePhrases {

  /** Tokens {@code [first, last]} of a sentence, headed by {@code head}. */
  record Title(Nlp.Sentence sentence, int first, int last, int head, int group) {

    String text(String articleText) {
      return articleText.substring(sentence.tokens().get(first).begin(), sentence.tokens().get(last).end());
    }

    Span span() {
      return new Span(sentence.tokens().get(first).begin(), sentence.tokens().get(last).end());
    }

    Nlp.Token headToken() {
      return sentence.tokens().get(head);
    }
  }

  private static final Set<String> PREPOSITIONS = Set.of("of", "for", "on", "to", "in", "at", "from");
  private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "today", "yesterday");

  private TitlePhrases() {}

  /**
   * The titles of a sentence. {@code person[i]} marks the tokens of person names (a title never
   * takes them in); {@code named[i]} those of a known country or organisation.
   */
  static List<Title> find(Nlp.Sentence s, boolean[] person, boolean[] named) {
    List<Nlp.Token> tokens = s.tokens();
    List<Title> titles = new ArrayList<>();
    int covered = -1;
    for (int h = 0; h < tokens.size(); h++) {
      Nlp.Token at = tokens.get(h);
      boolean noun = at.pos().startsWith("NN") || at.pos().startsWith("JJ") && Character.isUpperCase(at.word().charAt(0));
      if (h <= covered || person[h] || !isHead(at) || !noun) { // "Director-General" may be tagged an adjective, "official" is one
        continue;
      }
      int first = h;
      while (first > 0 && before(tokens.get(first - 1), person[first - 1], named[first - 1])) {
        first--;
      }
      int head = h;
      int last = h;
      while (last + 1 < tokens.size() && !person[last + 1] && (attached(tokens.get(last + 1))
          || last + 2 < tokens.size() && tokens.get(last + 1).word().equals("and") && attached(tokens.get(last + 2))
          && TitleWords.kind(tokens.get(last + 2).word()) == TitleWords.Kind.MODIFIER)) {
        last += tokens.get(last + 1).word().equals("and") ? 2 : 1; // "Ambassador Extraordinary and Plenipotentiary"
        if (TitleWords.isHead(tokens.get(last).word())) {
          head = last; // "Minister Counsellor", "Secretary General": the title runs on
        }
      }
      for (int end = phrase(tokens, last, person, named); end > last; end = phrase(tokens, last, person, named)) {
        last = end;
      }
      last = body(tokens, last, person);
      while (first < head && TitleWords.key(tokens.get(first).word()).matches("the|a|an|'s")) {
        first++;
      }
      titles.add(new Title(s, first, last, head, titles.size()));
      covered = last;
    }
    return group(tokens, titles);
  }

  /** A title's head word, singular or plural ("minister", "ministers"). */
  private static boolean isHead(Nlp.Token t) {
    if (TitleWords.isHead(t.word()) || plural(t)) {
      return true;
    }
    String[] parts = t.word().split("-");
    return parts.length > 1 && TitleWords.isHead(parts[0]) && TitleWords.kind(parts[parts.length - 1]) == TitleWords.Kind.MODIFIER;
  }

  /** A title head in the plural: "ministers", "Foreign Ministers" (which CoreNLP may tag and lemmatise as a name). */
  static boolean plural(Nlp.Token t) {
    String w = t.word();
    if (TitleWords.isHead(w)) {
      return t.pos().endsWith("S");
    }
    return t.pos().endsWith("S") && TitleWords.isHead(Triggers.lemma(t))
        || w.endsWith("s") && TitleWords.isHead(w.substring(0, w.length() - 1));
  }

  /** A word that may stand before a head within the title: a modifier, portfolio word, name or capitalised word. */
  private static boolean before(Nlp.Token t, boolean person, boolean named) {
    if (person) {
      return false;
    }
    String word = t.word();
    if (TitleWords.kind(word) != null || named || t.pos().equals("POS") || word.equals("-")) {
      return true;
    }
    return Character.isUpperCase(word.charAt(0)) && (t.pos().startsWith("NNP") || t.pos().startsWith("JJ"))
        && !CALENDAR.contains(word.toLowerCase(Locale.ROOT)) && !TitleWords.isHonorific(word);
  }

  /**
   * The last token of the body a title names without a preposition, as South Asian news writes
   * it ("Speaker National Assembly", "Chairman Senate"): capitalised words ending in an
   * organisation word, right before a name; else {@code last}.
   */
  private static int body(List<Nlp.Token> tokens, int last, boolean[] person) {
    for (int m = last + 1; m < tokens.size() && m <= last + 4 && !person[m]; m++) {
      Nlp.Token t = tokens.get(m);
      if (!Character.isUpperCase(t.word().charAt(0)) || !t.pos().startsWith("NNP")) {
        return last;
      }
      if (OrganisationPhrases.kind(t.word()) == OrganisationPhrases.Kind.HEAD && m + 1 < tokens.size() && person[m + 1]) {
        return m;
      }
    }
    return last;
  }

  /** A word right after a head that continues it: "General", "d'Affaires", "-designate". */
  private static boolean attached(Nlp.Token t) {
    TitleWords.Kind kind = TitleWords.kind(t.word());
    return (kind == TitleWords.Kind.HEAD || kind == TitleWords.Kind.MODIFIER) && Character.isUpperCase(t.word().charAt(0))
        || TitleWords.key(t.word()).matches("d'affaires|a\\.i\\.|-?designate|-?elect");
  }

  /**
   * The last token of a phrase after {@code last} that says what the post is of ("of Foreign
   * Affairs", "for Trade and Investment", "to Japan", "of the Republic of Kazakhstan"), or
   * {@code last} when none follows.
   */
  private static int phrase(List<Nlp.Token> tokens, int last, boolean[] person, boolean[] named) {
    int k = last + 1;
    if (k >= tokens.size() || !PREPOSITIONS.contains(tokens.get(k).word())) {
      return last;
    }
    String preposition = tokens.get(k).word();
    int j = k + 1;
    if (j < tokens.size() && tokens.get(j).word().equalsIgnoreCase("the")) {
      j++;
    }
    if ((preposition.equals("in") || preposition.equals("at") || preposition.equals("from")) && !(j < tokens.size() && named[j])) {
      return last; // "in Astana" is where, not what the post is of: unless a country or body follows ("counterpart from Chile")
    }
    int end = -1;
    for (int m = j; m < tokens.size() && !person[m]; m++) {
      Nlp.Token t = tokens.get(m);
      String w = t.word();
      if (m > j && named[m - 1] && !named[m] && Character.isUpperCase(w.charAt(0)) && TitleWords.kind(w) == null) {
        break; // "Minister of Foreign Affairs of Kazakhstan Murat Nurtleu": after the country comes a name
      }
      boolean content = named[m] || TitleWords.kind(w) == TitleWords.Kind.PORTFOLIO
          || Character.isUpperCase(w.charAt(0)) && !t.pos().equals("POS") && !CALENDAR.contains(w.toLowerCase(Locale.ROOT))
          && !TitleWords.isHonorific(w);
      boolean joint = w.equals("and") || w.equals("&") || w.equals(",") || w.equals("of") || w.equals("the")
          || w.equals("-") || t.pos().equals("POS");
      if (content) {
        end = m;
      } else if (!joint || w.equals("and") && startsTitle(tokens, m + 1) || w.equals(",") && !continues(tokens, m + 1)) {
        break;
      }
    }
    return end < 0 ? last : end;
  }

  /** Whether a new title starts at {@code from}: words up to a head before any preposition. */
  private static boolean startsTitle(List<Nlp.Token> tokens, int from) {
    for (int i = from; i < tokens.size() && i < from + 4; i++) {
      String w = tokens.get(i).word();
      if (TitleWords.isHead(w)) {
        return true;
      }
      if (PREPOSITIONS.contains(w) || w.equals(",")) {
        return false;
      }
    }
    return false;
  }

  /** After a comma, a list of portfolios goes on ("Foreign, Trade, and European Affairs"). */
  private static boolean continues(List<Nlp.Token> tokens, int from) {
    if (from >= tokens.size()) {
      return false;
    }
    String w = tokens.get(from).word();
    return w.equals("and") || Character.isUpperCase(w.charAt(0)) && !TitleWords.isHead(w) && from + 1 < tokens.size()
        && !tokens.get(from + 1).ner().equals("PERSON") && !tokens.get(from).ner().equals("PERSON");
  }

  /** Titles joined by "and", "&" or a comma share a group. */
  private static List<Title> group(List<Nlp.Token> tokens, List<Title> titles) {
    List<Title> out = new ArrayList<>();
    int group = 0;
    for (int i = 0; i < titles.size(); i++) {
      Title t = titles.get(i);
      if (i > 0) {
        Title previous = titles.get(i - 1);
        boolean joined = t.first() == previous.last() + 2 && tokens.get(previous.last() + 1).word().matches("and|&|,");
        group = joined ? group : group + 1;
      }
      out.add(new Title(t.sentence(), t.first(), t.last(), t.head(), group));
    }
    return out;
  }
}
