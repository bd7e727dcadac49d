package org.diplograph.cli;

import java.util.concurrent.Callable;
import org.diplograph.DiplographException;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: with no subcommand it imports the seeds, exports Turtle and serves. */
@Component
@Command(
    name = "diplograph",
    mixinStandardHelpOptions = true,
    version = "Diplograph 0.1.0",
    description = "Turns diplomatic news into a knowledge graph in Neo4j and RDF.",
    subcommands = {ServeCommand.class, ImportCommand.class, RemoveCommand.class, UnmergeCommand.class, ExtractCommand.class, ExportCommand.class, StatsCommand.class, EvaluateCommand.class, TrainCommand.class, CommandLine.HelpCommand.class},
    footerHeading = "%nConfiguration (any command):%n",
    footer = {
        "  --neo4j.uri=bolt://host:7687   use an existing Neo4j instead of the embedded one",
        "  --neo4j.username=NAME --neo4j.password=SECRET   or NEO4J_USERNAME / NEO4J_PASSWORD",
        "  --neo4j.home=DIR               embedded store (default data/neo4j)",
        "  --neo4j.bolt-port=N --neo4j.http-port=N --neo4j.listen-address=ADDR",
        "  --rdf.base=IRI                 base of exported IRIs",
        "With no command: import seeds/, write out/graph.ttl, serve until Ctrl-C."})
public class DiplographCommand implements Callable<Integer> {

  private final ServeCommand serve;

  public DiplographCommand(ServeCommand serve) {
    this.serve = serve;
  }

  @Override
  public Integer call() {
    return serve.runDefault();
  }

  /** A command line that prints a fatal error as one line and exits 1 (2 for usage errors). */
  public static CommandLine commandLine(Object command, CommandLine.IFactory factory) {
    return commandLine(command, factory, java.util.List.of());
  }

  /** The same, with the commands other jars add ({@link Extension}s). */
  public static CommandLine commandLine(Object command, CommandLine.IFactory factory, java.util.List<Extension> extensions) {
    CommandLine line = new CommandLine(command, factory);
    extensions.forEach(line::addSubcommand);
    line.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("diplograph: " + message(e));
      return 1;
    });
    return line;
  }

  static String message(Throwable e) {
    if (e instanceof DiplographException) {
      return e.getMessage();
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return text.lines().findFirst().orElse(text);
  }
}
