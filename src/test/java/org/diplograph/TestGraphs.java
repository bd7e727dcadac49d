package org.diplograph;

import java.nio.file.Path;
import org.diplograph.config.DiplographProperties;
import org.diplograph.graph.Graph;

/** An embedded Neo4j server for a test class: its own store and free ports. */
public final class TestGraphs {

  private TestGraphs() {}

  public static Graph open(Path home) {
    DiplographProperties.Neo4j config = new DiplographProperties().getNeo4j();
    config.setHome(home);
    config.setBoltPort(TestPaths.freePort());
    config.setHttpPort(TestPaths.freePort());
    config.setGuidePort(TestPaths.freePort());
    return Graph.open(config);
  }
}
