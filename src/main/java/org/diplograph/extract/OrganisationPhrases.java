package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplograph.gazetteer.Lexicon;

/**
 * Names of organisations in a sentence, found on its tokens: CoreNLP's ORGANIZATION spans, and
 * capitalised phrases headed by an organisation word ({@code extract/org-words.tsv}: "Ministry of
 * Energy", "the Senate Committee on Sports and Youth", "Kuwait's National Assembly"). A name ends
 * before a person's name ("the Government of Timor-Leste Ana Soto"), a name never starts with a
 * number ("42nd"), and a building ("State House") is no organisation.
 */
final class OrganisationPhrases {

  enum Kind { HEAD, BUILDING, GENERIC, SUFFIX }

  /** Tokens {@code [first, last]} of a sentence that name an organisation; {@code head} the organisation word, or -1. */
  record Phrase(Nlp.Sentence sentence, int first, int last, int head, boolean tagged) {
    Span span() {
      return new Span(sentence.tokens().get(first).begin(), sentence.tokens().get(last).end());
    }
  }

  private static final Map<String, Kind> WORDS = new HashMap<>();
  private static final java.util.Set<String> ALONE = new java.util.HashSet<>();
  /** Per organisation word: the prepositions its names run on through ("to", "in"). */
  private static final Map<String, Set<String>> EXTENDS = new HashMap<>();
  private static final Set<String> JOINS = Set.of("of", "for", "on", "and", "&", "the", "in", "to", "-", "'s", "’s");

  static {
    for (Lexicon.Row row : Lexicon.load("extract/org-words.tsv").rows()) {
      try {
        WORDS.put(row.get("word"), Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT)));
        String ext = row.get("extends");
        EXTENDS.put(row.get("word"), ext.equals("to-in") ? Set.of("to", "in") : ext.equals("to") ? Set.of("to") : Set.of());
        if (row.get("alone").equals("yes")) {
          ALONE.add(row.get("word"));
        }
      } catch (IllegalArgumentException e) {
        throw row.error("kind is head, building, generic or suffix, not " + row.get("kind"));
      }
    }
  }

  private OrganisationPhrases() {}

  /** Whether the word alone names an organisation ("Parliament"). */
  static boolean namesAlone(String word) {
    return ALONE.contains(word.toLowerCase(Locale.ROOT));
  }

  /** "Office of the Prime Minister", "Press Service of the President": an organisation word, then "of" and a title. */
  static boolean officeOfTitle(String name) {
    String[] words = name.split("\\s+");
    for (int i = 0; i + 1 < words.length && i < 3; i++) {
      if (words[i + 1].equals("of")) {
        return kind(words[i]) == Kind.HEAD;
      }
    }
    return false;
  }

  static Kind kind(String word) {
    return WORDS.get(word.toLowerCase(Locale.ROOT));
  }

  static List<Phrase> find(Nlp.Sentence s, boolean[] person) {
    List<Nlp.Token> tokens = s.tokens();
    List<Phrase> out = new ArrayList<>();
    boolean[] taken = new boolean[tokens.size()];
    // phrases headed by an organisation word
    for (int h = 0; h < tokens.size(); h++) {
      Nlp.Token head = tokens.get(h);
      Kind kind = kind(head.word());
      if (kind == null || kind == Kind.GENERIC || kind == Kind.SUFFIX || person[h] || !Character.isUpperCase(head.word().charAt(0))
          || !head.pos().startsWith("NN")) {
        continue;
      }
      if (kind == Kind.BUILDING && !(head.word().equalsIgnoreCase("house") && h + 1 < tokens.size()
          && tokens.get(h + 1).word().equals("of"))) {
        continue; // "State House", "the Great Hall of the People": a place; "House of Representatives" is not
      }
      int first = h;
      while (first > 0 && !person[first - 1] && modifier(tokens.get(first - 1))) {
        first--;
      }
      int last = h;
      while (last + 1 < tokens.size() && !person[last + 1] && (kind(tokens.get(last + 1).word()) == Kind.HEAD || kind(tokens.get(last + 1).word()) == Kind.SUFFIX)
          && Character.isUpperCase(tokens.get(last + 1).word().charAt(0))) {
        last++; // "Programme Office", "Council Secretariat", "Consulate General"
      }
      Set<String> runsOn = EXTENDS.getOrDefault(head.word().toLowerCase(Locale.ROOT), Set.of());
      for (int end = phrase(tokens, last, person, runsOn); end > last; end = phrase(tokens, last, person, runsOn)) {
        last = end;
      }
      first = trimStart(tokens, first, last);
      out.add(new Phrase(s, first, last, h, false));
      for (int i = first; i <= last; i++) {
        taken[i] = true;
      }
      h = last;
    }
    // CoreNLP's ORGANIZATION spans elsewhere
    for (int i = 0; i < tokens.size(); i++) {
      if (taken[i] || person[i] || !tokens.get(i).ner().equals("ORGANIZATION")) {
        continue;
      }
      int last = i;
      while (last + 1 < tokens.size() && !person[last + 1] && !taken[last + 1]
          && (tokens.get(last + 1).ner().equals("ORGANIZATION") || JOINS.contains(tokens.get(last + 1).word())
          && last + 2 < tokens.size() && tokens.get(last + 2).ner().equals("ORGANIZATION")
          && (!tokens.get(last + 1).word().matches("and|&") || portfolio(tokens, i, last)))) {
        last++;
      }
      int first = trimStart(tokens, i, last);
      while (first < last && TitleWords.isHead(tokens.get(first).word()) && tokens.get(first + 1).word().matches("of|for")) {
        first += 2; // "Clerk of Parliament": the organisation is Parliament
      }
      last = trimEnd(tokens, first, last);
      boolean proper = first <= last && Character.isUpperCase(tokens.get(first).word().charAt(0))
          && !JOINS.contains(tokens.get(first).word().toLowerCase(Locale.ROOT)) && !TitleWords.isHonorific(tokens.get(first).word());
      if (proper && !tokens.get(first).pos().equals("CD") && !portfolioOfTitle(tokens, first, last)
          && !(first == last && tokens.get(first).pos().matches("NNP?S") && !tokens.get(first).word().matches("\\p{Lu}+"))) {
        // a plural alone is no name ("the relevant Security Council Resolutions", "Speakers")
        out.add(new Phrase(s, first, last, -1, true));
      }
      i = last;
    }
    return out;
  }

  /**
   * Whether tokens without an organisation word are the portfolio of a title: "Minister of
   * Environment and Urban Development", "Secretary General of Intelligence Services", "Commerce &
   * Industry Minister".
   */
  private static boolean portfolioOfTitle(List<Nlp.Token> tokens, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (kind(tokens.get(i).word()) == Kind.HEAD) {
        return false;
      }
    }
    if (last + 1 < tokens.size() && TitleWords.isHead(tokens.get(last + 1).word())) {
      return true;
    }
    int k = first - 1;
    while (k > 0 && (Character.isUpperCase(tokens.get(k).word().charAt(0)) || tokens.get(k).word().matches("and|&|,"))
        && !TitleWords.isHead(tokens.get(k).word())) {
      k--;
    }
    return k > 0 && tokens.get(k).word().matches("of|for") && TitleWords.isHead(tokens.get(k - 1).word());
  }

  /** Whether a name so far has gone on through "of", "for" or "on", so that an "and" joins its portfolio, not two names. */
  private static boolean portfolio(List<Nlp.Token> tokens, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (tokens.get(i).word().matches("of|for|on")) {
        return true; // "Ministry of Trade and Industry", not "Pertamina and WIKA"
      }
    }
    return false;
  }

  /** A word before the organisation word within its name: capitalised, a known name, or a joiner between such. */
  private static boolean modifier(Nlp.Token t) {
    String w = t.word();
    if (t.pos().equals("POS")) {
      return true; // "Cambodia People’s Party"
    }
    return Character.isUpperCase(w.charAt(0)) && (t.pos().startsWith("NNP") || t.pos().startsWith("JJ") || t.pos().startsWith("NN"))
        && !Dates.isCalendarWord(w) && !TitleWords.isHonorific(w) && TitleWords.kind(w) != TitleWords.Kind.HEAD
        || w.equals("-");
  }

  /** Trailing joiners and brackets are no part of a name ("Speakers of", "SCO)"). */
  private static int trimEnd(List<Nlp.Token> tokens, int first, int last) {
    while (last > first && (JOINS.contains(tokens.get(last).word()) || !Character.isLetterOrDigit(tokens.get(last).word().charAt(0)))) {
      last--;
    }
    return last;
  }

  /** The last token of a phrase after {@code last} that goes on the name ("of Foreign Affairs", "on Sports and Youth"). */
  private static int phrase(List<Nlp.Token> tokens, int last, boolean[] person, Set<String> runsOn) {
    int k = last + 1;
    if (k < tokens.size() && tokens.get(k).word().equals("in") && runsOn.contains("in")) {
      return place(tokens, k + 1, last); // "the Embassy of Chile in Lima"
    }
    if (k >= tokens.size() || !(tokens.get(k).word().matches("of|for|on") || runsOn.contains("to") && tokens.get(k).word().equals("to"))) {
      return last; // "in New York" is where it met, not part of its name
    }
    int j = k + 1;
    if (j < tokens.size() && tokens.get(j).word().equalsIgnoreCase("the")) {
      j++;
    }
    int end = -1;
    for (int m = j; m < tokens.size() && !person[m]; m++) {
      String w = tokens.get(m).word();
      if (w.matches("[-–—]") && m + 1 < tokens.size() && tokens.get(m + 1).begin() > tokens.get(m).end()) {
        break; // "the Office of the President- Shital Niwas- …": a dash before a space ends the name
      }
      if (Character.isUpperCase(w.charAt(0)) && !Dates.isCalendarWord(w) && !TitleWords.isHonorific(w)) {
        end = m;
      } else if (!(w.equals("and") || w.equals("&") || w.equals("of") || w.equals("the") || w.equals("-")
          || tokens.get(m).pos().equals("POS")) || w.equals("and") && m + 1 < tokens.size() && person[m + 1]) {
        break;
      }
    }
    return end < 0 ? last : end;
  }

  /** The last token of a place name of up to three words from {@code from} ("in Lima", "in New York"), else {@code last}. */
  private static int place(List<Nlp.Token> tokens, int from, int last) {
    int end = last;
    for (int m = from; m < tokens.size() && m < from + 3; m++) {
      if (!tokens.get(m).ner().matches("CITY|LOCATION|COUNTRY|STATE_OR_PROVINCE") || !Character.isUpperCase(tokens.get(m).word().charAt(0))) {
        break;
      }
      end = m;
    }
    return end;
  }

  /** Leading determiners, numbers and ordinals are no part of a name ("the 42nd Assembly"). */
  private static int trimStart(List<Nlp.Token> tokens, int first, int last) {
    while (first < last && (tokens.get(first).word().matches("(?i)the|a|an|\\d+(st|nd|rd|th)?|-")
        || tokens.get(first).pos().equals("CD"))) {
      first++;
    }
    return first;
  }
}
