package org.diplograph.cli;

import java.util.concurrent.Callable;
import org.diplograph.config.DiplographProperties;
import org.diplograph.graph.Graph;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Component
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Prints node counts per label, then relationship counts per type: one 'name count' a line.")
class StatsCommand implements Callable<Integer> {

  private final DiplographProperties properties;
  @Spec CommandSpec spec;

  StatsCommand(DiplographProperties properties) {
    this.properties = properties;
  }

  @Override
  public Integer call() {
    try (Graph graph = Graph.open(properties.getNeo4j())) {
      graph.stats().forEach((name, count) -> spec.commandLine().getOut().println(name + " " + count));
    }
    return 0;
  }
}
