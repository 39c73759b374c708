package org.corridoratlas.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The options of one run, built once from the command line. {@code analysisTimeLimit}: the wall-clock time one
 * heavy analysis request (catchment, nearest, within, route alternatives) may take before it is answered 503;
 * {@code drain}: how long a stop waits for the requests in flight; {@code cacheDir}: where prepared routing
 * hierarchies are kept, or null; {@code watch}: reload when the data folder changes.
 */
public record AtlasConfig(String host, int port, Path dataDir, Duration analysisTimeLimit, Duration drain,
    Path cacheDir, boolean watch) {
  public AtlasConfig(String host, int port, Path dataDir, Duration analysisTimeLimit) {
    this(host, port, dataDir, analysisTimeLimit, Duration.ofSeconds(10), null, false);
  }

  public AtlasConfig {
    if (drain.isNegative()) {
      throw new IllegalArgumentException("the drain time must not be negative");
    }
    cacheDir = cacheDir == null ? null : cacheDir.toAbsolutePath().normalize();
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
