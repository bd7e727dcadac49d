package org.diplograph.rdf;

import java.io.InputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/** Validates exported RDF against the SHACL shapes that ship in {@code rdf/shapes.ttl}. */
public final class ShapeValidator {

  private static final Shapes SHAPES = load();

  private ShapeValidator() {}

  public static ValidationReport validate(Graph data) {
    return ShaclValidator.get().validate(SHAPES, data);
  }

  /** One line per violation: focus node, path and message. */
  public static List<String> lines(ValidationReport report) {
    return report.getEntries().stream()
        .map(e -> e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message()).toList();
  }

  private static Shapes load() {
    try (InputStream in = ShapeValidator.class.getClassLoader().getResourceAsStream("rdf/shapes.ttl")) {
      Graph shapes = GraphFactory.createDefaultGraph();
      RDFParser.source(in).lang(Lang.TURTLE).parse(shapes);
      return Shapes.parse(shapes);
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalStateException("cannot read rdf/shapes.ttl", e);
    }
  }
}
