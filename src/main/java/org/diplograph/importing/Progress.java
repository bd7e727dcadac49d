package org.diplograph.importing;

/** How far an import has got: files written of all files, articles read, seconds since the start. */
public record Progress(int filesDone, int files, int articles, double seconds) {

  public double articlesPerSecond() {
    return seconds == 0 ? 0 : articles / seconds;
  }

  /** Seconds left at the current rate, by files. */
  public double secondsLeft() {
    return filesDone == 0 ? 0 : seconds / filesDone * (files - filesDone);
  }
}
