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

  /** One line saying the folder is not there, or null when it is: the rest would only be knock-on problems. */
  public String missing() {
    Path abs = dir.toAbsolutePath().normalize();
    return java.nio.file.Files.isDirectory(abs) ? null
        : "no geodata folder at " + abs + " (give the folder with --data DIR)";
  }
}
