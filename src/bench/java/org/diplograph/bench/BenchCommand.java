package org.diplograph.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Consumer;
import org.diplograph.DiplographException;
import org.diplograph.article.Article;
import org.diplograph.article.ArticleReader;
import org.diplograph.extract.Extractor;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Component
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measures speed against a baseline run in the same process on the same input.",
        "extraction: Diplograph's extractor against CoreNLP's default pipeline, articles/s after warm-up.",
        "write: batched writes of --corpus synthetic extraction records against one statement per fact.",
        "import: the whole import (read, extract, write) of --corpus synthetic articles, or with --articles of those real",
        "        articles (--corpus copies of them, each varied), with 1 extraction thread and with one per core.",
        "load: four importers at once on quarters of --corpus synthetic articles against one embedded server,",
        "      then one serial import of the same files: articles/s, errors, and whether the counts match.",
        "scale: --corpus (default 100,000) synthetic extraction records written in slices of --slice: each slice's",
        "       articles/s and store size; every ready query's median latency at the first slice and at the end.",
        "export: the streaming RDF export of a synthetic graph (--corpus articles, in a temporary embedded store)",
        "        against Jena RIOT writing the same triples from an in-memory graph, triples/s and peak heap."})
class BenchCommand implements Runnable, org.diplograph.cli.Extension {

  private final Extractor extractor;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "WHAT", description = "What to measure: extraction, write, import, load, scale or export.")
  String what;

  @Option(names = "--articles", split = ",", paramLabel = "PATH", defaultValue = "seeds",
      description = "Article files or folders to run on (default: ${DEFAULT-VALUE}).")
  List<Path> articles;

  @Option(names = "--rounds", defaultValue = "3", description = "Timed passes over the articles (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--corpus", defaultValue = "10000", description = "Synthetic articles for the write, import and export benches (default: ${DEFAULT-VALUE}).")
  int corpus;

  @Option(names = "--slice", defaultValue = "10000", description = "Articles a slice of the scale bench (default: ${DEFAULT-VALUE}).")
  int slice;

  BenchCommand(Extractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public void run() {
    switch (what) {
      case "export" -> {
        new ExportBench(spec.commandLine().getOut()).run(corpus);
        return;
      }
      case "write" -> {
        new StoreBench(spec.commandLine().getOut()).write(corpus);
        return;
      }
      case "import" -> {
        var parsed = spec.commandLine().getParseResult();
        boolean real = parsed.hasMatchedOption("--articles");
        int count = !real || parsed.hasMatchedOption("--corpus") ? corpus
            : (int) new ArticleReader().readAll(articles).stream().filter(ArticleReader.Result::ok).count();
        new StoreBench(spec.commandLine().getOut()).importCorpus(count, real ? articles : null, extractor);
        return;
      }
      case "scale" -> {
        boolean given = spec.commandLine().getParseResult().hasMatchedOption("--corpus");
        new ScaleBench(spec.commandLine().getOut()).run(given ? corpus : 100_000, slice);
        return;
      }
      case "load" -> {
        new StoreBench(spec.commandLine().getOut()).load(corpus, extractor);
        return;
      }
      case "extraction" -> { }
      default -> throw new DiplographException.BadConfig("unknown benchmark '" + what
          + "': use extraction, write, import, load or export");
    }
    List<Article> input = new ArticleReader().readAll(articles).stream().filter(ArticleReader.Result::ok)
        .map(ArticleReader.Result::article).toList();
    if (input.isEmpty()) {
      throw new DiplographException.BadInput("no article to run on in " + articles);
    }
    PrintWriter out = spec.commandLine().getOut();
    long tokens = input.stream().mapToLong(a -> a.text().split("\\s+").length).sum();
    out.printf(Locale.ROOT, "input: %d articles, %d words, %d timed rounds after one warm-up round%n", input.size(), tokens, rounds);
    Result ours = measure(input, extractor::extract, extractor::warmUp);
    out.printf(Locale.ROOT, "diplograph extractor   %8.2f articles/s   peak heap %5d MB   live after full GC %5d MB%n", ours.rate,
        ours.peakMb, ours.liveMb);
    StanfordCoreNLP[] baseline = new StanfordCoreNLP[1];
    Result core = measure(input, a -> baseline[0].annotate(new Annotation(a.text())),
        () -> baseline[0] = new StanfordCoreNLP(new Properties()));
    out.printf(Locale.ROOT, "corenlp default        %8.2f articles/s   peak heap %5d MB   (%s)%n", core.rate, core.peakMb,
        baseline[0].getProperties().getProperty("annotators"));
    out.printf(Locale.ROOT, "ratio                  %8.1fx faster than CoreNLP's default pipeline%n", ours.rate / core.rate);
    out.flush();
  }

  /** {@code peakMb}: the heap pools' peaks (as lazily as the collector lets them grow); {@code liveMb}: what a full GC leaves. */
  private record Result(double rate, long peakMb, long liveMb) {}

  private Result measure(List<Article> input, Consumer<Article> work, Runnable load) {
    System.gc();
    resetPeaks();
    load.run();
    input.forEach(work); // warm-up
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      input.forEach(work);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = peakHeapMb();
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return new Result(input.size() * rounds / seconds, peak, (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
  }

  static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  static long peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024 * 1024);
  }
}
