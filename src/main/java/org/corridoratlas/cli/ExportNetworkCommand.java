package org.corridoratlas.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "export-network", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Write the weighted graph the router searches as nodes.csv and edges.csv.")
public final class ExportNetworkCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("export-network: not available yet");
    return 2;
  }
}
