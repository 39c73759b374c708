package org.corridoratlas.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "bench-routing", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Route every pair of a pairs file over an edges.csv graph and print timings.")
public final class BenchRoutingCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("bench-routing: not available yet");
    return 2;
  }
}
