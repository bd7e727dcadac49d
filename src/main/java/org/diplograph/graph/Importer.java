package org.diplograph.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.diplograph.article.ArticleReader;
import org.diplograph.config.DiplographProperties;
import org.diplograph.extract.Extraction;
import org.diplograph.extract.Extractor;

/**
 * Files into the graph: read, extract, write, one transaction per article. A file that fails is
 * reported with its reason and the batch goes on; nothing of it stays in the graph.
 */
public final class Importer {

  /** A file that could not be imported, and why. */
  public record Failure(String file, String reason) {}

  /** What an import did. */
  public record Summary(int read, int imported, int unchanged, List<Failure> failures, long nodesCreated,
      long relationshipsCreated) {

    public Summary {
      failures = List.copyOf(failures);
    }

    /** 0 when every file was imported or unchanged, 3 when some failed, 1 when all did (or none was found). */
    public int exitCode() {
      if (failures.isEmpty()) {
        return read == 0 ? 1 : 0;
      }
      return failures.size() == read ? 1 : 3;
    }

    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      failures.forEach(f -> lines.add("failed " + f.file() + ": " + f.reason()));
      lines.add("articles read " + read + ", imported " + imported + ", unchanged " + unchanged + ", failed "
          + failures.size());
      lines.add("nodes created " + nodesCreated + ", relationships created " + relationshipsCreated);
      return lines;
    }
  }

  private final GraphWriter writer;
  private final Extractor extractor;
  private final DiplographProperties.Limits limits;

  public Importer(Graph graph, Extractor extractor) {
    this(graph, extractor, new DiplographProperties.Limits());
  }

  public Importer(Graph graph, Extractor extractor, DiplographProperties.Limits limits) {
    this.writer = new GraphWriter(graph.driver());
    this.extractor = extractor;
    this.limits = limits;
  }

  /** The extraction of one article within the size and time limits; a limit hit is a failure that names it. */
  private Extraction extractWithinLimits(org.diplograph.article.Article article) {
    if (article.text().length() > limits.getMaxChars()) {
      throw new IllegalArgumentException("article of " + article.text().length() + " characters is over the limit of "
          + limits.getMaxChars() + " (limits.max-chars)");
    }
    java.util.concurrent.FutureTask<Extraction> task = new java.util.concurrent.FutureTask<>(() -> extractor.extract(article));
    Thread worker = new Thread(task, "extract " + article.name());
    worker.setDaemon(true);
    worker.start();
    try {
      return task.get(limits.getExtractSeconds(), java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      task.cancel(true);
      throw new IllegalStateException("extraction took longer than " + limits.getExtractSeconds()
          + " s (limits.extract-seconds)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    }
  }

  private static final int BATCH = 100;
  private static final int QUEUE = 64;

  private record Extracted(ArticleReader.Result result, Extraction extraction, String error, int filesDone) {}

  /**
   * Imports every article under the paths. One thread reads and extracts, file by file, into a
   * bounded queue (so memory stays bounded whatever the corpus); this thread writes what is
   * waiting in batches of up to {@value #BATCH} articles, one transaction each. A batch that fails
   * is written again article by article, so one bad article fails alone.
   */
  public Summary importPaths(List<Path> paths, Consumer<Progress> progress) {
    ArticleReader reader = new ArticleReader();
    List<Path> files = reader.files(paths);
    java.util.concurrent.BlockingQueue<Extracted> queue = new java.util.concurrent.ArrayBlockingQueue<>(QUEUE);
    Extracted end = new Extracted(null, null, null, -1);
    Thread producer = new Thread(() -> {
      try {
        for (int f = 0; f < files.size(); f++) {
          for (ArticleReader.Result r : reader.readFile(files.get(f))) {
            queue.put(extractOne(r, f + 1));
          }
          queue.put(new Extracted(null, null, null, f + 1));
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
    }, "diplograph-extract");
    producer.setDaemon(true);
    producer.start();

    Tally tally = new Tally();
    long start = System.nanoTime();
    try {
      List<Extracted> batch = new ArrayList<>();
      while (true) {
        Extracted next = queue.take();
        if (next == end) {
          break;
        }
        if (next.result() == null) { // a file is done
          write(batch, tally);
          batch.clear();
          progress.accept(new Progress(next.filesDone(), files.size(), tally.read, (System.nanoTime() - start) / 1e9));
          continue;
        }
        tally.read++;
        if (next.error() != null) {
          tally.failures.add(new Failure(next.result().article() == null ? next.result().path().toString()
              : next.result().article().file(), next.error()));
          continue;
        }
        batch.add(next);
        if (batch.size() >= BATCH || queue.isEmpty()) {
          write(batch, tally);
          batch.clear();
        }
      }
      write(batch, tally);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      producer.interrupt();
    }
    return new Summary(tally.read, tally.imported, tally.unchanged, tally.failures, tally.nodes, tally.relationships);
  }

  private static final class Tally {
    int read;
    int imported;
    int unchanged;
    long nodes;
    long relationships;
    final List<Failure> failures = new ArrayList<>();
  }

  private Extracted extractOne(ArticleReader.Result r, int filesDone) {
    if (!r.ok()) {
      return new Extracted(r, null, r.error().replaceFirst("^" + java.util.regex.Pattern.quote(r.path().toString()) + "[:#0-9]*: ", ""),
          filesDone);
    }
    try {
      return new Extracted(r, extractWithinLimits(r.article()), null, filesDone);
    } catch (RuntimeException e) {
      return new Extracted(r, null, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse(""),
          filesDone);
    }
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
        Extracted x = batch.get(0);
        tally.failures.add(new Failure(x.result().article().file(), batchFailed.getMessage() == null
            ? batchFailed.getClass().getSimpleName() : batchFailed.getMessage().lines().findFirst().orElse("")));
        return;
      }
      for (Extracted x : batch) {
        write(List.of(x), tally);
      }
    }
  }

  /** How far an import has got: files done of all files, articles read, seconds since the start. */
  public record Progress(int filesDone, int files, int articles, double seconds) {
    public double articlesPerSecond() {
      return seconds == 0 ? 0 : articles / seconds;
    }

    /** Seconds left at the current rate, by files. */
    public double secondsLeft() {
      return filesDone == 0 ? 0 : seconds / filesDone * (files - filesDone);
    }
  }
}
