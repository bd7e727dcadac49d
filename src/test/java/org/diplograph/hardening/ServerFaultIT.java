package org.diplograph.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.diplograph.Cli;
import org.diplograph.TestPaths;
import org.diplograph.config.DiplographProperties;
import org.diplograph.extract.Extractor;
import org.diplograph.graph.Graph;
import org.diplograph.importing.Importer;
import org.diplograph.importing.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that only lets its user read (Neo4j Community has no per-user roles, so the
 * database itself is read-only here: the same refusal reaches the driver): commands that write
 * stop with one line before touching anything, those that read still work. A transient
 * refusal (a lock held past the server's timeout) is retried until it passes.
 */
class ServerFaultIT {

  @TempDir Path home;

  private DiplographProperties.Neo4j config() {
    DiplographProperties.Neo4j config = new DiplographProperties().getNeo4j();
    config.setHome(home);
    config.setBoltPort(TestPaths.freePort());
    config.setHttpPort(TestPaths.freePort());
    config.setGuidePort(TestPaths.freePort());
    return config;
  }

  @Test
  void aReadOnlyServerRefusesWritesInOneLineAndStillServesReads() {
    try (Graph graph = Graph.open(config())) {
      new Importer(graph, new Extractor()).importPaths(List.of(TestPaths.seeds()), p -> { });
    }
    DiplographProperties.Neo4j readOnly = config();
    readOnly.getSettings().put("server.databases.default_to_read_only", "true");
    try (Graph graph = Graph.open(readOnly)) {
      String uri = "--neo4j.uri=" + graph.boltUri();
      Cli.Run write = Cli.run("import", TestPaths.article("001.txt").toString(), uri);
      assertThat(write.exitCode()).isEqualTo(1);
      assertThat(write.err().strip()).startsWith("diplograph: the graph at " + graph.boltUri() + " is read-only for user 'neo4j'")
          .doesNotContain("\n");
      assertThat(write.out()).doesNotContain("imported");
      Cli.Run remove = Cli.run("remove", "000", uri);
      assertThat(remove.exitCode()).isEqualTo(1);
      assertThat(remove.err()).contains("is read-only");

      Cli.Run stats = Cli.run("stats", uri);
      assertThat(stats.exitCode()).as(stats.err()).isZero();
      assertThat(stats.out()).contains("Article 1");
      Cli.Run export = Cli.run("export", "--format", "ntriples", uri);
      assertThat(export.exitCode()).as(export.err()).isZero();
      assertThat(export.out()).contains("<https://diplograph.org/id/person/murat-nurtleu>");
    }
  }

  @Test
  void aWriteThatTimesOutOnAHeldLockIsRetriedUntilTheLockIsFree() throws Exception {
    DiplographProperties.Neo4j config = config();
    config.getSettings().put("db.lock.acquisition.timeout", "1s");
    try (Graph graph = Graph.open(config)) {
      var holder = graph.driver().session();
      var held = holder.beginTransaction();
      held.run(org.diplograph.graph.Cypher.load("write/lock.cypher")).consume(); // another writer's turn
      try (var other = graph.driver().session()) {
        // the condition is real: one attempt waits a second, then the server gives up with a transient error
        org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> other.run(org.diplograph.graph.Cypher.load("write/lock.cypher")).consume())
            .isInstanceOf(org.neo4j.driver.exceptions.TransientException.class);
      }
      var release = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
      release.schedule(() -> {
        held.commit();
        holder.close();
      }, 4, java.util.concurrent.TimeUnit.SECONDS);
      Summary s = new Importer(graph, new Extractor()).importPaths(List.of(TestPaths.seeds()), p -> { });
      release.shutdown();
      assertThat(release.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      assertThat(s.failures()).isEmpty();
      assertThat(s.imported()).isEqualTo(1);
      assertThat(graph.stats()).containsEntry("Article", 1L);
    }
  }
}
