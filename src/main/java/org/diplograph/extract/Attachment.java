package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * How a title phrase stands to a person's name in a sentence, as features: right before it
 * ("Foreign Minister Ian Borg"), in apposition after it ("Ian Borg, Malta's foreign minister"),
 * before it with a comma ("the Speaker of the Senate, Ana Soto"), in brackets, after "as"; the
 * dependency between the title's head and the name's; whether another name or title stands between.
 */
final class Attachment {

  private Attachment() {}

  static List<String> features(ArticleText t, Nlp.Sentence s, TitlePhrases.Title title, int first, int last, int head,
      List<TitlePhrases.Title> titles, List<int[]> names) {
    List<String> f = new ArrayList<>();
    List<Nlp.Token> tokens = s.tokens();
    String config;
    int from;
    int to;
    TitlePhrases.Title chained = chainEnd(title, titles, first, last);
    if (chained != title) {
      // "Deputy Prime Minister and Foreign Minister Murat Nurtleu": the first title of a chain that ends at the name
      f.add("chained");
      title = chained;
    }
    if (title.last() < first) {
      from = title.last() + 1;
      to = first - 1;
      config = "before-" + gap(tokens, from, to, true);
    } else if (title.first() > last) {
      from = last + 1;
      to = title.first() - 1;
      config = "after-" + gap(tokens, from, to, false);
    } else {
      return List.of("overlap");
    }
    f.add("config=" + config);
    String headWord = TitleWords.key(title.headToken().word());
    f.add("config+head=" + config + "/" + headWord);
    f.add("head=" + headWord);
    List<String> path = s.dependencies().path(title.head(), head);
    f.add("dep=" + (path == null ? "none" : path.size() <= 2 ? String.join("", path) : "far"));
    boolean personBetween = false;
    for (int[] n : names) {
      personBetween |= n[0] >= from && n[1] <= to && to >= from;
    }
    boolean titleBetween = false;
    for (TitlePhrases.Title other : titles) {
      titleBetween |= other != title && other.first() >= from && other.last() <= to;
    }
    if (personBetween) {
      f.add("person-between");
    }
    if (titleBetween) {
      f.add("title-between");
    }
    if (Character.isLowerCase(title.headToken().word().charAt(0))) {
      f.add("lower-case");
    }
    if (TitlePhrases.plural(title.headToken())) {
      f.add("plural");
    }
    if (title.last() < first && config.equals("before-comma") && last + 1 < tokens.size()
        && tokens.get(last + 1).pos().matches("VBD|VBZ|VBP|MD")) {
      f.add("then-verb"); // "While talking with his counterpart, Ana Soto said…": the name opens the main clause
    }
    if (openingClause(tokens, title.first())) {
      f.add("opening-clause"); // "While talking with his counterpart, …", "During the meeting with the Minister, …"
    }
    int gap = Math.max(0, to - from + 1);
    f.add("gap=" + (gap == 0 ? "0" : gap <= 2 ? "1-2" : gap <= 5 ? "3-5" : gap <= 10 ? "6-10" : "11+"));
    return f;
  }

  /** Whether a token lies in a clause that opens the sentence with a subordinator or a participle, before its first comma. */
  private static boolean openingClause(List<Nlp.Token> tokens, int at) {
    if (tokens.isEmpty() || !tokens.get(0).pos().matches("IN|WRB|VBG")) {
      return false;
    }
    for (int i = 1; i < at; i++) {
      if (tokens.get(i).word().equals(",")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The title of the same group nearest the name, when the group's titles follow one another up to
   * the name (before it) or from it (after it); else the title itself.
   */
  private static TitlePhrases.Title chainEnd(TitlePhrases.Title title, List<TitlePhrases.Title> titles, int first, int last) {
    TitlePhrases.Title end = title;
    for (TitlePhrases.Title other : titles) {
      if (other.group() != title.group()) {
        continue;
      }
      if (title.last() < first && other.last() < first && other.first() > end.last()) {
        end = other;
      } else if (title.first() > last && other.first() > last && other.last() < end.first()) {
        end = other;
      }
    }
    return end;
  }

  /** The words between a title and a name, in short: "adjacent", "honorific", "comma", "paren", "as", "far". */
  private static String gap(List<Nlp.Token> tokens, int from, int to, boolean titleFirst) {
    if (from > to) {
      return "adjacent";
    }
    List<String> words = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      String w = tokens.get(i).word();
      if (!TitleWords.isHonorific(w) && !w.equals(".")) {
        words.add(TitleWords.key(w));
      }
    }
    if (words.isEmpty()) {
      return "honorific";
    }
    String joined = String.join(" ", words);
    if (joined.matches(",( (the|a|an))?")) {
      return "comma";
    }
    if (joined.matches("[(\\[]( (the|a|an))?")) {
      return "paren";
    }
    if (joined.matches("(, )?as( (the|a|an))?")) {
      return "as";
    }
    if (!titleFirst && joined.matches(", (who|which) (is|was|has been|serves as)( (the|a|an))?")) {
      return "who-is";
    }
    if (joined.equals("'s")) {
      return "possessive";
    }
    return "far";
  }
}
