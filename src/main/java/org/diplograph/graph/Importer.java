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

  /** Imports every article under the paths, reading one file at a time; {@code progress} hears each file done. */
  public Summary importPaths(List<Path> paths, Consumer<Progress> progress) {
    ArticleReader reader = new ArticleReader();
    List<Path> files = reader.files(paths);
    int read = 0;
    int imported = 0;
    int unchanged = 0;
    long nodes = 0;
    long relationships = 0;
    List<Failure> failures = new ArrayList<>();
    long start = System.nanoTime();
    for (int f = 0; f < files.size(); f++) {
      for (ArticleReader.Result r : reader.readFile(files.get(f))) {
        read++;
        if (!r.ok()) {
          failures.add(new Failure(r.path().toString(), r.error().replaceFirst("^" + java.util.regex.Pattern.quote(r.path().toString()) + "[:#0-9]*: ", "")));
          continue;
        }
        try {
          Extraction extraction = extractWithinLimits(r.article());
          GraphWriter.Outcome outcome = writer.write(r.article(), extraction);
          if (outcome.unchanged()) {
            unchanged++;
          } else {
            imported++;
            nodes += outcome.nodesCreated();
            relationships += outcome.relationshipsCreated();
          }
        } catch (RuntimeException e) {
          failures.add(new Failure(r.article().file(), e.getMessage() == null ? e.getClass().getSimpleName()
              : e.getMessage().lines().findFirst().orElse("")));
        }
      }
      progress.accept(new Progress(f + 1, files.size(), read, (System.nanoTime() - start) / 1e9));
    }
    return new Summary(read, imported, unchanged, failures, nodes, relationships);
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
