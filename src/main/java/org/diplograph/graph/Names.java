package org.diplograph.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
    List<Rule> out = new ArrayList<>();
    table("resolution/transliteration.tsv", 5, (cells, line) -> out.add(new Rule(Pattern.compile(cells[0]), cells[1],
        cells[2], cells[3], line)));
    return List.copyOf(out);
  }

  private static Map<String, String> givenNames() {
    Map<String, String> out = new HashMap<>();
    table("resolution/given-names.tsv", 2, (cells, line) -> out.put(cells[0], cells[1]));
    return Map.copyOf(out);
  }

  /** The rows of a TSV resource after its header (lines starting with # are comments), with their line numbers. */
  static void table(String resource, int columns, java.util.function.BiConsumer<String[], Integer> row) {
    try (InputStream in = Names.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource + " on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = true;
      int line = 0;
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        line++;
        if (text.startsWith("#") || text.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = text.split("\t", -1);
        if (cells.length < columns) {
          throw new IllegalStateException(resource + ":" + line + ": " + columns + " columns expected, found " + cells.length);
        }
        row.accept(cells, line);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }
}
