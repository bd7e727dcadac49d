package org.diplograph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** {@code serve} in a child process: the packaged jar when the build made it, else the test classpath. */
public final class ServeProcess implements AutoCloseable {

  public final int boltPort = TestPaths.freePort();
  public final int httpPort = TestPaths.freePort();
  public final int guidePort = TestPaths.freePort();
  public final int sparqlPort = TestPaths.freePort();
  private final Process process;
  private final List<String> output = new ArrayList<>();

  public ServeProcess(Path home, List<String> extraArgs) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g"));
    String jar = System.getProperty("diplograph.jar");
    if (jar != null && Files.exists(Path.of(jar))) {
      command.addAll(List.of("-jar", jar));
    } else {
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.diplograph.Diplograph"));
    }
    command.addAll(List.of("serve", "--neo4j.home=" + home, "--neo4j.bolt-port=" + boltPort,
        "--neo4j.http-port=" + httpPort, "--neo4j.guide-port=" + guidePort, "--rdf.sparql-port=" + sparqlPort));
    command.addAll(extraArgs);
    process = new ProcessBuilder(command).redirectErrorStream(true).start();
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          synchronized (output) {
            output.add(line);
          }
          if (line.startsWith("Serving until Ctrl-C")) {
            ready.complete(null);
          }
        }
        ready.completeExceptionally(new IllegalStateException("serve ended: " + output()));
      } catch (IOException e) {
        ready.completeExceptionally(e);
      }
    });
    reader.setDaemon(true);
    reader.start();
    ready.get(240, TimeUnit.SECONDS);
  }

  public List<String> output() {
    synchronized (output) {
      return List.copyOf(output);
    }
  }

  public String boltUri() {
    return "bolt://127.0.0.1:" + boltPort;
  }

  public String browserUrl() {
    return "http://127.0.0.1:" + httpPort + "/browser/";
  }

  /** Stops serve as Ctrl-C or a service manager would (SIGTERM); whether it ended within a minute. */
  public boolean stop() throws InterruptedException {
    process.destroy();
    return process.waitFor(60, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive() && !stop()) {
      process.destroyForcibly();
    }
  }
}
