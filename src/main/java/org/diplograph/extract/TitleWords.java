package org.diplograph.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.diplograph.gazetteer.Lexicon;

/**
 * The words of titles ({@code extract/titles.tsv}: heads, modifiers, portfolio words) and the
 * honorifics written before names ({@code extract/honorifics.tsv}; those that are titles too are
 * heads of titles.tsv as well).
 */
final class TitleWords {

  enum Kind { HEAD, MODIFIER, PORTFOLIO, COUNTERPART }

  private static final Map<String, Kind> WORDS = new HashMap<>();
  private static final java.util.Set<String> HONORIFICS = new java.util.HashSet<>();

  static {
    for (Lexicon.Row row : Lexicon.load("extract/titles.tsv").rows()) {
      String word = row.get("word");
      Kind kind;
      try {
        kind = Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("kind is head, modifier, portfolio or counterpart, not " + row.get("kind"));
      }
      if (WORDS.put(word, kind) != null) {
        throw row.error("the word " + word + " is listed twice");
      }
    }
    for (Lexicon.Row row : Lexicon.load("extract/honorifics.tsv").rows()) {
      HONORIFICS.add(row.get("word"));
    }
  }

  private TitleWords() {}

  static String key(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /** The kind of a title word, or null. */
  static Kind kind(String word) {
    return WORDS.get(key(word));
  }

  static boolean isHead(String word) {
    Kind k = kind(word);
    return k == Kind.HEAD || k == Kind.COUNTERPART;
  }

  static boolean isHonorific(String word) {
    return HONORIFICS.contains(key(word));
  }
}
