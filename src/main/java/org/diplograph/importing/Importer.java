package org.diplograph.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.diplograph.article.Article;
import org.diplograph.article.ArticleReader;
import org.diplograph.config.DiplographProperties;
import org.diplograph.extract.Extractor;
import org.diplograph.graph.Graph;
import org.diplograph.graph.GraphWriter;

/**
 * Files into the graph: read, extract, write. An {@link ExtractionStream} reads the files in
 * order and extracts them on {@code import.threads} workers; their results come back in the
 * order read to this thread, which writes them in batches of up to {@code import.batch-size} articles whatever
 * files they came from: a batch is written when it is full, when no article has followed for
 * {@code import.batch-millis}, and at the end. A batch that fails is written again article by
 * article, so one bad article fails alone; a file that cannot be read is reported with its
 * reason and the import goes on. Because the writer sees the articles in the order read, the
 * graph is the same whatever the thread count and however the articles are laid out in files.
 */
public final class Importer {

  /** A file that could not be imported, and why. */
  public record Failure(String file, String reason) {}

  private final GraphWriter writer;
  private final Extractor extractor;
  private final DiplographProperties.Limits limits;
  private final DiplographProperties.Import settings;

  public Importer(Graph graph, Extractor extractor) {
    this(graph, extractor, new DiplographProperties.Limits(), new DiplographProperties.Import());
  }

  public Importer(Graph graph, Extractor extractor, DiplographProperties.Limits limits) {
    this(graph, extractor, limits, new DiplographProperties.Import());
  }

  public Importer(Graph graph, Extractor extractor, DiplographProperties.Limits limits, DiplographProperties.Import settings) {
    this.writer = new GraphWriter(graph.driver());
    this.extractor = extractor;
    this.limits = limits;
    this.settings = settings;
  }

  /** Imports every article under the paths; progress is reported as files are written. */
  public Summary importPaths(List<Path> paths, Consumer<Progress> progress) {
    List<Path> files = new ArticleReader().files(paths);
    Batcher batcher = new Batcher(files.size(), progress);
    try (ExtractionStream stream = new ExtractionStream(files, extractor, limits, settings.getThreads())) {
      while (true) {
        ExtractionStream.Item next = batcher.batch.isEmpty() ? stream.next() : stream.next(batcher.millisLeft());
        if (next == null) { // nothing came in time: write what waits
          batcher.flush();
        } else if (next instanceof ExtractionStream.Extracted x) {
          batcher.add(x);
        } else if (next instanceof ExtractionStream.FileDone done) {
          batcher.fileDone(done.filesDone());
        } else {
          break;
        }
      }
      batcher.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return batcher.tally.summary();
  }

  /** The batch being gathered, what the import did so far, and the progress to report. */
  private final class Batcher {
    final List<ExtractionStream.Extracted> batch = new ArrayList<>();
    final Tally tally = new Tally();
    final int files;
    final Consumer<Progress> progress;
    final long start = System.nanoTime();
    long batchStart;
    int filesRead;
    int filesWritten;

    Batcher(int files, Consumer<Progress> progress) {
      this.files = files;
      this.progress = progress;
    }

    void fileDone(int done) {
      filesRead = done;
      if (batch.isEmpty()) {
        report();
      }
    }

    void add(ExtractionStream.Extracted x) {
      tally.read++;
      if (x.error() != null) {
        Article article = x.result().article();
        tally.failures.add(new Failure(article == null ? x.result().path().toString() : article.file(), x.error()));
        return;
      }
      if (batch.isEmpty()) {
        batchStart = System.nanoTime();
      }
      batch.add(x);
      if (batch.size() >= settings.getBatchSize()) {
        flush();
      }
    }

    long millisLeft() {
      return Math.max(0, settings.getBatchMillis() - (System.nanoTime() - batchStart) / 1_000_000);
    }

    void flush() {
      write(batch, tally);
      batch.clear();
      report();
    }

    private void report() {
      if (filesRead > filesWritten) { // once per step: the last flush after the end reports nothing new
        filesWritten = filesRead;
        progress.accept(new Progress(filesWritten, files, tally.read, (System.nanoTime() - start) / 1e9));
      }
    }
  }

  private void write(List<ExtractionStream.Extracted> batch, Tally tally) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      GraphWriter.BatchOutcome outcome = writer.writeBatch(batch.stream()
          .map(x -> new GraphWriter.Item(x.result().article(), x.extraction())).toList());
      outcome.unchanged().forEach(u -> {
        if (u) {
          tally.unchanged++;
        } else {
          tally.imported++;
        }
      });
      tally.nodes += outcome.nodesCreated();
      tally.relationships += outcome.relationshipsCreated();
    } catch (RuntimeException batchFailed) {
      if (batch.size() == 1) {
        tally.failures.add(new Failure(batch.get(0).result().article().file(), ExtractionStream.firstLine(batchFailed)));
        return;
      }
      for (ExtractionStream.Extracted x : batch) {
        write(List.of(x), tally);
      }
    }
  }

  private static final class Tally {
    int read;
    int imported;
    int unchanged;
    long nodes;
    long relationships;
    final List<Failure> failures = new ArrayList<>();

    Summary summary() {
      return new Summary(read, imported, unchanged, failures, nodes, relationships);
    }
  }
}
