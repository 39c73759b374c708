package org.corridoratlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corridoratlas.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchRoutingCommandTest {
  /**
   * <pre>
   *   10 --(1.5, one-way)--> 20 --(2.25)-- 30
   *    \__________________(10)___________/      edge 7 (10 ↔ 30) closed in the second run
   * </pre>
   */
  @Test
  void routes_every_pair_with_exact_csv_costs_and_honours_closed_edges(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("e.csv"), "id,source,target,cost,reverse_cost\n5,10,20,1.5,-1\n6,20,30,2.25,2.25\n"
        + "7,10,30,10,10\n");
    Files.writeString(dir.resolve("p.csv"), "source,target\n10,30\n30,10\n20,10\n");
    Files.writeString(dir.resolve("c.csv"), "id\n7\n");
    int exit = new CommandLine(new Main()).execute("bench-routing", "--edges", dir.resolve("e.csv").toString(),
        "--pairs", dir.resolve("p.csv").toString(), "--out", dir.resolve("r.csv").toString(), "--warmup-seconds", "0");
    assertThat(exit).isZero();
    assertThat(Files.readAllLines(dir.resolve("r.csv"))).element(1).asString().startsWith("10,30,3.75,");
    assertThat(Files.readAllLines(dir.resolve("r.csv"))).element(2).asString().startsWith("30,10,10.0,");
    assertThat(Files.readAllLines(dir.resolve("r.csv"))).element(3).asString().startsWith("20,10,12.25,");

    new CommandLine(new Main()).execute("bench-routing", "--edges", dir.resolve("e.csv").toString(),
        "--pairs", dir.resolve("p.csv").toString(), "--closed", dir.resolve("c.csv").toString(),
        "--out", dir.resolve("r.csv").toString(), "--warmup-seconds", "0");
    assertThat(Files.readAllLines(dir.resolve("r.csv"))).element(2).asString().startsWith("30,10,,");
  }
}
