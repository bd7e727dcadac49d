package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplograph.DiplographException;
import org.diplograph.article.ArticleReader;
import org.diplograph.extract.Extraction;
import org.diplograph.extract.ExtractionJson;
import org.diplograph.extract.Extractor;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Component
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Writes one extraction record per article (the evaluation schema's JSON) without touching any graph;"
        + " import.threads workers, records in the order read.")
class ExtractCommand implements Callable<Integer> {

  private final Extractor extractor;
  private final org.diplograph.config.DiplographProperties properties;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (.txt, .html).")
  List<Path> paths;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Folder for DIR/<file name>.json, or - for JSON lines on stdout.")
  String out;

  ExtractCommand(Extractor extractor, org.diplograph.config.DiplographProperties properties) {
    this.extractor = extractor;
    this.properties = properties;
  }

  @Override
  public Integer call() {
    boolean stdout = out.equals("-");
    Path dir = stdout ? null : Path.of(out);
    if (dir != null) {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new DiplographException.BadInput("cannot create " + dir + ": " + e.getMessage(), e);
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter console = spec.commandLine().getOut();
    int written = 0;
    int failed = 0;
    int threads = Math.max(1, properties.getImport().getThreads());
    java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "diplograph-extract");
      t.setDaemon(true);
      return t;
    });
    try {
      // extracted by the workers, written in the order read; a window of futures keeps memory bounded
      java.util.ArrayDeque<java.util.Map.Entry<ArticleReader.Result, java.util.concurrent.Future<Extraction>>> window =
          new java.util.ArrayDeque<>();
      java.util.Iterator<ArticleReader.Result> results = new ArticleReader().readAll(paths).iterator();
      while (results.hasNext() || !window.isEmpty()) {
        while (results.hasNext() && window.size() < 4 * threads) {
          ArticleReader.Result r = results.next();
          window.add(java.util.Map.entry(r, r.ok() ? workers.submit(() -> extractor.extract(r.article()))
              : java.util.concurrent.CompletableFuture.completedFuture(null)));
        }
        var next = window.poll();
        ArticleReader.Result r = next.getKey();
        if (!r.ok()) {
          err.println("failed " + r.error());
          failed++;
          continue;
        }
        try {
          Extraction e = next.getValue().get();
          if (stdout) {
            console.println(ExtractionJson.line(e));
            console.flush();
          } else {
            Files.writeString(dir.resolve(r.article().name() + ".json"), ExtractionJson.pretty(e));
          }
          written++;
        } catch (java.util.concurrent.ExecutionException e) {
          err.println("failed " + r.path() + ": " + DiplographCommand.message(e.getCause()));
          failed++;
        } catch (IOException | RuntimeException e) {
          err.println("failed " + r.path() + ": " + DiplographCommand.message(e));
          failed++;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
    } finally {
      workers.shutdownNow();
    }
    if (!stdout) {
      console.println("extracted " + written + ", failed " + failed + " -> " + dir);
    }
    return failed == 0 ? 0 : written == 0 ? 1 : 3;
  }
}
