package org.diplograph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.diplograph.gazetteer.Lexicon;

/**
 * The keys on which two forms of a person's name meet: given name and surname, accents folded,
 * other romanisations folded to one ({@code resolution/transliteration.tsv}: Sergey and Sergei),
 * short given names to their full form ({@code resolution/given-names.tsv}: Joe and Joseph), the
 * Arabic article dropped from the surname (Al-Ghanim and Ghanim), middle names and patronymics
 * left out. Pure functions: the resolver applies them to what the graph fetched.
 */
final class Names {

  /** A transliteration rule: a pattern over one folded word and its replacement. */
  record Rule(Pattern pattern, String replacement, String example, String apart, int line) {}

  static final List<Rule> RULES = rules();
  static final Map<String, String> GIVEN = givenNames();

  private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\s-]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** The Arabic article in front of a surname, in its assimilated forms too: al-, el-, ad-, ash-, … */
  private static final Pattern ARTICLE = Pattern.compile("^(al|el|ul|ad|ar|as|ash|at|az|an)-(?=\\p{L}{3})");

  private Names() {}

  /** "Kassym-Jomart Kemeluly Tokayev" and "Kassym-Jomart Tokaev" → "kasim-jomart|tokaev"; null for one word. */
  static String key(String name) {
    String[] words = words(name);
    return words.length < 2 ? null : given(words[0]) + "|" + surname(words[words.length - 1]);
  }

  /**
   * The key of a two-word name read the other way round, family name first ("Kishida Fumio" for
   * Fumio Kishida); null for a name of one word or of more than two.
   */
  static String reversedKey(String name) {
    String[] words = words(name);
    return words.length != 2 ? null : given(words[1]) + "|" + surname(words[0]);
  }

  /** A given name in its full form, folded: "Joe" → "joseph", "Sergey" → "sergei". */
  static String given(String word) {
    String w = Keys.folded(word);
    return fold(GIVEN.getOrDefault(w, w));
  }

  /** A surname without the Arabic article, folded: "Al-Ghanim" → "ganim" (kh, doubled letters…). */
  static String surname(String word) {
    return fold(ARTICLE.matcher(Keys.folded(word)).replaceFirst(""));
  }

  /** One word through every transliteration rule, in order; each part of a hyphenated word alone. */
  static String fold(String word) {
    List<String> parts = new ArrayList<>();
    for (String part : Keys.folded(word).split("-", -1)) {
      String w = part;
      for (Rule r : RULES) {
        w = r.pattern().matcher(w).replaceAll(r.replacement());
      }
      parts.add(w);
    }
    return String.join("-", parts);
  }

  private static String[] words(String name) {
    String cleaned = NOT_NAME.matcher(Keys.folded(name)).replaceAll("").strip();
    return cleaned.isEmpty() ? new String[0] : SPACES.split(cleaned);
  }

  private static List<Rule> rules() {
    return Lexicon.load("resolution/transliteration.tsv").rows().stream()
        .map(r -> new Rule(Pattern.compile(r.get("pattern")), r.get("replacement"), r.get("example"), r.get("apart"), r.line()))
        .toList();
  }

  private static Map<String, String> givenNames() {
    Map<String, String> out = new HashMap<>();
    Lexicon.load("resolution/given-names.tsv").rows().forEach(r -> out.put(r.get("short"), r.get("full")));
    return Map.copyOf(out);
  }
}
