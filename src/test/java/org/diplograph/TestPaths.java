package org.diplograph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/** Where the test inputs are, and free ports for servers the tests start. */
public final class TestPaths {

  private TestPaths() {}

  /** The seed article of the project. */
  public static Path seeds() {
    return Path.of("seeds");
  }

  /** An article written for the tests: the project's gold set, src/test/resources/gold (001.txt, 002.html …). */
  public static Path article(String name) {
    return Path.of("src", "test", "resources", "gold", name);
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
