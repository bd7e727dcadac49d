package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplograph.DiplographException;
import org.diplograph.article.ArticleReader;
import org.diplograph.extract.ExtractionJson;
import org.diplograph.extract.Extractor;
import org.diplograph.importing.ExtractionStream;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Component
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Writes one extraction record per article (the evaluation schema's JSON) without touching any graph;"
        + " import.threads workers, records in the order read, each article bounded by limits.* as in import.")
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
    List<Path> files = new ArticleReader().files(paths);
    try (ExtractionStream stream = new ExtractionStream(files, extractor, properties.getLimits(),
        properties.getImport().getThreads())) {
      for (ExtractionStream.Item item = stream.next(); !(item instanceof ExtractionStream.End); item = stream.next()) {
        if (!(item instanceof ExtractionStream.Extracted x)) {
          continue; // the end of a file
        }
        if (x.error() != null) {
          err.println("failed " + x.result().path() + ": " + x.error());
          failed++;
          continue;
        }
        try {
          if (stdout) {
            console.println(ExtractionJson.line(x.extraction()));
            console.flush();
          } else {
            Files.writeString(dir.resolve(x.result().article().name() + ".json"), ExtractionJson.pretty(x.extraction()));
          }
          written++;
        } catch (IOException | RuntimeException e) {
          err.println("failed " + x.result().path() + ": " + DiplographCommand.message(e));
          failed++;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    if (!stdout) {
      console.println("extracted " + written + ", failed " + failed + " -> " + dir);
    }
    return failed == 0 ? 0 : written == 0 ? 1 : 3;
  }
}
