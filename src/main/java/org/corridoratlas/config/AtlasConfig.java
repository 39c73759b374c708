package org.corridoratlas.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The options of one run, built once from the command line. {@code analysisTimeLimit}: the wall-clock time one
 * heavy analysis request (catchment, nearest, within, route alternatives) may take before it is answered 503.
 */
public record AtlasConfig(String host, int port, Path dataDir, Duration analysisTimeLimit) {
  public AtlasConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be 0..65535, not " + port);
    }
    if (analysisTimeLimit.isNegative() || analysisTimeLimit.isZero()
        || analysisTimeLimit.compareTo(Limits.MAX_ANALYSIS_TIME) > 0) {
      throw new IllegalArgumentException("the analysis time limit must be above 0 and at most "
          + Limits.MAX_ANALYSIS_TIME.toSeconds() + " s");
    }
    dataDir = dataDir.toAbsolutePath().normalize();
  }
}
