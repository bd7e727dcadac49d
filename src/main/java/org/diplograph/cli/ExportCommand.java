package org.diplograph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diplograph.DiplographException;
import org.diplograph.config.DiplographProperties;
import org.diplograph.graph.Graph;
import org.diplograph.rdf.RdfExporter;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Component
@Command(name = "export", mixinStandardHelpOptions = true, description = "Writes the graph as RDF (Turtle to stdout by default).")
class ExportCommand implements Callable<Integer> {

  private final DiplographProperties properties;
  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "turtle", paramLabel = "FORMAT",
      description = "turtle, trig, nquads, ntriples, jsonld or rdfxml (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "File to write; stdout when absent.")
  Path out;

  ExportCommand(DiplographProperties properties) {
    this.properties = properties;
  }

  @Override
  public Integer call() {
    RdfExporter.Format chosen = RdfExporter.Format.of(format);
    try (Graph graph = Graph.open(properties.getNeo4j())) {
      long triples = write(graph, properties.getRdf().getBase(), chosen, out);
      if (out != null) {
        spec.commandLine().getOut().println("wrote " + triples + " triples to " + out);
      }
    }
    return 0;
  }

  /** Exports the graph to a file (its folder created) or to stdout; the number of triples. */
  static long write(Graph graph, String base, RdfExporter.Format format, Path file) {
    RdfExporter exporter = new RdfExporter(graph.driver(), base);
    if (file == null) {
      long n = exporter.export(format, System.out);
      System.out.flush();
      return n;
    }
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      Path partial = file.resolveSibling(file.getFileName() + ".partial");
      long n;
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(partial))) {
        n = exporter.export(format, os);
      }
      Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return n;
    } catch (IOException e) {
      throw new DiplographException.BadInput("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
