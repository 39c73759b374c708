package org.corridoratlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridoratlas.cli.CommandRun.run;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.corridoratlas.Main;
import org.corridoratlas.geodata.validate.BrokenCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {

  @Test
  void bundled_geodata_validates_with_exit_0() {
    CommandRun run = run("validate");
    assertThat(run.exit()).as(run.out()).isZero();
    assertThat(run.out()).contains("geodata OK");
    assertThat(run.out()).containsPattern("note: railways: \\d+ of \\d+ km \\(\\d+\\.\\d %\\) in straight segments")
        .containsPattern("note: roads: \\d+ of \\d+ km \\(\\d+\\.\\d %\\) in straight segments")
        .containsPattern("note: confirmations: \\d+ current statuses .* median age \\d+\\.\\d years .* oldest "
            + "\\d+\\.\\d years")
        .containsPattern("note: confirmations: \\d+ of \\d+ not confirmed for over 2 years");
  }

  @Test
  void broken_copy_exits_1_naming_file_feature_and_field(@TempDir Path tmp) {
    BrokenCopy copy = BrokenCopy.of(tmp);
    String id = copy.feature("crossings", 0).path("id").asText();
    copy.editFeature("crossings", 0, f -> BrokenCopy.properties(f).put("confidence", "sure"));
    CommandRun run = run("validate", "--data", tmp.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("layers/crossings.geojson  " + id + "  confidence  must be high, medium or low");
  }

  @Test
  void every_command_has_help_and_version() {
    for (String command : new String[] {"serve", "validate", "self-test", "export-network", "bench-routing"}) {
      assertThat(run(command, "--help").exit()).as(command).isZero();
      CommandRun version = run(command, "--version");
      assertThat(version.exit()).isZero();
      assertThat(version.out()).contains("corridor-atlas");
    }
  }

  @Test
  void serve_refuses_bad_options_with_one_line_not_a_stack_trace() {
    for (String[] args : new String[][] {{"serve", "--analysis-time-limit", "0"}, {"serve", "--port", "70000"},
        {"serve", "--analysis-time-limit", "1e300"}, {"serve", "--analysis-time-limit", "NaN"},
        {"serve", "--host", "192.0.2.1"}, {"serve", "--host", "no-such-host.invalid"},
        {"serve", "--public-url", "https://atlas.example.org/x?y=1"}, {"serve", "--data", "no/such/folder"}}) {
      java.io.PrintStream stderr = System.err;
      java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
      System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
      try {
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(err, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(cli.execute(args)).as(String.join(" ", args)).isEqualTo(2);
      } finally {
        System.setErr(stderr);
      }
      String said = err.toString(java.nio.charset.StandardCharsets.UTF_8);
      assertThat(said).as(String.join(" ", args)).startsWith("serve: ").doesNotContain("\tat ")
          .doesNotContain("Exception");
      assertThat(said.strip().lines()).as(String.join(" ", args)).hasSize(1);
    }
  }
}
