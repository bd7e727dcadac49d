package org.diplograph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diplograph.DiplographException;
import org.diplograph.synthetic.CorpusGenerator;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Component
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Writes a synthetic corpus (own templates over the gazetteers) for scale tests and benchmarks.")
class GenerateCommand implements Callable<Integer>, org.diplograph.cli.Extension {

  @Spec CommandSpec spec;

  @Option(names = "--articles", required = true, paramLabel = "N", description = "How many articles.")
  int articles;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write synthetic-NNNNNN.txt into.")
  Path out;

  @Option(names = "--seed", defaultValue = "1", description = "Seed: the same seed writes the same corpus (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    CorpusGenerator generator = new CorpusGenerator(seed);
    try {
      Files.createDirectories(out);
      for (int i = 0; i < articles; i++) {
        Files.writeString(out.resolve(String.format("synthetic-%06d.txt", i)), generator.fileText(i));
      }
    } catch (IOException e) {
      throw new DiplographException.BadInput("cannot write to " + out + ": " + e.getMessage(), e);
    }
    spec.commandLine().getOut().println("wrote " + articles + " articles to " + out);
    return 0;
  }
}
