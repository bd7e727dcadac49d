package org.diplograph.rdf;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.DSP;
import org.apache.jena.sparql.exec.http.GSP;
import org.diplograph.DiplographException;

/** Sends the export to an existing SPARQL Graph Store Protocol endpoint (HTTP PUT of a graph or of the dataset). */
public final class GraphStorePush {

  private GraphStorePush() {}

  /** Replaces the endpoint's default graph (or, with named graphs, its whole dataset); the statements sent. */
  public static long push(RdfExporter exporter, String url, boolean namedGraphs) {
    if (!url.matches("https?://\\S+")) {
      throw new DiplographException.BadConfig("--to needs an http(s) URL of a Graph Store Protocol endpoint, not '" + url + "'");
    }
    DatasetGraph data = exporter.dataset(namedGraphs);
    try {
      if (namedGraphs) {
        DSP.service(url).PUT(data);
        return data.stream().count();
      }
      GSP.service(url).defaultGraph().PUT(data.getDefaultGraph());
      return data.getDefaultGraph().size();
    } catch (RuntimeException e) {
      throw new DiplographException.GraphUnavailable("the Graph Store at " + url + " did not take the data: "
          + e.getMessage(), e);
    }
  }
}
