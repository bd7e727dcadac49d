package org.diplograph.bench;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  /** Untimed rounds before the clock starts (the code compiled, the store's pages cached). */
  private static final int WARM_UP = 3;
  /** Rounds of each side, taken in turns, so both see the same state of a shared machine. */
  private static final int PAIRS = 5;

  /** Seconds one round takes. */
  private static double seconds(Runnable round) {
    long start = System.nanoTime();
    round.run();
    return (System.nanoTime() - start) / 1e9;
  }

  /** Peak heap in MB over one round after a warm-up and a collection. */
  private static long peak(Runnable round) {
    for (int i = 0; i < WARM_UP; i++) {
      round.run();
    }
    System.gc();
    BenchCommand.resetPeaks();
    round.run();
    return BenchCommand.peakHeapMb();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
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
      Runnable export = () -> ours[0] = exporter.export(RdfExporter.Format.NTRIPLES, OutputStream.nullOutputStream());
      long oursPeak = peak(export);
      Graph memory = exporter.dataset(false).getDefaultGraph();
      Runnable riot = () -> RDFDataMgr.write(OutputStream.nullOutputStream(), memory, RDFFormat.NTRIPLES);
      long riotPeak = peak(riot);
      long triples = memory.size();
      List<Double> oursRates = new ArrayList<>();
      List<Double> riotRates = new ArrayList<>();
      List<Double> ratios = new ArrayList<>();
      for (int i = 0; i < PAIRS; i++) {
        double o = ours[0] / seconds(export);
        double r = triples / seconds(riot);
        oursRates.add(o);
        riotRates.add(r);
        ratios.add(o / r);
      }
      out.printf(Locale.ROOT, "diplograph export (Bolt, streaming)  %10.0f triples/s   peak heap %5d MB   (%d statements)%n",
          median(oursRates), oursPeak, ours[0]);
      out.printf(Locale.ROOT, "riot from an in-memory graph          %10.0f triples/s   peak heap %5d MB   (%d triples held)%n",
          median(riotRates), riotPeak, triples);
      out.printf(Locale.ROOT, "ratio                                 %10.2f of RIOT's rate (median of %d rounds in turns: %s)%n",
          median(ratios), PAIRS, ratios.stream().map(x -> String.format(Locale.ROOT, "%.2f", x)).toList());
      out.flush();
    } finally {
      StoreBench.delete(home);
    }
  }
}
