package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.diplograph.Cli;
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
  static Process server;
  static int boltPort;
  static int httpPort;
  static final List<String> output = new ArrayList<>();

  @BeforeAll
  static void startServe() throws Exception {
    boltPort = TestPaths.freePort();
    httpPort = TestPaths.freePort();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g"));
    String jar = System.getProperty("diplograph.jar");
    if (jar != null && Files.exists(Path.of(jar))) {
      command.addAll(List.of("-jar", jar));
    } else {
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.diplograph.Diplograph"));
    }
    command.addAll(List.of("serve", "--neo4j.home=" + home, "--neo4j.bolt-port=" + boltPort,
        "--neo4j.http-port=" + httpPort, "--neo4j.auth=true", "--neo4j.password=" + PASSWORD));
    server = new ProcessBuilder(command).redirectErrorStream(true).start();
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          synchronized (output) {
            output.add(line);
          }
          if (line.startsWith("Serving until Ctrl-C")) {
            ready.complete(null);
          }
        }
        ready.completeExceptionally(new IllegalStateException("serve ended: " + output));
      } catch (IOException e) {
        ready.completeExceptionally(e);
      }
    });
    reader.setDaemon(true);
    reader.start();
    ready.get(180, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stopServe() throws Exception {
    if (server != null && server.isAlive()) {
      server.destroy();
      assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
    }
  }

  private static String uri() {
    return "--neo4j.uri=bolt://127.0.0.1:" + boltPort;
  }

  @Test
  void servePrintsTheBrowserAndBoltUrls() {
    synchronized (output) {
      assertThat(output).anySatisfy(l -> assertThat(l).startsWith("Neo4j Browser: http://127.0.0.1:" + httpPort + "/browser/"));
      assertThat(output).anySatisfy(l -> assertThat(l).contains("bolt://127.0.0.1:" + boltPort));
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
    assertThat(stats.out().lines()).contains("Person 2", "Meeting 1", "Article 1");
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
  void everyCommandHasHelp() {
    for (String command : List.of("serve", "import", "extract", "export", "stats")) {
      Cli.Run run = Cli.run(command, "--help");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).contains("Usage: diplograph " + command);
    }
  }
}
