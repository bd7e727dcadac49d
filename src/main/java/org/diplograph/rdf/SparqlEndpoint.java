package org.diplograph.rdf;

import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.diplograph.DiplographException;
import org.neo4j.driver.Driver;

/**
 * A read-only SPARQL 1.1 endpoint (Jena Fuseki) over the exported graph, at
 * {@code http://ADDRESS:PORT/diplograph/sparql}: the merged view as the default graph, a named
 * graph per article. {@link #refreshIfChanged()} reloads it when articles were imported.
 */
public final class SparqlEndpoint implements AutoCloseable {

  private final FusekiServer server;
  private final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
  private final RdfExporter exporter;
  private final Driver driver;
  private String loadedState = "";

  public SparqlEndpoint(Driver driver, String base, String address, int port) {
    this.driver = driver;
    this.exporter = new RdfExporter(driver, base);
    refreshIfChanged();
    try {
      server = FusekiServer.create().verbose(false).loopback(address.equals("127.0.0.1") || address.equals("localhost"))
          .port(port).add("/diplograph", dataset, false).build();
      server.start();
    } catch (RuntimeException e) {
      throw new DiplographException.GraphUnavailable("cannot start the SPARQL endpoint on port " + port + " ("
          + e.getMessage() + "); choose another with --sparql.port", e);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getHttpPort() + "/diplograph/sparql";
  }

  /** Reloads the data when the graph's articles changed since the last load; whether it did. */
  public synchronized boolean refreshIfChanged() {
    String state;
    try (var session = driver.session()) {
      state = session.executeRead(tx -> tx.run(org.diplograph.graph.Cypher.load("read/articles-state.cypher"), Map.of())
          .single().get("state").asString());
    }
    if (state.equals(loadedState)) {
      return false;
    }
    DatasetGraph fresh = exporter.dataset(true);
    Txn.executeWrite(dataset, () -> {
      dataset.clear();
      fresh.find().forEachRemaining(dataset::add);
    });
    loadedState = state;
    return true;
  }

  @Override
  public void close() {
    server.stop();
  }
}
