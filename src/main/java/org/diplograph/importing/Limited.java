package org.diplograph.importing;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.diplograph.article.Article;
import org.diplograph.config.DiplographProperties;
import org.diplograph.extract.Extraction;
import org.diplograph.extract.Extractor;

/** Extraction within the size and time limits ({@code limits.*}); a limit hit is a failure that names it. */
final class Limited {

  private Limited() {}

  static Extraction extract(Extractor extractor, Article article, DiplographProperties.Limits limits) {
    if (article.text().length() > limits.getMaxChars()) {
      throw new IllegalArgumentException("article of " + article.text().length() + " characters is over the limit of "
          + limits.getMaxChars() + " (limits.max-chars)");
    }
    // on a thread of its own: CoreNLP does not heed interrupts, so a runaway extraction is left to end by itself
    FutureTask<Extraction> task = new FutureTask<>(() -> extractor.extract(article));
    Thread worker = new Thread(task, "extract " + article.name());
    worker.setDaemon(true);
    worker.start();
    try {
      return task.get(limits.getExtractSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw new IllegalStateException("extraction took longer than " + limits.getExtractSeconds()
          + " s (limits.extract-seconds)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    }
  }
}
