package org.diplograph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.diplograph.browser.ReadyQuery;
import org.diplograph.graph.Graph;
import org.diplograph.graph.GraphWriter;
import org.diplograph.synthetic.CorpusGenerator;

/**
 * Whether the cost of a store stays flat as it grows: synthetic extraction records written in
 * slices (each slice's articles/s, the store's size after it), and every ready query run with
 * its example parameters, five times after a warm-up, at the first slice and at the end (the
 * median latency of each). The first slice's rate is the baseline of the last's; a warm-up of
 * other records, written first, keeps the compiler's work out of it.
 */
final class ScaleBench {

  private static final int RUNS = 5;

  private final PrintWriter out;

  ScaleBench(PrintWriter out) {
    this.out = out;
  }

  void run(int articles, int slice) {
    CorpusGenerator generator = new CorpusGenerator(1);
    Path home = StoreBench.tempDir("diplograph-scale");
    try (Graph graph = StoreBench.openStore(home)) {
      GraphWriter writer = new GraphWriter(graph.driver());
      int warmUp = Math.max(100, Math.min(1000, slice / 10)); // records of their own, untimed: code compiled, plans made
      StoreBench.writeInBatches(writer, IntStream.range(articles, articles + warmUp).mapToObj(i -> StoreBench.item(generator, i)).toList());
      out.printf(Locale.ROOT, "warm-up: %d other records written first, untimed%n", warmUp);
      BenchCommand.resetPeaks();
      List<Double> rates = new ArrayList<>();
      Map<String, Double> first = null;
      for (int from = 0; from < articles; from += slice) {
        int to = Math.min(articles, from + slice);
        List<GraphWriter.Item> items = IntStream.range(from, to).mapToObj(i -> StoreBench.item(generator, i)).toList();
        long start = System.nanoTime();
        StoreBench.writeInBatches(writer, items);
        double rate = items.size() / ((System.nanoTime() - start) / 1e9);
        rates.add(rate);
        out.printf(Locale.ROOT, "slice %,7d-%,7d  %8.1f articles/s   store %,6d MB   %s%n", from + 1, to, rate, megabytes(home),
            StoreBench.counts(graph));
        out.flush();
        if (first == null) {
          first = latencies(graph);
        }
      }
      Map<String, Double> last = latencies(graph);
      out.printf(Locale.ROOT, "last slice at %.2fx the first's rate; peak heap %d MB%n", rates.get(rates.size() - 1) / rates.get(0),
          BenchCommand.peakHeapMb());
      out.printf(Locale.ROOT, "%-34s %12s %12s%n", "ready query (median of " + RUNS + ")", "at " + slice, "at " + articles);
      for (var e : last.entrySet()) {
        out.printf(Locale.ROOT, "%-34s %9.1f ms %9.1f ms%n", e.getKey(), first.get(e.getKey()), e.getValue());
      }
      out.flush();
    } finally {
      StoreBench.delete(home);
    }
  }

  /** Each ready query with its example parameters: the median of {@value #RUNS} timed runs after one untimed. */
  private static Map<String, Double> latencies(Graph graph) {
    Map<String, Double> out = new LinkedHashMap<>();
    try (var session = graph.driver().session()) {
      for (ReadyQuery q : ReadyQuery.all()) {
        Map<String, Object> params = q.example() == null || !q.example().startsWith(":params")
            ? Map.of() : session.run("RETURN " + q.example().substring(":params".length()).strip() + " AS p")
                .single().get("p").asMap();
        session.run(q.cypher(), params).consume();
        double[] ms = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
          long start = System.nanoTime();
          session.run(q.cypher(), params).consume();
          ms[r] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(ms);
        out.put(q.file(), ms[RUNS / 2]);
      }
    }
    return out;
  }

  private static long megabytes(Path home) {
    try (var files = Files.walk(home)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / (1024 * 1024);
    } catch (IOException e) {
      return -1;
    }
  }
}
