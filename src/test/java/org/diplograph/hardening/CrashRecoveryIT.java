package org.diplograph.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.diplograph.TestGraphs;
import org.diplograph.TestPaths;
import org.diplograph.extract.Extractor;
import org.diplograph.graph.Graph;
import org.diplograph.importing.Importer;
import org.diplograph.importing.Summary;
import org.diplograph.synthetic.CorpusGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * A bulk import from the packaged jar is killed with SIGKILL half way; the store opens again,
 * holds no article in part, and importing the folder again ends with exactly the graph of an
 * uninterrupted import.
 */
class CrashRecoveryIT {

  @TempDir Path dir;

  private static final int ARTICLES = 80;

  @Test
  void killedMidImportTheStoreRecoversAndAReRunGivesTheUninterruptedGraph() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    CorpusGenerator generator = new CorpusGenerator(3);
    for (int i = 0; i < ARTICLES; i++) {
      Files.writeString(corpus.resolve(String.format("synthetic-%03d.txt", i)), generator.fileText(i));
    }
    Path home = dir.resolve("killed");
    int bolt = TestPaths.freePort();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx2g", "-jar", System.getProperty("diplograph.jar", "target/diplograph.jar"), "import", corpus.toString(),
        "--neo4j.home=" + home, "--neo4j.bolt-port=" + bolt, "--neo4j.http-port=" + TestPaths.freePort(),
        "--neo4j.guide-port=" + TestPaths.freePort()));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    long seen = 0;
    try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.none())) {
      long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      while (seen < 10 && System.nanoTime() < deadline && child.isAlive()) {
        try (var session = driver.session()) {
          seen = session.run("MATCH (a:Article) RETURN count(a) AS n").single().get("n").asLong();
        } catch (RuntimeException notUpYet) {
          Thread.sleep(200);
        }
      }
    }
    assertThat(child.isAlive()).as("the import is still running when killed: " + Files.readString(dir.resolve("child.log"))).isTrue();
    child.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of the store
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(seen).isBetween(10L, ARTICLES - 1L);

    Extractor extractor = new Extractor();
    try (Graph graph = TestGraphs.open(home)) { // the store opens again (recovery from its transaction log)
      long articles = graph.stats().get("Article");
      assertThat(articles).isBetween(10L, ARTICLES - 1L);
      try (var session = graph.driver().session()) {
        // each synthetic article names two countries and reports one meeting: none is there in part
        assertThat(session.run("MATCH (a:Article) WHERE COUNT { (a)-[:MENTIONS]->(:Country) } < 2"
            + " OR NOT EXISTS { (a)-[:REPORTS]->(:Meeting) } RETURN count(a) AS n").single().get("n").asLong()).isZero();
      }
      Summary again = new Importer(graph, extractor).importPaths(List.of(corpus), p -> { });
      assertThat(again.failures()).isEmpty();
      assertThat(again.unchanged()).isEqualTo((int) articles);
      assertThat(again.imported()).isEqualTo(ARTICLES - (int) articles);
      Map<String, Long> recovered = graph.stats();

      try (Graph clean = TestGraphs.open(dir.resolve("uninterrupted"))) {
        new Importer(clean, extractor).importPaths(List.of(corpus), p -> { });
        assertThat(recovered).isEqualTo(clean.stats());
      }
    }
  }
}
