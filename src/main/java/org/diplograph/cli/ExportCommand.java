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
import org.diplograph.rdf.GraphStorePush;
import org.diplograph.rdf.RdfExporter;
import org.diplograph.rdf.ShapeValidator;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Component
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes the graph as RDF (Turtle to stdout by default); TriG and N-Quads add a named graph per article.",
        "Exit code 4 when --validate finds SHACL violations."})
class ExportCommand implements Callable<Integer> {

  private final DiplographProperties properties;
  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "turtle", paramLabel = "FORMAT",
      description = "turtle, trig, nquads, ntriples, jsonld or rdfxml (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "File to write; stdout when absent.")
  Path out;

  @Option(names = "--to", paramLabel = "URL",
      description = "Push to a SPARQL Graph Store Protocol endpoint instead (e.g. http://host:3030/ds/data): the merged "
          + "view replaces its default graph; with --format trig or nquads the whole dataset, named graphs included.")
  String to;

  @Option(names = "--validate", description = "Check the export against the SHACL shapes; exit 4 on violations.")
  boolean validate;

  ExportCommand(DiplographProperties properties) {
    this.properties = properties;
  }

  @Override
  public Integer call() {
    RdfExporter.Format chosen = RdfExporter.Format.of(format);
    try (Graph graph = Graph.open(properties.getNeo4j())) {
      if (to != null) {
        long pushed = GraphStorePush.push(new RdfExporter(graph.driver(), properties.getRdf().getBase()), to,
            chosen == RdfExporter.Format.TRIG || chosen == RdfExporter.Format.NQUADS);
        spec.commandLine().getOut().println("pushed " + pushed + " statements to " + to);
        return 0;
      }
      long triples = write(graph, properties.getRdf().getBase(), chosen, out);
      if (out != null) {
        spec.commandLine().getOut().println("wrote " + triples + " statements to " + out);
      }
      if (validate) {
        var report = ShapeValidator.validate(new RdfExporter(graph.driver(), properties.getRdf().getBase())
            .dataset(false).getDefaultGraph());
        var err = spec.commandLine().getErr();
        ShapeValidator.lines(report).forEach(l -> err.println("violation " + l));
        err.println("SHACL: " + report.getEntries().size() + " violations");
        return report.conforms() ? 0 : 4;
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
