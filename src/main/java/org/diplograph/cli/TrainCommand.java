package org.diplograph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Trains the extractor's learned decisions (meetings, positions, affiliations, topics, organisations) on gold folders",
        "and writes one model per decision as a TSV of feature weights. The same folders give the",
        "same models. Run it after changing a rule file, then rebuild the jar."})
class TrainCommand implements Callable<Integer> {

  private final Extractor extractor;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "GOLD_DIR", description = "Folders of gold records and their articles.")
  List<Path> golds;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "src/main/resources/extract/models",
      description = "Where the models go (default: ${DEFAULT-VALUE}, the ones the jar ships).")
  Path out;

  TrainCommand(Extractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public Integer call() throws IOException {
    List<Training.Item> items = new java.util.ArrayList<>();
    for (Path gold : golds) {
      items.addAll(Training.analyse(gold, extractor, spec.commandLine().getErr()::println));
    }
    Models models = Training.train(extractor, items);
    models.write(out);
    spec.commandLine().getOut().println("trained on " + items.size() + " articles -> " + out);
    return 0;
  }
}
