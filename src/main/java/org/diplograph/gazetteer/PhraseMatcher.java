package org.diplograph.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds known phrases in text, longest first, case-sensitively but ignoring accents, on word boundaries.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseMatcher<T> {

  /** Words: letters and digits, with inner hyphens and apostrophes (not a possessive 's); dotted acronyms ("U.S."); "&", read as "and". */
  static final Pattern WORD = Pattern.compile("&|(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:-[\\p{L}\\p{M}\\p{N}]+|['’](?![sS]\\b)[\\p{L}\\p{M}\\p{N}]+)*");

  /** A phrase found at {@code [start, end)} of the text. */
  public record Match<T>(int start, int end, String text, T value) {}

  private record Entry<T>(List<String> words, T value) {}

  private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();

  /** Adds a phrase; the first phrase added for a given wording wins. */
  public void add(String phrase, T value) {
    List<String> words = words(phrase);
    if (words.isEmpty()) {
      return;
    }
    List<Entry<T>> entries = byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>());
    for (Entry<T> e : entries) {
      if (e.words.equals(words)) {
        return;
      }
    }
    entries.add(new Entry<>(words, value));
    entries.sort((a, b) -> b.words.size() - a.words.size());
  }

  /** Every non-overlapping match, left to right, the longest at each position. */
  public List<Match<T>> find(String text) {
    List<int[]> spans = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      tokens.add(fold(m.group()));
    }
    List<Match<T>> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      List<Entry<T>> entries = byFirstWord.get(tokens.get(i));
      if (entries == null) {
        continue;
      }
      for (Entry<T> e : entries) {
        int n = e.words.size();
        if (i + n <= tokens.size() && tokens.subList(i, i + n).equals(e.words) && adjacent(text, spans, i, n)) {
          int start = spans.get(i)[0];
          int end = spans.get(i + n - 1)[1];
          found.add(new Match<>(start, end, text.substring(start, end), e.value));
          i += n - 1;
          break;
        }
      }
    }
    return found;
  }

  /** The words of a phrase must stand in the text separated only by spaces or light punctuation. */
  private static boolean adjacent(String text, List<int[]> spans, int first, int n) {
    for (int k = first; k < first + n - 1; k++) {
      String gap = text.substring(spans.get(k)[1], spans.get(k + 1)[0]);
      if (!gap.matches("(?:['’][sS])?[\\s,&/-]{1,3}")) { // "People’s Republic of China": the possessive is in the name
        return false;
      }
    }
    return true;
  }

  static List<String> words(String phrase) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(phrase);
    while (m.find()) {
      words.add(fold(m.group()));
    }
    return words;
  }

  /**
   * Accents dropped, case kept, apostrophes straightened, "&" read as "and": "Việt" matches "Viet",
   * "Cote d’Ivoire" matches "Côte d'Ivoire", "Trinidad & Tobago" matches "Trinidad and Tobago".
   */
  static String fold(String word) {
    if (word.equals("&")) {
      return "and";
    }
    String nfd = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD);
    return (nfd.length() == word.length() && nfd.equals(word) ? word : nfd.replaceAll("\\p{M}", "")).replace('’', '\'');
  }
}
