package org.diplograph.rdf;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.DiplographException;
import org.neo4j.driver.Driver;

/**
 * Reads the graph over Bolt and writes it as RDF. Turtle, TriG, N-Triples and N-Quads stream
 * (flat memory whatever the graph's size); JSON-LD and RDF/XML are written from an in-memory
 * graph, as their writers need the whole graph. The streaming formats are written on a thread of
 * their own while the graph is read.
 */
public final class RdfExporter {

  /** The formats of the export, Jena's writer for each, and whether it carries named graphs. */
  public enum Format {
    TURTLE(RDFFormat.TURTLE_BLOCKS, false, true), TRIG(RDFFormat.TRIG_BLOCKS, true, true),
    NQUADS(RDFFormat.NQUADS, true, true), NTRIPLES(RDFFormat.NTRIPLES, false, true),
    JSONLD(RDFFormat.JSONLD_PRETTY, false, false), RDFXML(RDFFormat.RDFXML_PRETTY, false, false);

    final RDFFormat jena;
    final boolean quads;
    final boolean streams;

    Format(RDFFormat jena, boolean quads, boolean streams) {
      this.jena = jena;
      this.quads = quads;
      this.streams = streams;
    }

    /** The Jena language of the format (for parsing it back). */
    public org.apache.jena.riot.Lang lang() {
      return jena.getLang();
    }

    public static Format of(String name) {
      try {
        return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
      } catch (IllegalArgumentException e) {
        throw new DiplographException.BadConfig("unknown RDF format '" + name
            + "': use turtle, trig, nquads, ntriples, jsonld or rdfxml");
      }
    }
  }

  /** Threads reading the graph at once for a streaming export: on two cores, two keep both busy with the writer. */
  private static final int READERS = 2;

  private final Driver driver;
  private final String base;

  public RdfExporter(Driver driver, String base) {
    this.driver = driver;
    this.base = base.endsWith("/") || base.endsWith("#") ? base : base + "/";
  }

  /** Writes the whole graph; returns the number of statements written (triples, or quads with named graphs). */
  public long export(Format format, OutputStream out) {
    if (!format.streams) {
      DatasetGraph dataset = dataset(false);
      RDFDataMgr.write(out, dataset.getDefaultGraph(), format.jena);
      return dataset.getDefaultGraph().size();
    }
    Counting counting = new Counting(StreamRDFWriter.getWriterStream(out, format.jena));
    try (WriterThread writer = new WriterThread(counting)) {
      new GraphRdf(driver, base, format.quads).emit(writer, READERS);
      writer.finish();
    }
    return counting.count;
  }

  /** The graph as an in-memory dataset: the merged view as the default graph, and a named graph per article. */
  public DatasetGraph dataset(boolean namedGraphs) {
    DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    StreamRDF sink = StreamRDFLib.dataset(dataset);
    sink.start();
    new GraphRdf(driver, base, namedGraphs).emit(sink);
    sink.finish();
    return dataset;
  }

  /** The IRI of an entity of the graph: label ("Person") and key ("murat-nurtleu"). */
  public String iri(String label, String key) {
    return new GraphRdf(driver, base, false).entity(label, key).getURI();
  }

  private static final class Counting extends StreamRDFWrapper {
    long count;

    Counting(StreamRDF other) {
      super(other);
    }

    @Override
    public void triple(org.apache.jena.graph.Triple triple) {
      count++;
      super.triple(triple);
    }

    @Override
    public void quad(Quad quad) {
      count++;
      super.quad(quad);
    }
  }
}
