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

  /** An article written for the tests, under src/test/resources/articles. */
  public static Path article(String name) {
    return Path.of("src", "test", "resources", "articles", name);
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
