package org.diplograph.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.diplograph.config.DiplographProperties;
import org.diplograph.graph.GraphWriter;
import org.diplograph.rdf.RdfExporter;
import org.diplograph.synthetic.CorpusGenerator;

/** The export benchmark: Diplograph's streaming export against RIOT writing the same triples from memory. */
final class ExportBench {

  private final PrintWriter out;

  ExportBench(PrintWriter out) {
    this.out = out;
  }

  void run(int articles) {
    Path home = StoreBench.tempDir("diplograph-bench");
    DiplographProperties.Neo4j config = new DiplographProperties().getNeo4j();
    config.setHome(home);
    config.setBoltPort(StoreBench.freePort());
    config.setHttpPort(StoreBench.freePort());
    config.setGuidePort(StoreBench.freePort());
    try (org.diplograph.graph.Graph graph = org.diplograph.graph.Graph.open(config)) {
      CorpusGenerator generator = new CorpusGenerator(1);
      GraphWriter writer = new GraphWriter(graph.driver());
      long start = System.nanoTime();
      for (int i = 0; i < articles; i++) {
        CorpusGenerator.Generated g = generator.article(i);
        writer.write(g.article(), g.extraction());
      }
      out.printf(Locale.ROOT, "graph: %d synthetic articles written in %.1f s%n", articles, (System.nanoTime() - start) / 1e9);
      out.flush();
      RdfExporter exporter = new RdfExporter(graph.driver(), "https://diplograph.org/id/");
      exporter.export(RdfExporter.Format.NTRIPLES, OutputStream.nullOutputStream()); // warm-up

      System.gc();
      BenchCommand.resetPeaks();
      start = System.nanoTime();
      long ours = exporter.export(RdfExporter.Format.NTRIPLES, OutputStream.nullOutputStream());
      double oursSeconds = (System.nanoTime() - start) / 1e9;
      long oursPeak = BenchCommand.peakHeapMb();

      Graph memory = exporter.dataset(false).getDefaultGraph();
      RDFDataMgr.write(OutputStream.nullOutputStream(), memory, RDFFormat.NTRIPLES); // warm-up
      System.gc();
      BenchCommand.resetPeaks();
      start = System.nanoTime();
      RDFDataMgr.write(OutputStream.nullOutputStream(), memory, RDFFormat.NTRIPLES);
      double riotSeconds = (System.nanoTime() - start) / 1e9;
      long riotPeak = BenchCommand.peakHeapMb();
      long triples = memory.size();
      out.printf(Locale.ROOT, "diplograph export (Bolt, streaming)  %10.0f triples/s   peak heap %5d MB   (%d statements)%n",
          ours / oursSeconds, oursPeak, ours);
      out.printf(Locale.ROOT, "riot from an in-memory graph          %10.0f triples/s   peak heap %5d MB   (%d triples held)%n",
          triples / riotSeconds, riotPeak, triples);
      out.printf(Locale.ROOT, "ratio                                 %10.2f of RIOT's rate%n", (ours / oursSeconds) / (triples / riotSeconds));
      out.flush();
    } finally {
      StoreBench.delete(home);
    }
  }
}
