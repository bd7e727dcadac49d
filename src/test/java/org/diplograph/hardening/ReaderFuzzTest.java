package org.diplograph.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplograph.article.ArticleReader;
import org.diplograph.extract.Extraction;
import org.diplograph.extract.Extractor;

/**
 * Fuzzes the article reader and the extractor together: any bytes, as any kind of article
 * file, give either articles whose extraction is a valid record, or one-line errors that name
 * the file. Kept inputs (and any crash found) live in ReaderFuzzTestInputs/ and run with the
 * unit tests; `mvn verify` also fuzzes for the maxDuration below (the `fuzz` execution).
 */
class ReaderFuzzTest {

  private static final Extractor EXTRACTOR = new Extractor();
  private static final ArticleReader READER = new ArticleReader();
  private static final List<String> ENDINGS = List.of("txt", "html", "jsonl", "rss", "atom");

  @FuzzTest(maxDuration = "90s")
  void anyBytesAreReadAndExtractedOrReportedInOneLine(FuzzedDataProvider data) throws IOException {
    String ending = data.pickValue(ENDINGS);
    byte[] bytes = data.consumeRemainingAsBytes();
    Path file = Files.createTempFile("fuzz-", "." + ending);
    try {
      Files.write(file, bytes);
      for (ArticleReader.Result result : READER.readFile(file)) {
        if (!result.ok()) {
          assertThat(result.error()).startsWith(file.toString()).doesNotContain("\n");
          continue;
        }
        Extraction e = EXTRACTOR.extract(result.article());
        assertThat(e.article()).isEqualTo(result.article().name());
        e.persons().forEach(p -> assertThat(p.name()).isNotBlank());
        e.meetings().forEach(m -> assertThat(m.participants()).hasSizeGreaterThanOrEqualTo(2));
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
