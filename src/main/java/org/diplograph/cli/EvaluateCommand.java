package org.diplograph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.diplograph.evaluation.Report;
import org.diplograph.evaluation.Scorer;
import org.diplograph.evaluation.Training;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.Models;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Component
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Extracts every article of a gold folder (NNN.txt or NNN.html beside NNN.json) and prints",
        "precision, recall and F1 per field, the way the evaluation's score.py does.",
        "With --folds K the learned decisions are cross-validated: each of K folds of the articles is",
        "decided by models trained on the other K-1 folds, so no article is scored by a model that saw it."})
class EvaluateCommand implements Callable<Integer> {

  private final Extractor extractor;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder of gold records and their articles.")
  Path gold;

  @Option(names = "--verbose", description = "Also list, per article, what was missed and what was spurious.")
  boolean verbose;

  @Option(names = "--out", paramLabel = "DIR", description = "Also write the predicted records there (with --folds: each decided by its fold's models).")
  Path out;

  @Option(names = "--folds", paramLabel = "K", description = "Cross-validate the learned decisions over K folds (2 or more).")
  Integer folds;

  @Option(names = "--repeats", paramLabel = "N", defaultValue = "1",
      description = "With --folds: repeat the cross-validation with N different fold assignments and pool the counts.")
  int repeats;

  @Option(names = "--candidates", paramLabel = "FILE",
      description = "Write every candidate as a JSON line (key, gold label, probability, features); with --folds the probability is the held-out fold's.")
  Path candidates;

  EvaluateCommand(Extractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public Integer call() throws IOException {
    if (folds != null && folds < 2) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--folds needs 2 or more, not " + folds);
    }
    List<Training.Item> items = Training.analyse(gold, extractor, spec.commandLine().getErr()::println);
    Scorer scorer;
    Map<String, JsonNode> records = out == null ? null : new LinkedHashMap<>();
    if (folds != null) {
      List<String> dump = candidates == null ? null : new java.util.ArrayList<>();
      scorer = new Scorer();
      for (int seed = 0; seed < repeats; seed++) {
        Training.crossValidate(extractor, items, folds, seed, scorer, dump == null ? null : dump::add, records);
      }
      if (dump != null) {
        Files.write(candidates, dump);
      }
      spec.commandLine().getOut().println("cross-validated over " + folds + " folds of " + items.size() + " articles"
          + (repeats > 1 ? ", " + repeats + " times with other folds (the figures pool all runs)" : ""));
    } else {
      List<String> dump = candidates == null ? null : new java.util.ArrayList<>();
      scorer = Training.score(extractor, items, Models.shipped(), records, dump == null ? null : dump::add);
      if (dump != null) {
        Files.write(candidates, dump);
      }
    }
    if (out != null) {
      Files.createDirectories(out);
      for (Map.Entry<String, JsonNode> r : records.entrySet()) {
        Files.writeString(out.resolve(r.getKey() + ".json"), r.getValue().toPrettyString());
      }
    }
    Report.lines(scorer, verbose).forEach(spec.commandLine().getOut()::println);
    return 0;
  }
}
