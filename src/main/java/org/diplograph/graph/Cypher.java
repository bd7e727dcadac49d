package org.diplograph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Cypher statements kept as files under {@code cypher/} (on the classpath), loaded once. */
public final class Cypher {

  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private Cypher() {}

  /** The statement in {@code cypher/<name>}. */
  public static String load(String name) {
    return CACHE.computeIfAbsent(name, Cypher::read);
  }

  /** The statements of a file of several, separated by semicolons at line ends; comments dropped. */
  public static List<String> statements(String name) {
    return Arrays.stream(load(name).split(";\\s*(\\n|$)"))
        .map(s -> s.lines().filter(l -> !l.strip().startsWith("//")).reduce("", (a, b) -> a + b + "\n").strip())
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String read(String name) {
    try (InputStream in = Cypher.class.getClassLoader().getResourceAsStream("cypher/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing cypher/" + name + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read cypher/" + name, e);
    }
  }
}
