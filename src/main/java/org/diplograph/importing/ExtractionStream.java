package org.diplograph.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.diplograph.article.ArticleReader;
import org.diplograph.config.DiplographProperties;
import org.diplograph.extract.Extraction;
import org.diplograph.extract.Extractor;

/**
 * Files read in order and extracted in parallel, handed back in the order read: one thread reads
 * the files and gives each article to a pool of extraction workers (each bounded by {@code
 * limits.*}); their results wait in a bounded queue, so memory stays bounded whatever the corpus.
 * What {@code import} writes and what {@code extract} prints come from here, so both see the
 * articles in the same order whatever the thread count.
 */
public final class ExtractionStream implements AutoCloseable {

  /** What the stream hands back, in the order read. */
  public sealed interface Item {}

  /**
   * An article read and extracted, or why not ({@code error} without the file's name, which
   * {@code result.path()} gives).
   */
  public record Extracted(ArticleReader.Result result, Extraction extraction, String error) implements Item {}

  /** The end of the {@code filesDone}-th file. */
  public record FileDone(int filesDone) implements Item {}

  /** The end of the stream. */
  public record End() implements Item {}

  /** How many extracted articles may wait, per extraction worker. */
  private static final int WAITING_PER_THREAD = 32;

  private final BlockingQueue<Future<Item>> queue;
  private final ExecutorService workers;
  private final Thread reader;
  private Future<Item> pending;

  /** Starts reading and extracting the files. */
  public ExtractionStream(List<Path> files, Extractor extractor, DiplographProperties.Limits limits, int threads) {
    int n = Math.max(1, threads);
    queue = new ArrayBlockingQueue<>(WAITING_PER_THREAD * n);
    workers = Executors.newFixedThreadPool(n, daemon("diplograph-extract"));
    ArticleReader articles = new ArticleReader();
    reader = daemon("diplograph-read").newThread(() -> {
      try {
        for (int f = 0; f < files.size(); f++) {
          for (ArticleReader.Result r : articles.readFile(files.get(f))) {
            queue.put(workers.submit(() -> extract(extractor, limits, r)));
          }
          queue.put(CompletableFuture.completedFuture(new FileDone(f + 1)));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        try {
          queue.put(CompletableFuture.completedFuture(new End()));
        } catch (InterruptedException ignored) {
          Thread.currentThread().interrupt();
        }
      }
    });
    reader.start();
  }

  /** The next item, waiting as long as it takes. */
  public Item next() throws InterruptedException {
    return next(Long.MAX_VALUE);
  }

  /** The next item, or null when none is ready within the time (ask again: nothing is lost). */
  public Item next(long millis) throws InterruptedException {
    try {
      if (pending == null) {
        pending = millis == Long.MAX_VALUE ? queue.take() : queue.poll(millis, TimeUnit.MILLISECONDS);
        if (pending == null) {
          return null;
        }
      }
      Item item = millis == Long.MAX_VALUE ? pending.get() : pending.get(millis, TimeUnit.MILLISECONDS);
      pending = null;
      return item;
    } catch (TimeoutException slow) {
      return null;
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction worker failed", e.getCause());
    }
  }

  @Override
  public void close() {
    reader.interrupt();
    workers.shutdownNow();
  }

  /** Threads that never keep the process alive. */
  public static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  private static Item extract(Extractor extractor, DiplographProperties.Limits limits, ArticleReader.Result r) {
    if (!r.ok()) {
      return new Extracted(r, null, r.error().replaceFirst("^" + java.util.regex.Pattern.quote(r.path().toString()) + "[:#0-9]*: ", ""));
    }
    try {
      return new Extracted(r, Limited.extract(extractor, r.article(), limits), null);
    } catch (RuntimeException e) {
      return new Extracted(r, null, firstLine(e));
    }
  }

  /** The first line of an exception's message (its class when it has none). */
  static String firstLine(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
  }
}
