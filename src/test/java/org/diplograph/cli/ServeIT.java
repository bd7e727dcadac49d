package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplograph.Cli;
import org.diplograph.ServeProcess;
import org.diplograph.TestPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} from the packaged jar in a child process, with authentication on and its own
 * ports; the other commands of this JVM reach it by {@code --neo4j.uri} and through its run file.
 */
class ServeIT {

  private static final String PASSWORD = "diplograph-test-secret";

  @TempDir static Path home;
  static ServeProcess server;
  static int boltPort;
  static int httpPort;

  @BeforeAll
  static void startServe() throws Exception {
    server = new ServeProcess(home, List.of("--sparql", "--neo4j.auth=true", "--neo4j.password=" + PASSWORD));
    boltPort = server.boltPort;
    httpPort = server.httpPort;
  }

  @AfterAll
  static void stopServe() throws Exception {
    assertThat(server.stop()).as("serve stops on SIGTERM").isTrue();
    assertThat(home.resolve("diplograph-bolt.uri")).as("the run file goes with the server").doesNotExist();
  }

  private static String uri() {
    return "--neo4j.uri=bolt://127.0.0.1:" + boltPort;
  }

  @Test
  void servePrintsTheBrowserBoltAndGuideUrls() {
    assertThat(server.output()).anySatisfy(l -> assertThat(l).startsWith("Neo4j Browser: http://127.0.0.1:" + httpPort + "/browser/"));
    assertThat(server.output()).anySatisfy(l -> assertThat(l).contains("bolt://127.0.0.1:" + boltPort));
    assertThat(server.output()).anySatisfy(l -> assertThat(l).contains(":guide http://localhost:" + server.guidePort + "/guide.html"));
    assertThat(String.join("\n", server.output())).doesNotContain(PASSWORD);
    // nor in any log the server writes
    try (var files = java.nio.file.Files.walk(home)) {
      files.filter(p -> p.toString().endsWith(".log")).forEach(log -> {
        try {
          assertThat(java.nio.file.Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1)).as(log.toString())
              .doesNotContain(PASSWORD);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theBrowserAnswersWhileServeRuns() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/browser/")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).containsIgnoringCase("neo4j");
  }

  @Test
  void importAndStatsWorkAgainstTheServerGivenByUri() {
    Cli.Run imported = Cli.run("import", TestPaths.seeds().toString(), uri(), "--neo4j.password=" + PASSWORD);
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("articles read 1").contains("failed 0");
    Cli.Run stats = Cli.run("stats", uri(), "--neo4j.password=" + PASSWORD);
    assertThat(stats.exitCode()).isZero();
    // other tests of this class import into the same server: at least the seed's counts
    java.util.Map<String, Long> counts = new java.util.HashMap<>();
    stats.out().lines().map(l -> l.split(" ")).filter(w -> w.length == 2).forEach(w -> counts.put(w[0], Long.parseLong(w[1])));
    assertThat(counts.get("Person")).isGreaterThanOrEqualTo(2);
    assertThat(counts.get("Meeting")).isGreaterThanOrEqualTo(1);
    assertThat(counts.get("Article")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void theSparqlEndpointFollowsImportsIntoTheServer() throws Exception {
    assertThat(server.output()).anySatisfy(l -> assertThat(l).contains("http://127.0.0.1:" + server.sparqlPort + "/diplograph/sparql"));
    Cli.Run imported = Cli.run("import", TestPaths.article("001.txt").toString(), uri(), "--neo4j.password=" + PASSWORD);
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    String query = java.net.URLEncoder.encode("ASK { ?p <https://schema.org/name> \"Takeshi Iwaya\" }", "UTF-8");
    java.net.URI ask = java.net.URI.create("http://127.0.0.1:" + server.sparqlPort + "/diplograph/sparql?query=" + query);
    long deadline = System.currentTimeMillis() + 30_000;
    String body = "";
    while (System.currentTimeMillis() < deadline && !body.contains("true")) {
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(ask)
          .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      body = response.body();
      Thread.sleep(1000);
    }
    assertThat(body).contains("\"boolean\" : true");
  }

  @Test
  void aWrongPasswordGivesAOneLineReasonAndExitCodeOne() {
    Cli.Run run = Cli.run("stats", uri(), "--neo4j.password=wrong-password");
    assertThat(run.exitCode()).isEqualTo(1);
    List<String> lines = run.err().lines().filter(l -> l.startsWith("diplograph:")).toList();
    assertThat(lines).singleElement().satisfies(l -> assertThat(l).contains("refused the credentials"));
    assertThat(run.err() + run.out()).doesNotContain("wrong-password");
  }

  @Test
  void anUnreachableServerGivesAOneLineReason() {
    Cli.Run run = Cli.run("stats", "--neo4j.uri=bolt://127.0.0.1:" + TestPaths.freePort());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("diplograph: cannot reach Neo4j");
  }

  @Test
  void anotherCommandOnTheSameStoreUsesTheRunningServer() {
    Cli.Run run = Cli.run("stats", "--neo4j.home=" + home, "--neo4j.password=" + PASSWORD);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Person");
  }

  @Test
  void extractWritesARecordPerArticleWithoutAGraph(@TempDir Path out) throws Exception {
    Cli.Run run = Cli.run("extract", TestPaths.seeds().toString(), "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode record = new ObjectMapper().readTree(out.resolve("000_a4553e2fd8b8edc2.json").toFile());
    assertThat(record.get("article").asText()).isEqualTo("000_a4553e2fd8b8edc2");
    assertThat(record.get("persons")).hasSize(2);
    assertThat(record.get("meetings").get(0).get("place").asText()).isEqualTo("Astana");
  }

  @Test
  void extractWithSeveralWorkersWritesTheRecordsInTheOrderRead() {
    Path corpus = Path.of("src", "test", "resources", "corpus");
    Cli.Run one = Cli.run("extract", corpus.toString(), TestPaths.seeds().toString(), "--out", "-", "--import.threads=1");
    Cli.Run three = Cli.run("extract", corpus.toString(), TestPaths.seeds().toString(), "--out", "-", "--import.threads=3");
    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(three.exitCode()).as(three.err()).isZero();
    assertThat(three.out().lines().count()).isGreaterThan(3);
    assertThat(three.out()).isEqualTo(one.out());
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("serve", "import", "extract", "export", "stats")) {
      Cli.Run run = Cli.run(command, "--help");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).contains("Usage: diplograph " + command);
    }
  }
}
