package org.diplograph.extract;

import java.util.List;
import java.util.Locale;

/**
 * Whether two written names are one person's: the fuller name holds every word of the shorter
 * ("Murat Nurtleu" and "Nurtleu"), or they are spelling variants or slips ("Sergei" / "Sergey",
 * "Zhaparov" / "Japarov"), or one given name is the other's short form ("Joe" / "Joseph").
 */
final class NameVariants {

  /** Short given names and the full ones they stand for ({@code resolution/given-names.tsv}: joe, joseph). */
  private static final java.util.Map<String, String> SHORT = new java.util.HashMap<>();

  static {
    org.diplograph.gazetteer.Lexicon.load("resolution/given-names.tsv").rows()
        .forEach(r -> SHORT.put(r.get("short"), r.get("full")));
  }

  private NameVariants() {}

  /** Whether {@code name} is a form of {@code owner}, a name at least as long. */
  static boolean same(String owner, String name) {
    return containsWords(owner, name) || variantSpelling(owner, name) || misspeltSurname(owner, name)
        || shortGivenName(owner, name);
  }

  /** "Joe Biden" and "Joseph Biden": the same surname, one given name the other's short form. */
  static boolean shortGivenName(String a, String b) {
    String[] x = fold(a).split("\\s+");
    String[] y = fold(b).split("\\s+");
    if (x.length < 2 || x.length != y.length || x[0].equals(y[0])
        || !java.util.Arrays.equals(x, 1, x.length, y, 1, y.length)) {
      return false;
    }
    return x[0].equals(SHORT.get(y[0])) || y[0].equals(SHORT.get(x[0]));
  }

  /**
   * "Sergei Lavrov" and "Sergey Lavrov": same surname, given names that differ by a letter or two;
   * "Zhao Zhiyuan" and "Zhao Zhinyuan": names of the same words but one, of five letters or more,
   * a single edit apart (not a feminine ending).
   */
  static boolean variantSpelling(String a, String b) {
    String[] x = fold(a).split("\\s+");
    String[] y = fold(b).split("\\s+");
    if (x.length == 2 && y.length == 2 && x[1].equals(y[1]) && x[0].charAt(0) == y[0].charAt(0)
        && Math.abs(x[0].length() - y[0].length()) <= 1 && x[0].regionMatches(0, y[0], 0, Math.min(x[0].length(), y[0].length()) - 1)) {
      return true;
    }
    if (x.length < 2 || x.length != y.length) {
      return false;
    }
    int differ = -1;
    for (int i = 0; i < x.length; i++) {
      if (!x[i].equals(y[i])) {
        if (differ >= 0) {
          return false;
        }
        differ = i;
      }
    }
    if (differ < 0) {
      return false;
    }
    String u = x[differ];
    String v = y[differ];
    return u.length() >= 5 && v.length() >= 5 && !u.equals(v + "a") && !v.equals(u + "a") && edits(u, v) <= 1;
  }

  /**
   * "Zhaparov" beside "Sadyr Japarov", "Gutteres" beside "António Guterres": a one-word name at
   * most two edits from the surname of a fuller one (both of six letters or more); not a name that
   * only adds a feminine ending ("Mirziyoyeva" beside "Shavkat Mirziyoyev" is another person).
   */
  static boolean misspeltSurname(String full, String one) {
    String[] words = fold(full).split("\\s+");
    String a = words[words.length - 1];
    String b = fold(one);
    if (words.length < 2 || b.contains(" ") || a.length() < 6 || b.length() < 6 || a.equals(b)
        || a.equals(b + "a") || b.equals(a + "a")) {
      return false;
    }
    return edits(a, b) <= 2;
  }

  /** The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
  private static int edits(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  static boolean containsWords(String full, String part) {
    List<String> fw = List.of(fold(full).replaceAll("[.,](?=\\s|$)", "").split("\\s+"));
    List<String> pw = List.of(fold(part).replaceAll("[.,](?=\\s|$)", "").split("\\s+"));
    return fw.containsAll(pw) && (pw.size() < fw.size() || fw.equals(pw));
  }

  static String fold(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }
}
