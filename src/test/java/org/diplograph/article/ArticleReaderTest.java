package org.diplograph.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.diplograph.DiplographException;
import org.diplograph.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

  private final ArticleReader reader = new ArticleReader();

  @Test
  void leadingDateLineGivesThePublicationDateAndDropsTheCaptionAfterIt() {
    Article a = ArticleReader.fromText("x", "x.txt", " date 2024-06-25 Photo: Some Ministry\n\nASTANA, June 25. Text here.");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 6, 25));
    assertThat(a.text()).isEqualTo("ASTANA, June 25. Text here.").doesNotContain("Photo");
  }

  @Test
  void aShortDatelineAfterTheLeadingDateLineStaysForTheExtractor() {
    Article a = ArticleReader.fromText("x", "x.txt", " date 2026-03-12 Lima, March 12, Example Wire\n\nThe ministers met.");
    assertThat(a.published()).isEqualTo(LocalDate.of(2026, 3, 12));
    assertThat(a.text()).startsWith("Lima, March 12, Example Wire");
  }

  @Test
  void headerLinesGiveUrlDateSourceAndTitle() throws Exception {
    Article a = reader.read(TestPaths.article("001.txt"));
    assertThat(a.url()).isEqualTo("https://example.org/news/vienna-call");
    assertThat(a.published()).isEqualTo(LocalDate.of(2025, 3, 14));
    assertThat(a.source()).isEqualTo("Example Wire");
    assertThat(a.title()).startsWith("Austrian and Japanese");
    assertThat(a.text()).startsWith("VIENNA, March 14.").doesNotContain("url:");
    assertThat(a.name()).isEqualTo("001");
  }

  @Test
  void textThatStartsLikeAHeaderButHasNoBlankLineIsBody() {
    Article a = ArticleReader.fromText("x", "x.txt", "Note: the talks went well.\nThey agreed on trade.");
    assertThat(a.text()).startsWith("Note: the talks");
    assertThat(a.source()).isNull();
  }

  @Test
  void htmlPagesKeepTheArticleParagraphsAndDropScriptsStylesAndNavigation() {
    Article a = reader.read(TestPaths.article("002.html"));
    assertThat(a.title()).isEqualTo("Ghana and Norway to hold talks");
    assertThat(a.published()).isEqualTo(LocalDate.of(2025, 5, 2));
    assertThat(a.source()).isEqualTo("Example Daily");
    assertThat(a.url()).isEqualTo("https://example.org/ghana-norway");
    assertThat(a.text()).startsWith("ACCRA, May 2.").contains("fisheries")
        .doesNotContain("not news", "color", "Home | World", "Copyright");
  }

  @Test
  void theSameTextGivesTheSameIdWhateverItsWhiteSpace() {
    assertThat(Article.idOf("Two  ministers\nmet.")).isEqualTo(Article.idOf("Two ministers met."));
    assertThat(Article.idOf("Two ministers met.")).isNotEqualTo(Article.idOf("Two ministers spoke."));
  }

  @Test
  void badFilesFailWithTheirNameAndTheReasonWhileTheRestOfTheFolderIsRead(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a-good.txt"), "Two ministers met in Oslo on Monday.");
    Files.writeString(dir.resolve("b-empty.txt"), "  \n ");
    Files.write(dir.resolve("c-binary.txt"), new byte[] {0x25, 0x50, 0x44, 0x46, 0, 1, 2});
    Files.write(dir.resolve("d-latin1.txt"), "Caf\u00e9 talks".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("ignored.pdf"), "not read");
    List<ArticleReader.Result> results = reader.readAll(List.of(dir));
    assertThat(results).extracting(r -> r.path().getFileName().toString())
        .containsExactly("a-good.txt", "b-empty.txt", "c-binary.txt", "d-latin1.txt");
    assertThat(results.get(0).ok()).isTrue();
    assertThat(results.get(1).error()).contains("b-empty.txt").contains("no article text");
    assertThat(results.get(2).error()).contains("c-binary.txt").contains("binary");
    assertThat(results.get(3).error()).contains("d-latin1.txt").contains("UTF-8");
  }

  @Test
  void aPathThatDoesNotExistIsNamedInTheError() {
    assertThatThrownBy(() -> reader.read(Path.of("no/such/file.txt")))
        .isInstanceOf(DiplographException.BadInput.class).hasMessageContaining("no/such/file.txt");
  }

  @Test
  void jsonLinesHoldOneArticlePerLineAndABadLineIsNamed(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("crawl.jsonl");
    Files.writeString(file, """
        {"text": "Ana Soto met Ivan Petrov in Oslo.", "url": "https://example.org/1", "published": "2025-01-02", "source": "Wire"}
        not json at all
        {"text": "They discussed trade.", "title": "Second"}
        {"url": "https://example.org/empty"}
        """);
    List<ArticleReader.Result> results = reader.readAll(List.of(dir));
    assertThat(results).hasSize(4);
    assertThat(results.get(0).article().url()).isEqualTo("https://example.org/1");
    assertThat(results.get(0).article().published()).isEqualTo(LocalDate.of(2025, 1, 2));
    assertThat(results.get(0).article().name()).isEqualTo("crawl-1");
    assertThat(results.get(1).error()).contains("crawl.jsonl:2").contains("not a JSON object");
    assertThat(results.get(2).article().title()).isEqualTo("Second");
    assertThat(results.get(3).error()).contains("crawl.jsonl:4").contains("no \"text\"");
  }

  @Test
  void rssItemsAndAtomEntriesAreArticles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("news.rss"), """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Example Feed</title>
          <item><title>Talks in Oslo</title><link>https://example.org/a</link>
            <pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate>
            <description>&lt;p&gt;Ana Soto met Ivan Petrov in Oslo.&lt;/p&gt;</description></item>
          <item><title>Empty</title><link>https://example.org/b</link></item>
        </channel></rss>
        """);
    Files.writeString(dir.resolve("news.atom"), """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Example</title>
          <entry><title>Call</title><link href="https://example.org/c"/><published>2025-03-05T08:00:00Z</published>
            <content type="html">&lt;p&gt;The ministers spoke by phone.&lt;/p&gt;</content></entry>
        </feed>
        """);
    List<ArticleReader.Result> results = reader.readAll(List.of(dir));
    assertThat(results).hasSize(3);
    Article atom = results.get(0).article();
    assertThat(atom.text()).isEqualTo("The ministers spoke by phone.");
    assertThat(atom.url()).isEqualTo("https://example.org/c");
    assertThat(atom.published()).isEqualTo(LocalDate.of(2025, 3, 5));
    Article rss = results.get(1).article();
    assertThat(rss.text()).isEqualTo("Ana Soto met Ivan Petrov in Oslo.");
    assertThat(rss.source()).isEqualTo("Example Feed");
    assertThat(rss.published()).isEqualTo(LocalDate.of(2025, 3, 4));
    assertThat(results.get(2).error()).contains("news.rss#2").contains("without text");
  }
}
