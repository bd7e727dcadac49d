package org.diplograph.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Files that hold many articles: JSON Lines (a crawl, a news-database export) and RSS or Atom feeds. */
final class Feeds {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Feeds() {}

  /** One article per line: {"text": …, "url": …, "title": …, "published": …, "source": …}. */
  static List<ArticleReader.Result> jsonLines(Path file, String content) {
    List<ArticleReader.Result> out = new ArrayList<>();
    String stem = stem(file);
    String[] lines = content.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = file + ":" + (i + 1);
      try {
        JsonNode node = JSON.readTree(line);
        String text = node.path("text").asText("").strip();
        if (text.isEmpty()) {
          out.add(new ArticleReader.Result(file, null, where + ": no \"text\" field"));
          continue;
        }
        out.add(new ArticleReader.Result(file, Article.of(stem + "-" + (i + 1), where, text, value(node, "title"),
            value(node, "url"), value(node, "source"), ArticleReader.date(value(node, "published"))), null));
      } catch (java.io.IOException e) {
        out.add(new ArticleReader.Result(file, null, where + ": not a JSON object"));
      }
    }
    return out;
  }

  /** One article per RSS item or Atom entry that carries text (content, or a description). */
  static List<ArticleReader.Result> feed(Path file, String content) {
    Document xml = Jsoup.parse(content, "", Parser.xmlParser());
    List<ArticleReader.Result> out = new ArrayList<>();
    String source = firstText(xml.selectFirst("channel > title"), xml.selectFirst("feed > title"));
    int n = 0;
    for (Element item : xml.select("item, entry")) {
      n++;
      String where = file + "#" + n;
      String html = firstText(item.selectFirst("content|encoded"), item.selectFirst("content"), item.selectFirst("description"),
          item.selectFirst("summary"));
      String text = html == null ? "" : Jsoup.parse(html).wholeText().strip();
      if (text.isEmpty()) {
        text = html == null ? "" : html.strip();
      }
      if (text.isEmpty()) {
        out.add(new ArticleReader.Result(file, null, where + ": item without text"));
        continue;
      }
      Element link = item.selectFirst("link");
      String url = link == null ? null : !link.attr("href").isBlank() ? link.attr("href") : link.text().strip();
      String published = firstText(item.selectFirst("pubDate"), item.selectFirst("published"), item.selectFirst("updated"));
      out.add(new ArticleReader.Result(file, Article.of(stem(file) + "-" + n, where, text,
          firstText(item.selectFirst("title")), url, source, date(published)), null));
    }
    if (out.isEmpty()) {
      out.add(new ArticleReader.Result(file, null, file + ": no RSS item or Atom entry"));
    }
    return out;
  }

  private static LocalDate date(String value) {
    if (value == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (RuntimeException notRfc822) {
      return ArticleReader.date(value);
    }
  }

  private static String value(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
  }

  private static String firstText(Element... elements) {
    for (Element e : elements) {
      if (e != null && !e.text().isBlank()) {
        return e.text().strip();
      }
    }
    return null;
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
  }
}
