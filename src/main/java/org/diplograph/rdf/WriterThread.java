package org.diplograph.rdf;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes RDF on a thread of its own: the threads that read the graph each get a
 * {@link #producer} and hand it what they map, in chunks, so reading over Bolt and formatting
 * RDF run at once instead of taking turns. At most {@value #QUEUE} chunks wait, so memory stays
 * flat. A failure of the writer (a full disk) reaches the readers at their next chunk;
 * {@link #close} ends the thread whatever happened.
 */
final class WriterThread implements AutoCloseable {

  private static final int CHUNK = 4096;
  private static final int QUEUE = 8;
  /** Ends the queue. */
  private static final Object[] END = new Object[0];

  private record Prefix(String prefix, String iri) {}

  private final StreamRDF target;
  private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(QUEUE);
  private final Thread thread;
  private volatile RuntimeException failure;
  private boolean ended;

  /** Starts {@code target} and the thread that writes to it. */
  WriterThread(StreamRDF target) {
    this.target = target;
    this.thread = new Thread(this::drain, "diplograph-rdf-writer");
    thread.setDaemon(true);
    target.start();
    thread.start();
  }

  /**
   * A sink for one reading thread: what it receives goes to the writer in order, a chunk at a
   * time, the last one at its {@code finish}.
   */
  StreamRDF producer() {
    return new StreamRDFBase() {
      private Object[] chunk = new Object[CHUNK];
      private int size;

      @Override
      public void triple(Triple triple) {
        add(triple);
      }

      @Override
      public void quad(Quad quad) {
        add(quad);
      }

      @Override
      public void prefix(String prefix, String iri) {
        add(new Prefix(prefix, iri));
      }

      @Override
      public void finish() {
        if (size > 0) {
          hand(java.util.Arrays.copyOf(chunk, size));
          size = 0;
        }
      }

      private void add(Object item) {
        chunk[size++] = item;
        if (size == CHUNK) {
          hand(chunk);
          chunk = new Object[CHUNK];
          size = 0;
        }
      }
    };
  }

  /** Waits until everything handed over is written, then finishes the target sink. */
  void finish() {
    end();
    if (failure != null) {
      throw failure;
    }
    target.finish();
  }

  /** Ends the writer thread (after {@link #finish}, or on a failure of the reading side). */
  @Override
  public void close() {
    end();
  }

  private void hand(Object[] items) {
    if (failure != null) {
      throw failure;
    }
    put(items);
  }

  private void end() {
    if (ended) {
      return;
    }
    ended = true;
    put(END);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the RDF writer finished", e);
    }
  }

  private void put(Object[] items) {
    try {
      queue.put(items);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing RDF", e);
    }
  }

  /** The writer thread: writes chunk after chunk; after a failure it keeps taking them, so no reader waits for it. */
  private void drain() {
    try {
      for (Object[] items = queue.take(); items != END; items = queue.take()) {
        if (failure == null) {
          write(items);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void write(Object[] items) {
    try {
      for (Object item : items) {
        if (item instanceof Triple t) {
          target.triple(t);
        } else if (item instanceof Quad q) {
          target.quad(q);
        } else if (item instanceof Prefix p) {
          target.prefix(p.prefix(), p.iri());
        }
      }
    } catch (RuntimeException e) {
      failure = e;
    } catch (Error e) {
      failure = new IllegalStateException("the RDF writer failed: " + e, e);
    }
  }
}
