package org.diplograph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplograph.config.DiplographProperties;
import org.diplograph.extract.Extractor;
import org.diplograph.graph.Graph;
import org.diplograph.importing.Importer;
import org.diplograph.importing.Summary;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Component
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Reads article files or folders into the graph: parallel extraction (import.threads), batches across files.",
        "Exit code: 0 all imported or unchanged, 3 some files failed, 1 all failed or nothing to read."})
class ImportCommand implements Callable<Integer> {

  private final DiplographProperties properties;
  private final Extractor extractor;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
  List<Path> paths;

  ImportCommand(DiplographProperties properties, Extractor extractor) {
    this.properties = properties;
    this.extractor = extractor;
  }

  @Override
  public Integer call() {
    loadModelsMeanwhile(extractor);
    try (Graph graph = Graph.open(properties.getNeo4j())) {
      graph.requireWritable(properties.getNeo4j().getUsername());
      return run(graph, extractor, properties, paths, spec);
    }
  }

  /** Loads the extraction models on a thread of their own while the graph's server starts. */
  static void loadModelsMeanwhile(Extractor extractor) {
    Thread models = new Thread(extractor::warmUp, "diplograph-models");
    models.setDaemon(true);
    models.start();
  }

  /** Imports and prints the summary; the exit code of the import. */
  static int run(Graph graph, Extractor extractor, DiplographProperties properties, List<Path> paths, CommandSpec spec) {
    Summary summary = new Importer(graph, extractor, properties.getLimits(), properties.getImport()).importPaths(paths, new ProgressReport(spec.commandLine().getErr()));
    summary.lines().forEach(spec.commandLine().getOut()::println);
    spec.commandLine().getOut().flush();
    return summary.exitCode();
  }
}
