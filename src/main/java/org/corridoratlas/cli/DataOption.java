package org.corridoratlas.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --data option, shared by every command that reads the geodata. */
public final class DataOption {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "geodata",
      description = "Geodata folder (default: ${DEFAULT-VALUE}, the bundled data).")
  Path dir;

  public Path dir() {
    return dir;
  }
}
