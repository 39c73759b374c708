package org.corridoratlas.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.corridoratlas.Main;
import picocli.CommandLine;

/** A command of the jar run in this JVM: its exit code and all it printed on standard output. */
record CommandRun(int exit, String out) {
  static CommandRun run(String... args) {
    StringWriter out = new StringWriter();
    PrintStream stdout = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      CommandLine cli = new CommandLine(new Main());
      cli.setOut(new PrintWriter(out, true));
      int exit = cli.execute(args);
      return new CommandRun(exit, out + captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(stdout);
    }
  }
}
