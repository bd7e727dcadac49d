package org.diplograph.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One news article as read from a file: its body text and what the file says about it.
 *
 * @param id hash of the normalised body text: the same text gives the same id wherever it comes from
 * @param name the file name without its extension (names the extraction record)
 * @param file the path it was read from
 * @param text the body, paragraphs separated by blank lines; no header, date line or markup
 * @param title the headline, or null
 * @param url where it was published, or null
 * @param source the outlet the file names in a header, or null (the text may credit one)
 * @param published publication date from a header or date line, or null (the dateline may give it)
 */
public record Article(String id, String name, String file, String text, String title, String url, String source,
    LocalDate published) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("an article needs a text");
    }
  }

  /**
   * An article whose id is derived from its text. A publication date more than a day ahead of
   * today is a mistake of the source: it is dropped (unknown), so it dates no meeting.
   */
  public static Article of(String name, String file, String text, String title, String url, String source,
      LocalDate published) {
    LocalDate date = published != null && published.isAfter(LocalDate.now().plusDays(1)) ? null : published;
    return new Article(idOf(text), name, file, text, title, url, source, date);
  }

  /**
   * This article as a {@code .txt} file that {@link ArticleReader} reads back the same: a header
   * line for each of url, published, source and title that is set, a blank line, the text.
   */
  public String fileText() {
    StringBuilder out = new StringBuilder();
    if (url != null) {
      out.append("url: ").append(url).append('\n');
    }
    if (published != null) {
      out.append("published: ").append(published).append('\n');
    }
    if (source != null) {
      out.append("source: ").append(source).append('\n');
    }
    if (title != null) {
      out.append("title: ").append(title.replace('\n', ' ')).append('\n');
    }
    return out.append('\n').append(text).append('\n').toString();
  }

  /** First 16 hex digits of the SHA-256 of the text with white space folded. */
  public static String idOf(String text) {
    String normalised = text.strip().replaceAll("\\s+", " ");
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
