package org.diplograph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.diplograph.DiplographException;
import org.diplograph.article.ArticleReader;
import org.diplograph.evaluation.Report;
import org.diplograph.evaluation.Scorer;
import org.diplograph.extract.ExtractionJson;
import org.diplograph.extract.Extractor;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Component
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Extracts every article of a gold folder (NNN.txt or NNN.html beside NNN.json) and prints",
        "precision, recall and F1 per field, the way the evaluation's score.py does."})
class EvaluateCommand implements Callable<Integer> {

  private final Extractor extractor;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder of gold records and their articles.")
  Path gold;

  @Option(names = "--verbose", description = "Also list, per article, what was missed and what was spurious.")
  boolean verbose;

  @Option(names = "--out", paramLabel = "DIR", description = "Also write the predicted records there.")
  Path out;

  EvaluateCommand(Extractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public Integer call() throws IOException {
    List<Path> golds;
    try (Stream<Path> files = Files.list(gold)) {
      golds = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new DiplographException.BadInput(gold + ": cannot list the gold folder: " + e.getMessage(), e);
    }
    if (golds.isEmpty()) {
      throw new DiplographException.BadInput(gold + ": no gold records (*.json)");
    }
    if (out != null) {
      Files.createDirectories(out);
    }
    ObjectMapper json = new ObjectMapper();
    Scorer scorer = new Scorer();
    ArticleReader reader = new ArticleReader();
    for (Path goldFile : golds) {
      String stem = goldFile.getFileName().toString().replaceFirst("\\.json$", "");
      JsonNode expected = json.readTree(goldFile.toFile());
      JsonNode predicted = null;
      Path article = Stream.of(".txt", ".html", ".htm").map(ext -> gold.resolve(stem + ext)).filter(Files::exists)
          .findFirst().orElse(null);
      if (article == null) {
        spec.commandLine().getErr().println("no article for " + goldFile + ": scored as an empty record");
      } else {
        try {
          predicted = ExtractionJson.toJson(extractor.extract(reader.read(article)));
          if (out != null) {
            Files.writeString(out.resolve(stem + ".json"), predicted.toPrettyString());
          }
        } catch (RuntimeException e) {
          spec.commandLine().getErr().println("failed " + article + ": " + DiplographCommand.message(e));
        }
      }
      scorer.add(stem, expected, predicted);
    }
    Report.lines(scorer, verbose).forEach(spec.commandLine().getOut()::println);
    return 0;
  }
}
