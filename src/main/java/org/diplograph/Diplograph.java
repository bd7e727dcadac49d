package org.diplograph;

import java.util.Arrays;
import org.diplograph.cli.DiplographCommand;
import org.diplograph.cli.Extension;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.neo4j.Neo4jAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * Entry point: Spring Boot binds the configuration ({@code --neo4j.uri=...} style arguments),
 * picocli runs the command named by the other arguments.
 */
@SpringBootApplication(exclude = Neo4jAutoConfiguration.class)
@ConfigurationPropertiesScan
public class Diplograph implements CommandLineRunner, ExitCodeGenerator {

  private final DiplographCommand command;
  private final CommandLine.IFactory factory;
  private final java.util.List<Extension> extensions;
  private int exitCode;

  public Diplograph(DiplographCommand command, CommandLine.IFactory factory,
      org.springframework.beans.factory.ObjectProvider<Extension> extensions) {
    this.command = command;
    this.factory = factory;
    this.extensions = extensions.orderedStream().toList(); // none unless diplograph-bench.jar is on the class path
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /**
   * Runs one command line and returns its exit code; 143 when a termination signal (kill) closed
   * the application while the command ran ("serve" until stopped), whose shutdown has then run.
   */
  public static int execute(String... args) {
    ConfigurableApplicationContext context = SpringApplication.run(Diplograph.class, args);
    return context.isActive() ? SpringApplication.exit(context) : 143;
  }

  @Override
  public void run(String... args) {
    exitCode = DiplographCommand.commandLine(command, factory, extensions).execute(commandArguments(args));
  }

  /** The arguments that are not configuration properties ({@code --section.name=value}). */
  static String[] commandArguments(String[] args) {
    return Arrays.stream(args).filter(a -> !a.matches("--[a-z][\\w-]*\\.[\\w.-]+(=.*)?")).toArray(String[]::new);
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
