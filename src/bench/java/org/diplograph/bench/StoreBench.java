package org.diplograph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.diplograph.config.DiplographProperties;
import org.diplograph.extract.Extractor;
import org.diplograph.graph.Graph;
import org.diplograph.graph.GraphWriter;
import org.diplograph.importing.Importer;
import org.diplograph.importing.Summary;
import org.diplograph.synthetic.CorpusGenerator;

/** Benchmarks that need a graph: each runs in a temporary embedded store of its own, removed afterwards. */
final class StoreBench {

  /** Articles written before timing starts, on both sides: query plans cached, code compiled. */
  private static final int WARM_UP = 200;
  /** Articles a transaction in the batched write. */
  private static final int BATCH = 1000;

  private final PrintWriter out;

  StoreBench(PrintWriter out) {
    this.out = out;
  }

  /**
   * Batched writes against one statement execution per fact, on the same synthetic extraction
   * records, generated before the clocks start; both sides warm up on other records first. The
   * two stores run side by side and the sides take turns, {@value #BATCH} articles at a time, so
   * both see the same state of a shared machine.
   */
  void write(int articles) {
    CorpusGenerator generator = new CorpusGenerator(1);
    List<GraphWriter.Item> items = IntStream.range(0, articles).mapToObj(i -> item(generator, i)).toList();
    List<GraphWriter.Item> warmUp = IntStream.range(articles, articles + WARM_UP).mapToObj(i -> item(generator, i)).toList();
    inStore(batchedGraph -> inStore(factGraph -> {
      GraphWriter batched = new GraphWriter(batchedGraph.driver());
      org.diplograph.graph.FactByFactWriter factByFact = new org.diplograph.graph.FactByFactWriter(factGraph.driver());
      batched.writeBatch(warmUp);
      warmUp.forEach(item -> factByFact.write(item.article(), item.extraction()));
      long batchedNanos = 0;
      long factNanos = 0;
      List<Double> ratios = new ArrayList<>();
      for (int i = 0; i < items.size(); i += BATCH) {
        List<GraphWriter.Item> turn = items.subList(i, Math.min(items.size(), i + BATCH));
        long start = System.nanoTime();
        batched.writeBatch(turn);
        long b = System.nanoTime() - start;
        start = System.nanoTime();
        turn.forEach(item -> factByFact.write(item.article(), item.extraction()));
        long f = System.nanoTime() - start;
        batchedNanos += b;
        factNanos += f;
        ratios.add((double) f / b);
      }
      out.printf(Locale.ROOT, "%-46s %8.1f articles/s   %s%n", "batched writes (" + BATCH + " articles a transaction)",
          articles / (batchedNanos / 1e9), counts(batchedGraph));
      out.printf(Locale.ROOT, "%-46s %8.1f articles/s   %s%n", "one statement per fact (baseline)",
          articles / (factNanos / 1e9), counts(factGraph));
      out.printf(Locale.ROOT, "%-46s %8.1fx faster batched (turns of %d articles: %s)%n", "ratio", (double) factNanos / batchedNanos,
          BATCH, ratios.stream().map(x -> String.format(Locale.ROOT, "%.1f", x)).toList());
      out.flush();
      return 0.0;
    }));
  }

  /** Writes the records {@value #BATCH} articles a transaction. */
  static void writeInBatches(GraphWriter writer, List<GraphWriter.Item> items) {
    for (int i = 0; i < items.size(); i += BATCH) {
      writer.writeBatch(items.subList(i, Math.min(items.size(), i + BATCH)));
    }
  }

  static GraphWriter.Item item(CorpusGenerator generator, int i) {
    CorpusGenerator.Generated g = generator.article(i);
    return new GraphWriter.Item(g.article(), g.extraction());
  }

  /**
   * The whole import (reading, extraction, writing) of article files: {@code articles} synthetic
   * ones, or, when {@code real} is given, copies of those real articles (each copy's text varied
   * by a closing line, so that none is an unchanged article), with one extraction thread and
   * with one per core, each into a fresh store, after a warm-up import of a few of them; rates,
   * peak heap, and whether the graphs match.
   */
  void importCorpus(int articles, List<Path> real, Extractor extractor) {
    Path dir = tempDir("diplograph-corpus");
    try {
      String what = real == null ? "synthetic" : "real";
      if (real == null) {
        CorpusGenerator generator = new CorpusGenerator(1);
        for (int i = 0; i < articles; i++) {
          Files.writeString(dir.resolve(String.format(Locale.ROOT, "synthetic-%06d.txt", i)), generator.fileText(i));
        }
      } else {
        List<org.diplograph.article.Article> given = new org.diplograph.article.ArticleReader().readAll(real).stream()
            .filter(org.diplograph.article.ArticleReader.Result::ok).map(org.diplograph.article.ArticleReader.Result::article).toList();
        if (given.isEmpty()) {
          throw new org.diplograph.DiplographException.BadInput("no article to import in " + real);
        }
        for (int i = 0; i < articles; i++) {
          Files.writeString(dir.resolve(String.format(Locale.ROOT, "real-%06d.txt", i)), copy(given.get(i % given.size()),
              i / given.size()));
        }
      }
      extractor.warmUp();
      Path warm = Files.createDirectories(dir.resolve("warm-up"));
      try (var files = Files.list(dir)) { // code compiled and plans made on a few of them, in a store of their own
        for (Path f : files.filter(Files::isRegularFile).sorted().limit(WARM_UP / 4).toList()) {
          Files.copy(f, warm.resolve(f.getFileName()));
        }
      }
      inStore(graph -> {
        new Importer(graph, extractor).importPaths(List.of(warm), p -> { });
        return 0.0;
      });
      delete(warm);
      int cores = Runtime.getRuntime().availableProcessors();
      List<String> graphs = new ArrayList<>();
      for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
        DiplographProperties.Import settings = new DiplographProperties.Import();
        settings.setThreads(threads);
        inStore(graph -> {
          System.gc();
          BenchCommand.resetPeaks();
          long start = System.nanoTime();
          Summary s = new Importer(graph, extractor, new DiplographProperties.Limits(), settings).importPaths(List.of(dir), p -> { });
          double seconds = (System.nanoTime() - start) / 1e9;
          graphs.add(new java.util.TreeMap<>(graph.stats()).toString());
          out.printf(Locale.ROOT, "import of %d %s articles, %d extraction thread%s: %.1f articles/s, peak heap %d MB, imported %d,"
              + " unchanged %d, failed %d; %s%n", articles, what, threads, threads == 1 ? "" : "s", articles / seconds,
              BenchCommand.peakHeapMb(), s.imported(), s.unchanged(), s.failures().size(), counts(graph));
          out.flush();
          return 0.0;
        });
      }
      out.println(graphs.stream().distinct().count() == 1 ? "counts per label and type identical for every thread count"
          : "counts DIFFER between thread counts: " + graphs);
      out.flush();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } finally {
      delete(dir);
    }
  }

  /** A real article as a text file, its {@code n}-th copy varied by a closing line and its url (the first is as it was). */
  private static String copy(org.diplograph.article.Article a, int n) {
    return n == 0 ? a.fileText() : org.diplograph.article.Article.of(a.name(), a.file(),
        a.text() + "\n\n(Copy " + n + " of this report.)", a.title(), a.url() == null ? null : a.url() + "#copy-" + n,
        a.source(), a.published()).fileText();
  }

  /**
   * Four importers at once, each on its own quarter of a synthetic corpus, against one embedded
   * server; then one serial import of the same files in another store: rates, errors, and
   * whether the two graphs have the same counts.
   */
  void load(int articles, Extractor extractor) {
    int importers = 4;
    Path dir = tempDir("diplograph-load");
    try {
      CorpusGenerator generator = new CorpusGenerator(1);
      List<Path> parts = new ArrayList<>();
      for (int p = 0; p < importers; p++) {
        parts.add(Files.createDirectories(dir.resolve("part-" + p)));
      }
      for (int i = 0; i < articles; i++) {
        Files.writeString(parts.get(i % importers).resolve(String.format(Locale.ROOT, "synthetic-%06d.txt", i)),
            generator.fileText(i));
      }
      extractor.warmUp();
      List<Map<String, Long>> graphs = new ArrayList<>(); // concurrent, then serial
      inStore(graph -> {
        long start = System.nanoTime();
        List<java.util.concurrent.CompletableFuture<Summary>> runs = parts.stream()
            .map(part -> java.util.concurrent.CompletableFuture.supplyAsync(
                () -> new Importer(graph, extractor).importPaths(List.of(part), p -> { }), runner(importers)))
            .toList();
        List<Summary> done = runs.stream().map(java.util.concurrent.CompletableFuture::join).toList();
        double rate = articles / ((System.nanoTime() - start) / 1e9);
        int failed = done.stream().mapToInt(x -> x.failures().size()).sum();
        int imported = done.stream().mapToInt(Summary::imported).sum();
        graphs.add(graph.stats());
        out.printf(Locale.ROOT, "%d concurrent importers of %d articles each   %8.1f articles/s   imported %d, errors %d   %s%n",
            importers, articles / importers, rate, imported, failed, counts(graph));
        out.flush();
        return rate;
      });
      inStore(graph -> {
        long start = System.nanoTime();
        Summary s = new Importer(graph, extractor).importPaths(parts, p -> { });
        double rate = articles / ((System.nanoTime() - start) / 1e9);
        graphs.add(graph.stats());
        out.printf(Locale.ROOT, "one serial import of the same files (expected)  %8.1f articles/s   imported %d, errors %d   %s%n",
            rate, s.imported(), s.failures().size(), counts(graph));
        out.flush();
        return rate;
      });
      // which meetings a day apart become one depends on the order articles arrive in (A, B, C on
      // three days: B first takes both others, A first leaves C apart), so meeting counts may differ
      Map<String, Long> concurrent = new java.util.TreeMap<>(graphs.get(0));
      Map<String, Long> serial = new java.util.TreeMap<>(graphs.get(1));
      List<String> byArrival = List.of("Meeting", "PARTICIPATED_IN", "DISCUSSED", "REFERS_TO", "HELD_IN");
      Map<String, String> meetings = new java.util.TreeMap<>();
      for (String key : byArrival) {
        meetings.put(key, concurrent.remove(key) + " vs " + serial.remove(key));
      }
      out.println("counts of every other label and type " + (concurrent.equals(serial) ? "match: " + concurrent
          : "DIFFER: " + concurrent + " vs " + serial));
      out.println("meetings and their edges, concurrent vs serial (merges of meetings a day apart follow arrival order): "
          + meetings);
      out.flush();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } finally {
      delete(dir);
    }
  }

  private static java.util.concurrent.Executor runner(int threads) {
    return java.util.concurrent.Executors.newFixedThreadPool(threads,
        org.diplograph.importing.ExtractionStream.daemon("diplograph-importer"));
  }

  static String counts(Graph graph) {
    Map<String, Long> stats = graph.stats();
    long nodes = 0;
    long relationships = 0;
    for (var e : stats.entrySet()) {
      if (Character.isUpperCase(e.getKey().charAt(1))) {
        relationships += e.getValue(); // relationship types are upper case
      } else {
        nodes += e.getValue();
      }
    }
    return nodes + " nodes, " + relationships + " relationships";
  }

  private static double inStore(java.util.function.ToDoubleFunction<Graph> work) {
    Path home = tempDir("diplograph-bench");
    try (Graph graph = openStore(home)) {
      return work.applyAsDouble(graph);
    } finally {
      delete(home);
    }
  }

  /** An embedded store of its own in {@code home}, on free ports. */
  static Graph openStore(Path home) {
    DiplographProperties.Neo4j config = new DiplographProperties().getNeo4j();
    config.setHome(home);
    config.setBoltPort(freePort());
    config.setHttpPort(freePort());
    config.setGuidePort(freePort());
    return Graph.open(config);
  }

  static Path tempDir(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static void delete(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind is harmless
    }
  }
}
