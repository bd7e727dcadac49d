package org.diplograph.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.diplograph.article.Article;
import org.diplograph.article.ArticleReader;
import org.diplograph.config.DiplographProperties;
import org.diplograph.extract.Extraction;
import org.diplograph.extract.Extractor;
import org.diplograph.graph.Graph;
import org.diplograph.graph.GraphWriter;

/**
 * Files into the graph: read, extract, write. One thread reads the files in order and hands
 * each article to a pool of {@code import.threads} extraction workers; their results come back
 * in the order read, through a bounded queue (memory stays bounded whatever the corpus), to this
 * thread, which writes them in batches of up to {@code import.batch-size} articles whatever
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

  /** How many extracted articles may wait for the writer, per extraction worker. */
  private static final int WAITING_PER_THREAD = 32;

  /** An article read and extracted (or why not), or the end of a file ({@code result} null). */
  private record Extracted(ArticleReader.Result result, Extraction extraction, String error, int filesDone) {}

  /** Imports every article under the paths; progress is reported as files are written. */
  public Summary importPaths(List<Path> paths, Consumer<Progress> progress) {
    ArticleReader reader = new ArticleReader();
    List<Path> files = reader.files(paths);
    int threads = Math.max(1, settings.getThreads());
    BlockingQueue<Future<Extracted>> queue = new ArrayBlockingQueue<>(WAITING_PER_THREAD * threads);
    ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("diplograph-extract"));
    Future<Extracted> end = CompletableFuture.completedFuture(new Extracted(null, null, null, -1));
    Thread producer = daemon("diplograph-read").newThread(() -> {
      try {
        for (int f = 0; f < files.size(); f++) {
          int filesDone = f + 1;
          for (ArticleReader.Result r : reader.readFile(files.get(f))) {
            queue.put(workers.submit(() -> extractOne(r)));
          }
          queue.put(CompletableFuture.completedFuture(new Extracted(null, null, null, filesDone)));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        try {
          queue.put(end);
        } catch (InterruptedException ignored) {
          Thread.currentThread().interrupt();
        }
      }
    });
    producer.start();
    Batcher batcher = new Batcher(files.size(), progress);
    try {
      Future<Extracted> pending = null;
      while (true) {
        if (pending == null) {
          pending = batcher.batch.isEmpty() ? queue.take() : queue.poll(batcher.millisLeft(), TimeUnit.MILLISECONDS);
        }
        if (pending == null) { // nothing came in time: write what waits
          batcher.flush();
          continue;
        }
        Extracted next;
        try {
          next = batcher.batch.isEmpty() ? pending.get() : pending.get(batcher.millisLeft(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
          batcher.flush();
          continue;
        }
        pending = null;
        if (next.filesDone() < 0) {
          break;
        }
        batcher.add(next);
      }
      batcher.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction worker failed", e.getCause());
    } finally {
      producer.interrupt();
      workers.shutdownNow();
    }
    return batcher.tally.summary();
  }

  /** The batch being gathered, what the import did so far, and the progress to report. */
  private final class Batcher {
    final List<Extracted> batch = new ArrayList<>();
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

    void add(Extracted x) {
      if (x.result() == null) { // a file is done
        filesRead = x.filesDone();
        if (batch.isEmpty()) {
          report();
        }
        return;
      }
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

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  private Extracted extractOne(ArticleReader.Result r) {
    if (!r.ok()) {
      return new Extracted(r, null, r.error().replaceFirst("^" + java.util.regex.Pattern.quote(r.path().toString()) + "[:#0-9]*: ", ""),
          0);
    }
    try {
      return new Extracted(r, Limited.extract(extractor, r.article(), limits), null, 0);
    } catch (RuntimeException e) {
      return new Extracted(r, null, firstLine(e), 0);
    }
  }

  private static String firstLine(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
  }

  private void write(List<Extracted> batch, Tally tally) {
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
        tally.failures.add(new Failure(batch.get(0).result().article().file(), firstLine(batchFailed)));
        return;
      }
      for (Extracted x : batch) {
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
