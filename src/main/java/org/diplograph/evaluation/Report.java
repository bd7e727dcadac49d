package org.diplograph.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The scorer's figures as lines, laid out as {@code score.py} prints them. */
public final class Report {

  private Report() {}

  public static List<String> lines(Scorer scorer, boolean verbose) {
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "%-14s %6s %6s %6s   tp/fp/fn", "field", "P", "R", "F1"));
    List<String> fields = new ArrayList<>(Scorer.FIELDS);
    fields.addAll(Scorer.EXTRA);
    for (String f : fields) {
      Scorer.Tally t = scorer.tally(f);
      out.add(String.format(Locale.ROOT, "%-14s %6.3f %6.3f %6.3f   %s", f, t.precision(), t.recall(), t.f1(), t.counts()));
    }
    for (String a : Scorer.ATTRIBUTES) {
      int[] c = scorer.attribute(a);
      String label = a.equals("published") || a.equals("source") ? a : "meeting " + a;
      out.add(String.format(Locale.ROOT, "%-14s accuracy %.3f of %d", label, c[1] == 0 ? 0.0 : (double) c[0] / c[1], c[1]));
    }
    if (verbose) {
      scorer.misses().forEach((article, misses) -> {
        out.add(article + ":");
        misses.forEach(m -> out.add("  " + m));
      });
    }
    out.add(String.format(Locale.ROOT, "overall F1 %.3f", scorer.overall()));
    return out;
  }
}
