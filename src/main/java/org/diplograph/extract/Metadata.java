package org.diplograph.extract;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.article.Article;
import org.diplograph.gazetteer.Gazetteer;

/**
 * What the body says about the article itself: the headline and caption lines that are not body
 * facts, the dateline (city, date, credited agency), the outlet credited with the report.
 *
 * @param body the article text with headline, captions and dateline blanked out (offsets kept)
 * @param city the dateline city in its usual spelling, or null
 * @param datelineDate the date the dateline gives ("June 25" resolved against the publication date), or null
 * @param published the publication date, or null
 * @param source the outlet credited with the report, or null
 */
record Metadata(String body, String city, LocalDate datelineDate, LocalDate published, String source) {



  private static final Pattern CAPTION = Pattern.compile("(?i)^\\s*(?:\\(?photo|photos|source|image|video|read more|also read|follow us|share|tags?)\\b[^\\n]*$|^\\s*(?:©|copyright\\b)[^\\n]*$" // "© 2020, The Press Service of …"
      + "|^[^\\n]*\\b(?:all rights reserved|is (?:the )?intellectual property of|protected by (?:the )?copyright)\\b[^\\n]*$"
      + "|(?-i)^\\s*[A-Z]{2,}/\\p{Lu}[^\\n]{0,80}$"); // "REUTERS/Ana Soto - RC11CB161F70": a photographer's credit
  /**
   * "(ANTARA/Foreign Affairs Ministry)", "(Photo: VNA)", "(AP Photo/Ana Soto)" in brackets, or a wire
   * photographer's credit closing a caption line: "… in Khartoum, 2019. REUTERS/Ana Soto - RC11CB161F70".
   */
  private static final Pattern PHOTO_CREDIT = Pattern.compile("\\((?:[A-Z][A-Za-z]+/[^()\\n]{1,60}|(?:[A-Z]{2,} )?(?:Photo|Photos|Image)\\b[^()\\n]{0,60})\\)"
      + "|(?m)\\b[A-Z]{2,}(?: Photo)?/\\p{Lu}[\\p{L}.'’ -]{1,60}?(?:\\s+-\\s+[A-Z0-9]{6,})?\\s*$");
  private static final Pattern DATELINE_ALONE = Pattern.compile("^\\s*([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2})(?:,\\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?\\s*$");
  private static final Pattern TIMESTAMP = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})[\\sT]+\\d{1,2}:\\d{2}(?::\\d{2})?\\s*([^\\n]*)$");
  /** "ASTANA, Kazakhstan, June 25." / "BAKU, Azerbaijan, May 31 (Yonhap) --" / "Tashkent, 15 March –" */
  private static final Pattern DATELINE = Pattern.compile("^\\s*([A-Z][A-Za-z'’-]+(?:[ -][A-Z][A-Za-z'’-]+){0,2}),\\s*"
      + "(?:([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?),\\s*)?(" + Dates.MONTH + "\\s+\\d{1,2}|\\d{1,2}\\s+" + Dates.MONTH + ")"
      + "(?:,?\\s+(\\d{4}))?\\s*(?:\\(([A-Za-z][\\w .&-]{1,30})\\))?\\s*[.:,]?\\s*(?:[-–—]+\\s*)?");
  /** "NUR-SULTAN. KAZINFORM –" / "SEOUL (Yonhap) --" / "BEIJING —" */
  private static final Pattern CITY_AGENCY = Pattern.compile("^\\s*([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2})(?:,\\s*[A-Z][a-z]+)?"
      + "(?:\\s*\\.\\s*([A-Z][A-Z-]{2,})\\s*[-–—]+|\\s*\\(([A-Za-z][\\w .&-]{1,30})\\)\\s*[-–—]*|\\s*[-–—]+)\\s*");
  private static final Pattern REPORTS = Pattern.compile("(?:,|^|\\.)\\s*((?:[A-Z][\\w.&’'-]*\\s){0,3}[A-Z][\\w.&’'-]*) (?:reports|reported|informs|writes)\\b\\s*[.,]");
  private static final Pattern CITES = Pattern.compile("\\b((?:[A-Z][\\w.&-]*\\s){0,2}[A-Z][\\w.&-]*) (?:cites|quotes|(?:has |have )?(?:learned|learnt))\\b");
  private static final Pattern TOLD = Pattern.compile("\\b(?:told|informed) ((?:[A-Z][\\w.&-]*\\s){0,2}[A-Z][\\w.&-]*)\\s*(?:\\.|,|$)");
  /** "(Yonhap)", "(AFP)": a news agency of agencies.tsv credited in brackets. */
  private static final Pattern WIRE = Pattern.compile("\\((" + String.join("|", Gazetteer.get().agencies().stream()
      .map(Pattern::quote).toList()) + ")\\)");
  /** "/MOLDPRES/", "/Kabar/": an agency between slashes, as wires write it after the dateline. */
  private static final Pattern SLASHED = Pattern.compile("/\\s?([A-Za-z][\\w.-]{1,20})\\s?/");
  /** "NNA – …", "KPL On October 16 …", "(AGENPARL) – …", "Tehran, Dec 25, IRNA – …": an agency opening the report. */
  private static final Pattern OPENING = Pattern.compile("^\\s*(?:[A-Z][\\w -]+,\\s*(?:" + Dates.MONTH + ")\\s+\\d{1,2},\\s*)?"
      + "\\(?([A-Z][A-Za-z.]{1,15})\\)?\\s*(?:[–—-]+|\\s(?=[A-Z][a-z]))");

  static Metadata of(Article article, Gazetteer gazetteer) {
    String text = LineWraps.join(article.text());
    StringBuilder body = new StringBuilder(text);
    String[] paragraphs = text.split("\n", -1);
    LocalDate published = article.published();
    String source = outlet(article.source());
    String city = null;
    LocalDate datelineDate = null;
    int offset = 0;
    boolean first = true;
    for (int p = 0; p < paragraphs.length; p++) {
      String para = paragraphs[p];
      if (para.isBlank()) {
        offset += para.length() + 1;
        continue;
      }
      Matcher ts = TIMESTAMP.matcher(para);
      Matcher alone = DATELINE_ALONE.matcher(para);
      if (first && city == null && alone.matches() && isPlace(alone.group(1), gazetteer)) {
        city = cityName(alone.group(1)); // "NAIROBI, Kenya" on a line of its own
        blank(body, offset, offset + para.length());
        offset += para.length() + 1;
        continue;
      }
      if (first && city == null) {
        String opening = openingCity(para, gazetteer);
        if (opening != null) {
          city = opening; // "Kinshasa" on a line of its own, "Ulaanbaatar /MONTSAME/ …", "Addis Ababa (ENA) …"
          if (para.strip().equals(opening)) {
            blank(body, offset, offset + para.length());
            offset += para.length() + 1;
            continue;
          }
        }
      }
      boolean headline = first && looksLikeHeadline(para, paragraphs, p);
      Matcher opening = DATELINE.matcher(para);
      boolean dateLine = first && para.strip().length() < 80 && Dates.full(para) != null
          && !(opening.lookingAt() && isPlace(opening.group(1), gazetteer));
      if (CAPTION.matcher(para).matches() || ts.matches() || headline || dateLine) {
        if (ts.matches() && published == null) {
          published = LocalDate.parse(ts.group(1));
        }
        if (dateLine && published == null) {
          published = Dates.full(para); // "21 Sep 2017", "17:45 | 23.07.2024", "Published May 05, 2025 | 10:32 PM"
        }
        blank(body, offset, offset + para.length());
        offset += para.length() + 1;
        continue;
      }
      if (first) {
        Matcher d = DATELINE.matcher(para);
        Matcher c = CITY_AGENCY.matcher(para);
        if (d.lookingAt() && isPlace(d.group(1), gazetteer)) {
          city = cityName(d.group(1));
          Matcher md = Dates.MONTH_DAY.matcher(d.group(3) + (d.group(4) == null ? "" : " " + d.group(4)));
          datelineDate = md.find() ? Dates.monthDay(md, published) : null;
          if (published == null && datelineDate != null && d.group(4) != null) {
            published = datelineDate;
          }
          source = source == null && d.group(5) != null ? d.group(5).strip() : source;
          blank(body, offset, offset + d.end());
        } else if (c.lookingAt() && isPlace(c.group(1), gazetteer)) {
          city = cityName(c.group(1));
          String agency = c.group(2) != null ? c.group(2) : c.group(3);
          source = source == null && agency != null ? agencyName(agency) : source;
          blank(body, offset, offset + c.end());
        }
        if (source == null) {
          source = leadCredit(para);
        }
        Matcher slashed = SLASHED.matcher(para);
        if (slashed.find() && slashed.start() < 80 && !slashed.group(1).matches("\\d+")) {
          blank(body, offset + slashed.start(), offset + slashed.end()); // "Ulaanbaatar /MONTSAME/ …": the wire's credit
        }
        first = false;
      }
      offset += para.length() + 1;
    }
    Matcher credit = PHOTO_CREDIT.matcher(body);
    while (credit.find()) {
      blank(body, credit.start(), credit.end()); // "(ANTARA/Foreign Affairs Ministry)": who took the picture
    }
    if (source == null) {
      source = credit(body.toString());
    }
    String dateline = city;
    if (dateline != null && gazetteer.find(dateline).stream().anyMatch(m -> m.text().equals(dateline)
        && !(m.value() instanceof Gazetteer.Capital))) {
      city = null; // "VIETNAM, August 5 -": a country, not the city the report comes from
    }
    return new Metadata(body.toString(), city, datelineDate, published, source);
  }

  /**
   * The outlet credited in a header: "China Tibet Online (Xinhua)" credits Xinhua, whose report the
   * site carries; "Viet Nam News (via EIN Presswire)" and "(… press release)" credit the site itself.
   */
  static String outlet(String header) {
    if (header == null) {
      return null;
    }
    Matcher m = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$").matcher(header.strip());
    if (!m.matches()) {
      return header.strip();
    }
    String inner = m.group(2).strip();
    return inner.matches("(?i)(via|through|from)\\b.*|.*\\b(press release|statement|release)$") ? m.group(1).strip() : inner;
  }

  private static boolean isPlace(String word, Gazetteer gazetteer) {
    String name = cityName(word);
    if (gazetteer.isAgency(word) || Dates.isCalendarWord(name)) {
      return false; // "NNA – …": the agency, not a city; "Tuesday, March 19, 2024": a site's date, not a dateline
    }
    return name.length() > 1 && (gazetteer.countryOfCapital(name).isPresent() || word.equals(word.toUpperCase(Locale.ROOT))
        || Character.isUpperCase(name.charAt(0)));
  }

  /** A short first line without a final stop, followed by more text: a headline, not body. */
  private static boolean looksLikeHeadline(String para, String[] paragraphs, int index) {
    String s = para.strip();
    boolean more = false;
    for (int i = index + 1; i < paragraphs.length; i++) {
      more |= !paragraphs[i].isBlank();
    }
    return more && s.length() < 200 && !s.matches(".*[.!?\"”:]$") && !DATELINE.matcher(s).lookingAt();
  }

  /** "NUR-SULTAN" → "Nur-Sultan", "Astana" stays. */
  static String cityName(String word) {
    String w = word.strip().replaceAll("[.,]$", "");
    if (!w.equals(w.toUpperCase(Locale.ROOT))) {
      return w;
    }
    StringBuilder out = new StringBuilder();
    boolean start = true;
    for (char ch : w.toLowerCase(Locale.ROOT).toCharArray()) {
      out.append(start ? Character.toUpperCase(ch) : ch);
      start = ch == ' ' || ch == '-' || ch == '\'';
    }
    return out.toString();
  }

  private static String agencyName(String agency) {
    String a = agency.strip();
    return a.length() > 4 && a.equals(a.toUpperCase(Locale.ROOT)) ? cityName(a) : a;
  }

  private static final Pattern OPENING_CITY = Pattern.compile("^\\s*(\\p{Lu}[\\p{L}’'-]+(?: \\p{Lu}[\\p{L}’'-]+){0,2})\\s*(?:$|[,(/–—-]|\\s[(/])");

  /** A known capital or city (cities.tsv) that opens the first paragraph, alone or before a dateline's mark. */
  private static String openingCity(String para, Gazetteer gazetteer) {
    Matcher m = OPENING_CITY.matcher(para);
    if (!m.lookingAt()) {
      return null;
    }
    String name = m.group(1);
    return gazetteer.countryOfCity(name).isPresent() ? name : null;
  }

  /** The agency a report's first paragraph opens with or carries between slashes, if it is one (agencies.tsv) or slashed. */
  private static String leadCredit(String para) {
    Matcher slashed = SLASHED.matcher(para.length() > 300 ? para.substring(0, 300) : para);
    if (slashed.find() && !slashed.group(1).matches("\\d+")) {
      return agencyName(slashed.group(1));
    }
    Matcher opening = OPENING.matcher(para);
    if (opening.lookingAt() && Gazetteer.get().isAgency(opening.group(1))) {
      return opening.group(1);
    }
    return null;
  }

  /** The outlet that the text credits: "…, Trend reports.", "Kazinform cites …", "… told Trend.", "(Yonhap)". */
  static String credit(String text) {
    for (Pattern p : new Pattern[] {REPORTS, CITES, TOLD, WIRE}) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        String name = m.group(1).strip().replaceAll("^(?:The|the)\\s+", "");
        if (p == WIRE && acronymOfBefore(text, m.start(), name)) {
          continue; // "the Arab Parliament (AP)": an acronym, not the Associated Press
        }
        if (!name.matches("(?i)(he|she|they|it|we|media|sources?|ministry|the ministry|press service)")
            && !name.matches(".*\\b(Minister|President|Ministry|Office|Service)\\b.*")) {
          return agencyName(name);
        }
      }
    }
    return null;
  }

  private static boolean acronymOfBefore(String text, int at, String acronym) {
    String[] words = text.substring(Math.max(0, at - 80), at).strip().split("\\s+");
    if (words.length < acronym.length()) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (int i = words.length - acronym.length(); i < words.length; i++) {
      initials.append(words[i].isEmpty() ? ' ' : Character.toUpperCase(words[i].charAt(0)));
    }
    return initials.toString().equals(acronym.toUpperCase(Locale.ROOT));
  }

  private static void blank(StringBuilder text, int from, int to) {
    for (int i = from; i < Math.min(to, text.length()); i++) {
      if (text.charAt(i) != '\n') {
        text.setCharAt(i, ' ');
      }
    }
  }
}
