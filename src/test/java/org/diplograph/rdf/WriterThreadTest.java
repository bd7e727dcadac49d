package org.diplograph.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.junit.jupiter.api.Test;

/** The export's writer thread: everything handed over is written, in order per reader, and a failure stops the readers. */
class WriterThreadTest {

  private static Triple triple(String reader, int i) {
    return Triple.create(NodeFactory.createURI("urn:" + reader + ":" + i), NodeFactory.createURI("urn:p"),
        NodeFactory.createLiteralString(String.valueOf(i)));
  }

  @Test
  void everyStatementOfEveryReaderIsWrittenAndEachReaderKeepsItsOrder() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int each = 20_000; // several chunks per reader, more than the queue holds
    try (WriterThread writer = new WriterThread(StreamRDFWriter.getWriterStream(bytes, RDFFormat.NTRIPLES))) {
      List<CompletableFuture<Void>> readers = new ArrayList<>();
      for (String reader : List.of("a", "b", "c")) {
        readers.add(CompletableFuture.runAsync(() -> {
          StreamRDF sink = writer.producer();
          for (int i = 0; i < each; i++) {
            sink.triple(triple(reader, i));
          }
          sink.finish();
        }));
      }
      readers.forEach(CompletableFuture::join);
      writer.finish();
    }
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(3 * each);
    for (String reader : List.of("a", "b", "c")) {
      List<String> own = java.util.Arrays.stream(lines).filter(l -> l.startsWith("<urn:" + reader + ":")).toList();
      assertThat(own).hasSize(each);
      for (int i = 0; i < each; i++) {
        assertThat(own.get(i)).startsWith("<urn:" + reader + ":" + i + "> ");
      }
    }
  }

  @Test
  void aFailingOutputStopsTheReaderWithItsErrorAndEndsTheThread() {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    WriterThread writer = new WriterThread(StreamRDFWriter.getWriterStream(full, RDFFormat.NTRIPLES));
    StreamRDF sink = writer.producer();
    assertThatThrownBy(() -> {
      for (int i = 0; i < 1_000_000; i++) {
        sink.triple(triple("a", i));
      }
      sink.finish();
      writer.finish();
    }).hasStackTraceContaining("No space left on device");
    writer.close(); // returns: the thread has ended
  }

  @Test
  void aReaderThatFailsLeavesNoThreadBehind() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Thread[] thread = new Thread[1];
    assertThatThrownBy(() -> {
      try (WriterThread writer = new WriterThread(StreamRDFWriter.getWriterStream(bytes, RDFFormat.NTRIPLES))) {
        thread[0] = Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().equals("diplograph-rdf-writer")).findFirst().orElseThrow();
        writer.producer().triple(triple("a", 1));
        throw new IllegalStateException("the server went away");
      }
    }).hasMessage("the server went away");
    assertThat(thread[0].isAlive()).isFalse();
  }
}
