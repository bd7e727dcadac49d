package org.diplograph.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.IntStream;
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

  /** Untimed rounds before the clock starts (the code compiled, the store's pages cached), then timed rounds. */
  private static final int WARM_UP = 3;
  private static final int ROUNDS = 3;

  /** Seconds per round, averaged over the timed rounds after the warm-up; the heap peak starts with them. */
  private static double timed(Runnable round) {
    for (int i = 0; i < WARM_UP; i++) {
      round.run();
    }
    System.gc();
    BenchCommand.resetPeaks();
    long start = System.nanoTime();
    for (int i = 0; i < ROUNDS; i++) {
      round.run();
    }
    return (System.nanoTime() - start) / 1e9 / ROUNDS;
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
      long start = System.nanoTime();
      StoreBench.writeInBatches(new GraphWriter(graph.driver()),
          IntStream.range(0, articles).mapToObj(i -> StoreBench.item(generator, i)).toList());
      out.printf(Locale.ROOT, "graph: %d synthetic articles written in %.1f s%n", articles, (System.nanoTime() - start) / 1e9);
      out.flush();
      RdfExporter exporter = new RdfExporter(graph.driver(), "https://diplograph.org/id/");
      long[] ours = new long[1];
      double oursSeconds = timed(() -> ours[0] = exporter.export(RdfExporter.Format.NTRIPLES, OutputStream.nullOutputStream()));
      long oursPeak = BenchCommand.peakHeapMb();

      Graph memory = exporter.dataset(false).getDefaultGraph();
      double riotSeconds = timed(() -> RDFDataMgr.write(OutputStream.nullOutputStream(), memory, RDFFormat.NTRIPLES));
      long riotPeak = BenchCommand.peakHeapMb();
      long triples = memory.size();
      out.printf(Locale.ROOT, "diplograph export (Bolt, streaming)  %10.0f triples/s   peak heap %5d MB   (%d statements)%n",
          ours[0] / oursSeconds, oursPeak, ours[0]);
      out.printf(Locale.ROOT, "riot from an in-memory graph          %10.0f triples/s   peak heap %5d MB   (%d triples held)%n",
          triples / riotSeconds, riotPeak, triples);
      out.printf(Locale.ROOT, "ratio                                 %10.2f of RIOT's rate%n", (ours[0] / oursSeconds) / (triples / riotSeconds));
      out.flush();
    } finally {
      StoreBench.delete(home);
    }
  }
}
