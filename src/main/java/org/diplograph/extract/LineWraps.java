package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hard-wrapped text (a wire copied from a terminal, a PDF, an e-mail) rejoined: the line breaks
 * inside its sentences become spaces, so that "Speaker Sardar Ayaz" at the end of one line and
 * "Sadiq said" at the start of the next are one name in one sentence. The text keeps its length
 * (each break character becomes one space), so every offset still points into the article.
 *
 * <p>A text counts as wrapped when at least {@value #WRAPPED} of its lines stop without closing
 * a sentence while the next line goes on in lower case; such texts come wrapped either line by
 * line or with a blank line after every line, and only breaks of the kind that wraps it are
 * joined, each where the line before it closes no sentence and is longer than a headline-sized
 * fragment would be; a break of the other kind is joined after a line of the wrap's width.
 */
final class LineWraps {

  /** How many mid-sentence breaks before lower case make a text wrapped: one is a stray headline. */
  static final int WRAPPED = 3;

  /** A run of line breaks with the lines around it. */
  private static final Pattern BREAK = Pattern.compile("\\n(?:[ \\t]*\\n)?");
  /** What closes a sentence, a heading or a quotation at the end of a line. */
  private static final Pattern CLOSED = Pattern.compile("[.!?:;\"”’)\\]]\\s*$");
  /** Lines shorter than this are headlines, bylines, list items: their breaks stay. */
  private static final int SHORTEST = 30;

  private LineWraps() {}

  static String join(String text) {
    List<int[]> single = new ArrayList<>();
    List<int[]> blank = new ArrayList<>();
    int lowerSingle = 0;
    int lowerBlank = 0;
    Matcher m = BREAK.matcher(text);
    while (m.find()) {
      int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
      String line = text.substring(lineStart, m.start());
      int next = m.end();
      if (line.strip().length() < SHORTEST || CLOSED.matcher(line).find() || next >= text.length()
          || Character.isWhitespace(text.charAt(next))) {
        continue;
      }
      boolean lower = Character.isLowerCase(text.charAt(next));
      if (m.group().indexOf('\n', 1) < 0) {
        single.add(new int[] {m.start(), m.end()});
        lowerSingle += lower ? 1 : 0;
      } else {
        blank.add(new int[] {m.start(), m.end()});
        lowerBlank += lower ? 1 : 0;
      }
    }
    if (lowerSingle < WRAPPED && lowerBlank < WRAPPED) {
      return text;
    }
    List<int[]> wraps = lowerSingle >= lowerBlank ? single : blank;
    List<int[]> others = lowerSingle >= lowerBlank ? blank : single;
    int width = (int) wraps.stream().mapToInt(b -> lineLength(text, b[0])).sorted().skip(wraps.size() / 2).findFirst().orElse(0);
    StringBuilder out = new StringBuilder(text);
    for (int[] b : wraps) {
      blank(out, b);
    }
    for (int[] b : others) {
      int length = lineLength(text, b[0]);
      if (length >= width * 3 / 4 && length <= width * 11 / 10) {
        blank(out, b); // a line of the wrap's width, followed by a blank line all the same
      }
    }
    return out.toString();
  }

  private static int lineLength(String text, int end) {
    return end - (text.lastIndexOf('\n', end - 1) + 1);
  }

  private static void blank(StringBuilder out, int[] b) {
    for (int i = b[0]; i < b[1]; i++) {
      out.setCharAt(i, ' ');
    }
  }
}
