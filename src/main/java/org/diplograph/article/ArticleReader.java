package org.diplograph.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.diplograph.DiplographException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads article files: plain text with optional header lines, and HTML pages. */
public final class ArticleReader {

  /** File endings read from folders. */
  public static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "jsonl", "rss", "atom", "xml");

  private static final Pattern HEADER = Pattern.compile("(?i)^(url|published|date|source|title|author|language):\\s*(.*)$");
  private static final Pattern DATE_LINE = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b.*$");
  /** "Baku, March 12, AZERTAC", "New Delhi, May 21, 2020": a dateline, kept for the extractor to read. */
  private static final Pattern DATELINE_START = Pattern.compile("\\p{Lu}[\\p{L}'’. -]{1,30},\\s+(?:\\p{Lu}\\p{L}+,\\s+)?"
      + "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{L}*\\.?\\s+\\d");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

  /** One file's outcome: an article, or the reason it could not be read. */
  public record Result(Path path, Article article, String error) {
    public boolean ok() {
      return article != null;
    }
  }

  /** Every article under the paths, in name order; a path that cannot be read is a failed result. */
  public List<Result> readAll(List<Path> paths) {
    List<Result> results = new ArrayList<>();
    for (Path file : files(paths)) {
      results.addAll(readFile(file));
    }
    return results;
  }

  /** The article files the paths name: files as given, folders walked for known endings, in name order. */
  public List<Path> files(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        files.addAll(filesUnder(path));
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /** The articles of one file: one for text and HTML, one per line of JSON Lines, one per feed item. */
  public List<Result> readFile(Path file) {
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith(".xml")) {
      try {
        String content = decode(file, Files.readAllBytes(file));
        return lower.endsWith(".jsonl") ? Feeds.jsonLines(file, content) : Feeds.feed(file, content);
      } catch (IOException e) {
        return List.of(new Result(file, null, file + ": " + reason(e)));
      } catch (DiplographException.BadInput e) {
        return List.of(new Result(file, null, e.getMessage()));
      }
    }
    return List.of(tryRead(file));
  }

  /** Largest text or HTML file read as one article (a feed file may be larger). */
  static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  /** Why a file could not be read, in a few words. */
  private static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "cannot read: permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    return "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  private static List<Path> filesUnder(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      // links are not followed into folders (a link loop is harmless); a broken link is listed, to be reported
      return files.filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p) && !Files.exists(p))
          .filter(ArticleReader::isArticleFile).sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new DiplographException.BadInput(folder + ": cannot list the folder: " + e.getMessage(), e);
    }
  }

  static boolean isArticleFile(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private Result tryRead(Path file) {
    try {
      return new Result(file, read(file), null);
    } catch (DiplographException.BadInput e) {
      return new Result(file, null, e.getMessage());
    }
  }

  /** Reads one file; throws {@link DiplographException.BadInput} naming the file and the problem. */
  public Article read(Path file) {
    if (!Files.exists(file)) {
      throw new DiplographException.BadInput(file + (Files.isSymbolicLink(file) ? ": broken link" : ": no such file or folder"));
    }
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new DiplographException.BadInput(file + ": " + Files.size(file) / (1024 * 1024) + " MB is more than an article file"
            + " can be (" + MAX_FILE_BYTES / (1024 * 1024) + " MB)");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DiplographException.BadInput(file + ": " + reason(e), e);
    }
    String content = decode(file, bytes);
    String fileName = file.getFileName().toString();
    String name = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
    boolean html = fileName.toLowerCase(Locale.ROOT).matches(".*\\.html?$")
        || content.stripLeading().toLowerCase(Locale.ROOT).startsWith("<!doctype html")
        || content.stripLeading().toLowerCase(Locale.ROOT).startsWith("<html");
    Article article = html ? fromHtml(name, file.toString(), content) : fromText(name, file.toString(), content);
    if (article == null) {
      throw new DiplographException.BadInput(file + ": no article text in the file");
    }
    return article;
  }

  static String decode(Path file, byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        throw new DiplographException.BadInput(file + ": binary data, not an article text");
      }
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new DiplographException.BadInput(file + ": not valid UTF-8 text (if it is Latin-1, convert it first:"
          + " iconv -f latin1 -t utf-8)");
    }
  }

  /** Plain text: optional {@code key: value} header lines and a blank line, an optional date line, the body. */
  static Article fromText(String name, String file, String content) {
    List<String> lines = content.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
    String url = null, title = null, source = null;
    LocalDate published = null;
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    int headerStart = i;
    while (i < lines.size()) {
      Matcher m = HEADER.matcher(lines.get(i).strip());
      if (!m.matches()) {
        break;
      }
      String value = m.group(2).strip();
      switch (m.group(1).toLowerCase(Locale.ROOT)) {
        case "url" -> url = emptyToNull(value);
        case "title" -> title = emptyToNull(value);
        case "source" -> source = emptyToNull(value);
        case "published", "date" -> published = date(value);
        default -> { }
      }
      i++;
    }
    if (i > headerStart && (i == lines.size() || !lines.get(i).isBlank())) {
      i = headerStart; // not a header block after all: body text that happens to start "Key: value"
      url = title = source = null;
      published = null;
    }
    List<String> body = new ArrayList<>(lines.subList(i, lines.size()));
    while (!body.isEmpty() && body.get(0).isBlank()) {
      body.remove(0);
    }
    if (!body.isEmpty()) {
      Matcher m = DATE_LINE.matcher(body.get(0));
      if (m.matches()) {
        // " date 2024-06-25 Photo: ..." : the date, then a photo credit, a section name or the first
        // paragraph of the body ("BAKU, Azerbaijan, March 15. Azerbaijani Foreign Minister ...").
        LocalDate lineDate = date(m.group(1));
        published = published == null ? lineDate : published;
        String rest = body.get(0).substring(m.end(1)).strip();
        if (isBodyText(rest) || DATELINE_START.matcher(rest).lookingAt()) {
          body.set(0, rest);
        } else {
          body.remove(0);
        }
      }
    }
    String text = String.join("\n", body).strip();
    return text.isEmpty() ? null : Article.of(name, file, text, title, url, source, published);
  }

  /** A sentence or more of text, not a caption ("Photo: …"), section name or "1 hour ago". */
  private static boolean isBodyText(String text) {
    return text.split("\\s+").length >= 8 && !text.matches("(?i)^(photo|photos|source|image|video)\\b.*");
  }

  static Article fromHtml(String name, String file, String content) {
    Document page = Jsoup.parse(content);
    page.select("script, style, noscript, nav, header, footer, aside, form, figure, figcaption, iframe").remove();
    String title = firstNonBlank(meta(page, "og:title"), page.title(), text(page.selectFirst("h1")));
    String url = firstNonBlank(meta(page, "og:url"), attr(page.selectFirst("link[rel=canonical]"), "href"));
    String source = meta(page, "og:site_name");
    LocalDate published = date(firstNonBlank(meta(page, "article:published_time"), meta(page, "date"),
        meta(page, "pubdate"), attr(page.selectFirst("time[datetime]"), "datetime")));
    Element root = firstNonNull(page.selectFirst("article"), page.selectFirst("main"), page.body());
    List<String> paragraphs = new ArrayList<>();
    if (root != null) {
      for (Element p : root.select("p")) {
        String text = p.text().strip();
        if (!text.isEmpty()) {
          paragraphs.add(text);
        }
      }
      if (paragraphs.isEmpty() && !root.text().isBlank()) {
        paragraphs.add(root.text().strip());
      }
    }
    String text = String.join("\n\n", paragraphs);
    return text.isBlank() ? null : Article.of(name, file, text, title, url, source, published);
  }

  private static String meta(Document page, String key) {
    Element e = page.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
    return e == null ? null : emptyToNull(e.attr("content"));
  }

  private static String attr(Element e, String key) {
    return e == null ? null : emptyToNull(e.attr(key));
  }

  private static String text(Element e) {
    return e == null ? null : emptyToNull(e.text());
  }

  /** An ISO date at the start of a value ("2024-06-25", "2024-06-25T10:00:00+05:00"), or null. */
  static LocalDate date(String value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toLocalDate();
    } catch (DateTimeParseException notOffset) {
      Matcher m = ISO_DATE.matcher(value);
      if (m.find()) {
        try {
          return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
          return null;
        }
      }
      return null;
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
