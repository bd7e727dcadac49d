package org.diplograph.cli;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

@Component
@Command(name = "serve")
class ServeCommand {
  int runDefault() { return 0; }
}
