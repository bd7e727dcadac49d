package org.diplograph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.diplograph.article.ArticleReader;
import org.diplograph.config.DiplographProperties;
import org.diplograph.graph.Cypher;
import org.diplograph.graph.Graph;
import org.diplograph.graph.GraphWriter;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Component
@Command(name = "remove", mixinStandardHelpOptions = true,
    description = {"Removes articles and what only they supported; facts another article also states stay.",
        "Each article goes in one transaction. Exit code 0 when all were found, 3 when some were not, 1 when none."})
class RemoveCommand implements Callable<Integer> {

  private final DiplographProperties properties;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "ARTICLE", description = "Article ids, file paths, file names or urls.")
  List<String> articles;

  RemoveCommand(DiplographProperties properties) {
    this.properties = properties;
  }

  @Override
  public Integer call() {
    int removed = 0;
    int missing = 0;
    try (Graph graph = Graph.open(properties.getNeo4j())) {
      graph.requireWritable(properties.getNeo4j().getUsername());
      GraphWriter writer = new GraphWriter(graph.driver());
      for (String ref : articles) {
        Set<String> ids = new LinkedHashSet<>();
        Path path = Path.of(ref);
        if (Files.isRegularFile(path)) {
          ids.add(new ArticleReader().read(path).id());
        }
        try (var session = graph.driver().session()) {
          ids.addAll(session.executeRead(tx -> tx.run(Cypher.load("read/article-ids.cypher"), Map.of("ref", ref))
              .list(r -> r.get("id").asString())));
        }
        boolean any = false;
        for (String id : ids) {
          any |= writer.remove(id);
        }
        if (any) {
          removed++;
          spec.commandLine().getOut().println("removed " + ref);
        } else {
          missing++;
          spec.commandLine().getErr().println("not found " + ref);
        }
      }
    }
    spec.commandLine().getOut().println("articles removed " + removed + ", not found " + missing);
    return missing == 0 ? 0 : removed == 0 ? 1 : 3;
  }
}
