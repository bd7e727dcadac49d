package org.diplograph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.diplograph.article.Article;
import org.diplograph.config.DiplographProperties;
import org.diplograph.extract.Extractor;
import org.diplograph.graph.Graph;
import org.diplograph.graph.GraphWriter;
import org.diplograph.graph.Unmerger;
import org.diplograph.graph.Keys;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Component
@Command(name = "unmerge", mixinStandardHelpOptions = true,
    description = {"Undoes the merge of a name into a person (see the person's `merges`): the name gets a person of its",
        "own, now and in later imports, and the articles that wrote it are extracted and written again, each in one",
        "transaction. Exit code 0 when the merge was undone, 1 when no such merge is recorded."})
class UnmergeCommand implements Callable<Integer> {

  private final DiplographProperties properties;
  private final Extractor extractor;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PERSON", description = "Id of the person the name was merged into (e.g. kassym-jomart-tokayev).")
  String person;

  @Parameters(index = "1", paramLabel = "NAME", description = "The merged name, or its key as `merges` records it.")
  String name;

  UnmergeCommand(DiplographProperties properties, Extractor extractor) {
    this.properties = properties;
    this.extractor = extractor;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String key = Keys.slug(name);
    try (Graph graph = Graph.open(properties.getNeo4j())) {
      graph.requireWritable(properties.getNeo4j().getUsername());
      GraphWriter writer = new GraphWriter(graph.driver());
      Unmerger.Unmerge undone = new Unmerger(graph.driver()).unmerge(person, key);
      if (undone.merges().isEmpty()) {
        spec.commandLine().getErr().println("no merge of '" + key + "' into person '" + person + "' is recorded");
        return 1;
      }
      undone.merges().forEach(m -> out.println("undone: " + m));
      for (Article article : undone.articles()) {
        writer.rewrite(article, extractor.extract(article));
        out.println("rewritten: article " + article.id() + (article.file() != null ? " (" + article.file() + ")" : ""));
      }
      out.println("'" + key + "' is kept apart from '" + person + "'; " + undone.articles().size() + " articles rewritten");
      return 0;
    }
  }
}
