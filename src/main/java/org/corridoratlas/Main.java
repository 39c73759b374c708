package org.corridoratlas;

import org.corridoratlas.cli.BenchRoutingCommand;
import org.corridoratlas.cli.ExportNetworkCommand;
import org.corridoratlas.cli.SelfTestCommand;
import org.corridoratlas.cli.ServeCommand;
import org.corridoratlas.cli.ValidateCommand;
import org.corridoratlas.cli.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "corridor-atlas", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Sourced atlas of the DPRK-China-Russia trade corridors: map server, routing and checks.",
    subcommands = {ServeCommand.class, ValidateCommand.class, SelfTestCommand.class, ExportNetworkCommand.class,
        BenchRoutingCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
