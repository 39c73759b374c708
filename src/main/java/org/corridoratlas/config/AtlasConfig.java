package org.corridoratlas.config;

import java.nio.file.Path;

/** The options of one run, built once from the command line. */
public record AtlasConfig(String host, int port, Path dataDir) {
  public AtlasConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535");
    }
    dataDir = dataDir.toAbsolutePath().normalize();
  }
}
