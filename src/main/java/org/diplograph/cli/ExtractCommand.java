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
    description = "Writes one extraction record per article (the evaluation schema's JSON) without touching any graph.")
class ExtractCommand implements Callable<Integer> {

  private final Extractor extractor;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (.txt, .html).")
  List<Path> paths;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Folder for DIR/<file name>.json, or - for JSON lines on stdout.")
  String out;

  ExtractCommand(Extractor extractor) {
    this.extractor = extractor;
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
    for (ArticleReader.Result r : new ArticleReader().readAll(paths)) {
      if (!r.ok()) {
        err.println("failed " + r.error());
        failed++;
        continue;
      }
      try {
        Extraction e = extractor.extract(r.article());
        if (stdout) {
          console.println(ExtractionJson.line(e));
          console.flush();
        } else {
          Files.writeString(dir.resolve(r.article().name() + ".json"), ExtractionJson.pretty(e));
        }
        written++;
      } catch (IOException | RuntimeException e) {
        err.println("failed " + r.path() + ": " + DiplographCommand.message(e));
        failed++;
      }
    }
    if (!stdout) {
      console.println("extracted " + written + ", failed " + failed + " -> " + dir);
    }
    return failed == 0 ? 0 : written == 0 ? 1 : 3;
  }
}
