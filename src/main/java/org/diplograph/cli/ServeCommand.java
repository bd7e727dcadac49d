package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.diplograph.config.DiplographProperties;
import org.diplograph.extract.Extractor;
import org.diplograph.graph.Graph;
import org.diplograph.rdf.RdfExporter;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Component
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Starts the embedded Neo4j with its Browser, imports the PATHs if given, and stays up until Ctrl-C.")
class ServeCommand implements Callable<Integer> {

  private final DiplographProperties properties;
  private final Extractor extractor;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Article files or folders to import first.")
  List<Path> paths = List.of();

  ServeCommand(DiplographProperties properties, Extractor extractor) {
    this.properties = properties;
    this.extractor = extractor;
  }

  @Override
  public Integer call() {
    return serve(paths, null);
  }

  /** The run with no command: import the seeds, write the Turtle export, serve. */
  int runDefault() {
    return serve(List.of(properties.getRun().getSeeds()), properties.getRun().getExport());
  }

  private int serve(List<Path> imports, Path export) {
    Graph graph = Graph.open(properties.getNeo4j());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      graph.close();
      stopped.countDown();
    }, "diplograph-shutdown"));
    PrintWriter out = spec.commandLine().getOut();
    int status = 0;
    if (!imports.isEmpty()) {
      status = ImportCommand.run(graph, extractor, imports, spec);
    }
    if (export != null) {
      long triples = ExportCommand.write(graph, properties.getRdf().getBase(), RdfExporter.Format.TURTLE, export);
      out.println("wrote " + triples + " triples to " + export);
    }
    if (!graph.embedded()) {
      out.println("using the Neo4j server at " + graph.boltUri() + "; it is not this process's to serve");
      out.flush();
      return status;
    }
    out.println("Neo4j Browser: " + graph.browserUrl() + "?connectURL=" + graph.boltUri() + "&preselectAuthMethod="
        + (properties.getNeo4j().isAuth() ? "BASIC" : "NO_AUTH"));
    out.println("Bolt:          " + graph.boltUri());
    out.println("Guide:         opens when the Browser connects; or run  :guide " + graph.guideUrl());
    out.println("Serving until Ctrl-C.");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return status;
  }
}
