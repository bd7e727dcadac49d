package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.diplograph.article.ArticleReader;
import org.diplograph.evaluation.Report;
import org.diplograph.evaluation.Scorer;
import org.junit.jupiter.api.Test;

/**
 * The project's own gold set (the seed and articles written for it, src/test/resources/gold)
 * scored as the evaluation does: a regression in extraction fails the build.
 */
class GoldenSetTest {

  private static final Path GOLD = Path.of("src", "test", "resources", "gold");

  @Test
  void theGoldSetScoresAboveItsFloor() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Scorer scorer = new Scorer();
    Scorer seed = new Scorer();
    Extractor extractor = new Extractor();
    List<Path> golds;
    try (Stream<Path> files = Files.list(GOLD)) {
      golds = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(golds).hasSizeGreaterThanOrEqualTo(4);
    for (Path gold : golds) {
      String stem = gold.getFileName().toString().replace(".json", "");
      Path article = Stream.of(".txt", ".html").map(e -> GOLD.resolve(stem + e)).filter(Files::exists).findFirst().orElseThrow();
      var predicted = ExtractionJson.toJson(extractor.extract(new ArticleReader().read(article)));
      var expected = json.readTree(gold.toFile());
      scorer.add(stem, expected, predicted);
      if (stem.equals("000")) {
        seed.add(stem, expected, predicted);
      }
    }
    String report = String.join("\n", Report.lines(scorer, true));
    assertThat(seed.overall()).as(report).isEqualTo(1.0);
    assertThat(scorer.overall()).as(report).isGreaterThanOrEqualTo(0.95);
    for (String field : Scorer.FIELDS) {
      assertThat(scorer.tally(field).f1()).as(field + "\n" + report).isGreaterThanOrEqualTo(0.85);
    }
  }
}
