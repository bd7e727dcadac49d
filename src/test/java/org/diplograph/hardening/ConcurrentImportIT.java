package org.diplograph.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.diplograph.TestGraphs;
import org.diplograph.extract.Extractor;
import org.diplograph.graph.Graph;
import org.diplograph.importing.Importer;
import org.diplograph.importing.Summary;
import org.diplograph.synthetic.CorpusGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two imports of overlapping corpora into one server at the same time give the graph of one
 * serial import: the same counts per label and type, the same people and meetings, no
 * duplicate node.
 */
class ConcurrentImportIT {

  @TempDir Path dir;

  private static final Extractor EXTRACTOR = new Extractor();

  private Path corpus(String name, int from, int to) throws IOException {
    CorpusGenerator generator = new CorpusGenerator(7);
    Path folder = Files.createDirectories(dir.resolve(name));
    for (int i = from; i < to; i++) {
      Files.writeString(folder.resolve(String.format("synthetic-%03d.txt", i)), generator.fileText(i));
    }
    return folder;
  }

  @Test
  void twoOverlappingImportsAtOnceGiveTheGraphOfOneSerialImport() throws Exception {
    Path a = corpus("a", 0, 30);
    Path b = corpus("b", 10, 40);

    Map<String, Long> concurrent;
    List<String> concurrentKeys;
    try (Graph graph = TestGraphs.open(dir.resolve("concurrent"))) {
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<Summary>> runs = new ArrayList<>();
      for (Path corpus : List.of(a, b)) {
        runs.add(CompletableFuture.supplyAsync(() -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return new Importer(graph, EXTRACTOR).importPaths(List.of(corpus), p -> { });
        }));
      }
      start.countDown();
      for (var run : runs) {
        Summary s = run.get();
        assertThat(s.failures()).isEmpty();
        assertThat(s.read()).isEqualTo(30);
      }
      assertThat(runs.get(0).get().imported() + runs.get(1).get().imported()).isEqualTo(40);
      concurrent = graph.stats();
      concurrentKeys = keys(graph);
      assertThat(duplicates(graph)).isZero();
    }

    try (Graph graph = TestGraphs.open(dir.resolve("serial"))) {
      new Importer(graph, EXTRACTOR).importPaths(List.of(a), p -> { });
      new Importer(graph, EXTRACTOR).importPaths(List.of(b), p -> { });
      assertThat(concurrent).isEqualTo(graph.stats());
      assertThat(concurrentKeys).isEqualTo(keys(graph));
    }
    assertThat(concurrent.get("Article")).isEqualTo(40);
  }

  private static List<String> keys(Graph graph) {
    try (var session = graph.driver().session()) {
      return session.run("MATCH (n) WHERE n:Person OR n:Meeting OR n:Organization OR n:Place"
          + " RETURN labels(n)[0] + ':' + n.id AS key ORDER BY key").list(r -> r.get("key").asString());
    }
  }

  /** People sharing a given name and surname, dated meetings sharing participants, kind and date: should be one. */
  private static long duplicates(Graph graph) {
    try (var session = graph.driver().session()) {
      return session.run("MATCH (p:Person) WHERE p.nameKey IS NOT NULL WITH p.nameKey AS k, count(*) AS c WHERE c > 1"
          + " RETURN count(*) AS n").single().get("n").asLong()
          + session.run("MATCH (m:Meeting) WHERE m.date IS NOT NULL WITH m.participants AS ps, m.kind AS kind, m.date AS d, count(*) AS c"
          + " WHERE c > 1 RETURN count(*) AS n").single().get("n").asLong();
    }
  }
}
