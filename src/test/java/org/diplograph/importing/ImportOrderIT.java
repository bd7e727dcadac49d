package org.diplograph.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.diplograph.TestGraphs;
import org.diplograph.config.DiplographProperties;
import org.diplograph.extract.Extractor;
import org.diplograph.graph.Graph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The graph an import makes does not depend on how many threads extract nor on how the articles
 * are laid out in files: one file per article or one JSON Lines file, batches split anywhere. The
 * corpus has what order could change: a person named in full and then by surname alone with the
 * same post (a merge), a meeting reported by two articles a day apart, a repeated article.
 */
class ImportOrderIT {

  @TempDir static Path home;
  @TempDir static Path corpus;
  static Graph graph;
  static final Extractor EXTRACTOR = new Extractor();

  /** Articles written for this test: header lines, then the body. */
  static final List<String[]> ARTICLES = List.of(
      new String[] {"2025-05-04", "HELSINKI, May 4. Finnish President Stubb received Estonian Prime Minister Kristen Michal "
          + "in Helsinki on Sunday. They discussed defence cooperation."},
      new String[] {"2025-05-05", "VILNIUS, May 5. Lithuanian Foreign Minister Kestutis Budrys met Estonian Foreign Minister "
          + "Margus Tsahkna in Vilnius on Monday. The ministers discussed energy security and regional defence."},
      new String[] {"2025-05-06", "TALLINN, May 6. Estonia's Foreign Minister Margus Tsahkna and Lithuania's Foreign Minister "
          + "Kestutis Budrys held talks in Vilnius on May 5, the Estonian ministry said. They discussed energy security."},
      new String[] {"2025-05-07", "RIGA, May 7. Latvian Prime Minister Evika Silina received Foreign Minister Tsahkna of Estonia "
          + "in Riga on Wednesday. They discussed transport links and Rail Baltica."},
      new String[] {"2025-05-08", "WARSAW, May 8. Polish Foreign Minister Radoslaw Sikorski held a phone call with Lithuanian "
          + "Foreign Minister Kestutis Budrys on Thursday. The two discussed sanctions against Russia."},
      new String[] {"2025-05-09", "HELSINKI, May 9. Finnish President Alexander Stubb met Polish Foreign Minister Radoslaw "
          + "Sikorski in Helsinki on Friday to discuss security in the Baltic Sea region."},
      new String[] {"2025-05-05", "VILNIUS, May 5. Lithuanian Foreign Minister Kestutis Budrys met Estonian Foreign Minister "
          + "Margus Tsahkna in Vilnius on Monday. The ministers discussed energy security and regional defence."});

  @BeforeAll
  static void start() throws Exception {
    graph = TestGraphs.open(home);
    Files.createDirectories(corpus.resolve("files"));
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < ARTICLES.size(); i++) {
      String[] a = ARTICLES.get(i);
      Files.writeString(corpus.resolve("files").resolve("article-" + i + ".txt"),
          "published: " + a[0] + "\nsource: Test Wire\n\n" + a[1] + "\n");
      jsonl.append("{\"published\": \"").append(a[0]).append("\", \"source\": \"Test Wire\", \"text\": \"")
          .append(a[1].replace("\"", "\\\"")).append("\"}\n");
    }
    Files.writeString(corpus.resolve("all.jsonl"), jsonl.toString());
  }

  @AfterAll
  static void stop() {
    graph.close();
  }

  @Test
  void theGraphIsTheSameForAnyThreadCountAndFileLayout() {
    Map<String, List<String>> files1 = importAndRead(corpus.resolve("files"), 1, 100);
    assertThat(files1.get("Person")).contains("person kestutis-budrys Kestutis Budrys", "person margus-tsahkna Margus Tsahkna")
        .contains("person stubb Alexander Stubb") // known by surname alone first, then by the full name
        .noneMatch(p -> p.startsWith("person tsahkna") || p.startsWith("person alexander-stubb"));
    assertThat(files1.get("Meeting")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(importAndRead(corpus.resolve("files"), 4, 100)).isEqualTo(files1);
    assertThat(importAndRead(corpus.resolve("all.jsonl"), 1, 100)).isEqualTo(files1);
    assertThat(importAndRead(corpus.resolve("all.jsonl"), 4, 2)).isEqualTo(files1);
    assertThat(importAndRead(corpus.resolve("files"), 2, 1)).isEqualTo(files1);
  }

  /** Imports into an emptied store and reads every node key per label and every edge by its ends' keys. */
  private static Map<String, List<String>> importAndRead(Path path, int threads, int batchSize) {
    try (var session = graph.driver().session()) {
      session.run("MATCH (n) WHERE NOT n:WriteLock DETACH DELETE n").consume();
    }
    DiplographProperties.Import settings = new DiplographProperties.Import();
    settings.setThreads(threads);
    settings.setBatchSize(batchSize);
    Summary s = new Importer(graph, EXTRACTOR, new DiplographProperties.Limits(), settings).importPaths(List.of(path), p -> { });
    assertThat(s.failures()).isEmpty();
    assertThat(s.read()).isEqualTo(ARTICLES.size());
    assertThat(s.unchanged()).isEqualTo(1);
    Map<String, List<String>> out = new TreeMap<>();
    try (var session = graph.driver().session()) {
      session.run("MATCH (n) WHERE NOT n:WriteLock RETURN labels(n)[0] AS label,"
          + " coalesce(n.id, n.iso2) + CASE WHEN n:Person THEN ' ' + n.name ELSE '' END AS key ORDER BY label, key")
          .forEachRemaining(r -> out.computeIfAbsent(r.get("label").asString(), k -> new ArrayList<>())
              .add(r.get("label").asString().toLowerCase() + " " + r.get("key").asString()));
      session.run("MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, a.iso2) + ' ' + coalesce(b.id, b.iso2)"
          + " + ' ' + reduce(s = '', x IN coalesce(r.articles, []) | s + x + ',') AS edge ORDER BY type, edge")
          .forEachRemaining(r -> out.computeIfAbsent(r.get("type").asString(), k -> new ArrayList<>()).add(r.get("edge").asString()));
    }
    return out;
  }
}
