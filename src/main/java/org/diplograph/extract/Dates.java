package org.diplograph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates written in news text, resolved against the publication date. */
final class Dates {

  static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
      + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

  /** "June 25", "June 25, 2024", "25 June", "25 June 2024", "Dec. 4". */
  static final Pattern MONTH_DAY = Pattern.compile("\\b(?:(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?"
      + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTH + ")(?:,?\\s+(\\d{4}))?)\\b");
  private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:(?:(?:on|last|this|next|a)\\s+)?(" + WEEKDAY + ")(?:['’]s)?|(yesterday)|(today|tonight|this morning|this afternoon|this evening|earlier today)|(tomorrow))\\b");

  private static final Pattern CALENDAR = Pattern.compile("(?i)" + WEEKDAY + "|" + MONTH.replace("\\.?", "")
      + "|today|yesterday|tomorrow");

  private Dates() {}

  /** A weekday, month or relative day ("Monday", "Dec", "today"): never part of a name. */
  static boolean isCalendarWord(String word) {
    return CALENDAR.matcher(word).matches();
  }

  /** "21 Sep 2017", "November 25, 2010", "Wednesday January 20 2021", "5th May, 2025". */
  private static final Pattern FULL_WORDS = Pattern.compile("\\b(?:(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
      + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTH + "),?\\s+(\\d{4}))\\b");
  /** "23.07.2024", "16/10/2025" (day first), "2023-06-19". */
  private static final Pattern FULL_DIGITS = Pattern.compile("\\b(?:(\\d{1,2})[./](\\d{1,2})[./](\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\b");

  /** The first date with its year that a short text gives (a date line, a byline), or null. */
  static LocalDate full(String text) {
    Matcher w = FULL_WORDS.matcher(text);
    if (w.find()) {
      LocalDate d = monthDay(w, null);
      if (d != null) {
        return d;
      }
    }
    Matcher d = FULL_DIGITS.matcher(text);
    if (d.find()) {
      try {
        return d.group(1) != null
            ? LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)))
            : LocalDate.of(Integer.parseInt(d.group(4)), Integer.parseInt(d.group(5)), Integer.parseInt(d.group(6)));
      } catch (RuntimeException e) {
        return null; // "12/31/2024" written month first, "31.02.2024"
      }
    }
    return null;
  }

  static Month month(String text) {
    String key = text.replace(".", "").substring(0, 3).toUpperCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.name().startsWith(key)) {
        return m;
      }
    }
    throw new IllegalArgumentException("not a month: " + text);
  }

  /**
   * The first date a phrase gives, resolved against {@code reference} (the publication date):
   * a month and day without a year takes the year that puts it nearest the reference.
   */
  static LocalDate find(String text, LocalDate reference, boolean future) {
    Matcher m = MONTH_DAY.matcher(text);
    if (m.find()) {
      LocalDate d = monthDay(m, reference);
      if (d != null) {
        return d;
      }
    }
    if (reference == null) {
      return null;
    }
    Matcher r = RELATIVE.matcher(text);
    if (r.find()) {
      if (r.group(1) != null) {
        DayOfWeek day = DayOfWeek.valueOf(r.group(1).toUpperCase(Locale.ROOT));
        return future || r.group().toLowerCase(Locale.ROOT).startsWith("next")
            ? reference.with(TemporalAdjusters.nextOrSame(day))
            : reference.with(TemporalAdjusters.previousOrSame(day));
      }
      if (r.group(2) != null) {
        return reference.minusDays(1);
      }
      if (r.group(3) != null) {
        return reference;
      }
      return reference.plusDays(1);
    }
    return null;
  }

  static LocalDate monthDay(Matcher m, LocalDate reference) {
    try {
      boolean monthFirst = m.group(1) != null;
      Month month = month(monthFirst ? m.group(1) : m.group(5));
      int day = Integer.parseInt(monthFirst ? m.group(2) : m.group(4));
      String yearText = monthFirst ? m.group(3) : m.group(6);
      if (yearText != null) {
        return LocalDate.of(Integer.parseInt(yearText), month, day);
      }
      if (reference == null) {
        return null;
      }
      LocalDate candidate = LocalDate.of(reference.getYear(), month, day);
      if (candidate.isAfter(reference.plusMonths(6))) {
        candidate = candidate.minusYears(1);
      } else if (candidate.isBefore(reference.minusMonths(6))) {
        candidate = candidate.plusYears(1);
      }
      return candidate;
    } catch (RuntimeException e) {
      return null; // "February 30" and the like
    }
  }
}
