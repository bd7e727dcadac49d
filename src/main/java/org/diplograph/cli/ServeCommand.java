package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.diplograph.browser.BrowserAssets;
import org.diplograph.config.DiplographProperties;
import org.diplograph.extract.Extractor;
import org.diplograph.graph.Graph;
import org.diplograph.rdf.RdfExporter;
import org.diplograph.rdf.SparqlEndpoint;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Option(names = "--sparql", description = "Also serve a read-only SPARQL endpoint over the RDF export, kept in step with imports.")
  boolean sparql;

  ServeCommand(DiplographProperties properties, Extractor extractor) {
    this.properties = properties;
    this.extractor = extractor;
  }

  @Override
  public Integer call() {
    return serve(paths, null, sparql);
  }

  /** Reloads the SPARQL data after an import by another process; a failure waits for the next round. */
  private static void refresh(SparqlEndpoint endpoint) {
    try {
      endpoint.refreshIfChanged();
    } catch (RuntimeException e) {
      org.slf4j.LoggerFactory.getLogger(ServeCommand.class).warn("SPARQL data not refreshed: {}", e.getMessage());
    }
  }

  /** The run with no command: import the seeds, write the Turtle export, serve. */
  int runDefault() {
    return serve(List.of(properties.getRun().getSeeds()), properties.getRun().getExport(), false);
  }

  private int serve(List<Path> imports, Path export, boolean withSparql) {
    if (!imports.isEmpty()) {
      ImportCommand.loadModelsMeanwhile(extractor);
    }
    var neo4j = properties.getNeo4j();
    BrowserAssets[] assets = new BrowserAssets[1];
    Graph graph = Graph.open(neo4j, () -> { // the Browser applies Diplograph's style and opens its guide when it connects
      assets[0] = BrowserAssets.start(neo4j.getListenAddress(), neo4j.getGuidePort());
      return new Graph.Browser(assets[0].neo4jSettings(neo4j.getListenAddress()), assets[0]);
    });
    if (!imports.isEmpty()) {
      try {
        graph.requireWritable(properties.getNeo4j().getUsername());
      } catch (RuntimeException e) {
        graph.close();
        throw e;
      }
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      graph.close();
      stopped.countDown();
    }, "diplograph-shutdown"));
    PrintWriter out = spec.commandLine().getOut();
    int status = 0;
    if (!imports.isEmpty()) {
      status = ImportCommand.run(graph, extractor, properties, imports, spec);
    }
    if (export != null) {
      long triples = ExportCommand.write(graph, properties.getRdf().getBase(), RdfExporter.Format.TURTLE, export);
      out.println("wrote " + triples + " statements to " + export);
    }
    if (!graph.embedded()) {
      out.println("using the Neo4j server at " + graph.boltUri() + "; it is not this process's to serve");
      out.flush();
      return status;
    }
    out.println("Neo4j Browser: " + graph.browserUrl() + "?connectURL=" + graph.boltUri() + "&preselectAuthMethod="
        + (properties.getNeo4j().isAuth() ? "BASIC" : "NO_AUTH"));
    out.println("Bolt:          " + graph.boltUri());
    out.println("Guide:         opens when the Browser connects; or run  :guide " + assets[0].guideUrl());
    SparqlEndpoint endpoint = null;
    if (withSparql) {
      endpoint = new SparqlEndpoint(graph.driver(), properties.getRdf().getBase(), properties.getNeo4j().getListenAddress(),
          properties.getRdf().getSparqlPort());
      out.println("SPARQL:        " + endpoint.url());
    }
    out.println("Serving until Ctrl-C.");
    out.flush();
    try {
      while (!stopped.await(5, TimeUnit.SECONDS)) {
        if (endpoint != null) {
          refresh(endpoint);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return status;
  }
}
