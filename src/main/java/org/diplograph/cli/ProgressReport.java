package org.diplograph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import org.diplograph.importing.Progress;

/**
 * Import progress on stderr: a line redrawn in place on a terminal, a plain line every few
 * seconds otherwise (logs, CI), and nothing for an import that is over in a moment.
 */
final class ProgressReport implements Consumer<Progress> {

  private static final double EVERY_SECONDS = 5;

  private final PrintWriter err;
  private final boolean terminal = System.console() != null;
  private double lastShown;

  ProgressReport(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void accept(Progress p) {
    boolean last = p.filesDone() == p.files();
    if (p.seconds() - lastShown < (terminal ? 0.5 : EVERY_SECONDS) && !(last && lastShown > 0)) {
      return;
    }
    lastShown = p.seconds();
    String line = String.format(Locale.ROOT, "%s %d/%d files, %d articles, %.1f articles/s, ETA %s", bar(p), p.filesDone(),
        p.files(), p.articles(), p.articlesPerSecond(), eta(p.secondsLeft()));
    if (terminal) {
      err.print("\r" + line + (last ? "\n" : ""));
    } else {
      err.println(line);
    }
    err.flush();
  }

  private static String bar(Progress p) {
    int width = 20;
    int filled = p.files() == 0 ? width : (int) Math.round(width * (double) p.filesDone() / p.files());
    return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "]";
  }

  private static String eta(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
