package org.corridoratlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridoratlas.cli.CommandRun.run;

import java.nio.file.Path;
import org.corridoratlas.geodata.validate.BrokenCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfTestCommandTest {

  @Test
  void bundled_geodata_answers_every_kind_of_request_with_200() {
    CommandRun run = run("self-test");
    assertThat(run.exit()).as(run.out()).isZero();
    assertThat(run.out()).contains("self-test passed")
        .containsPattern("200 +[0-9.]+ ms  http://127\\.0\\.0\\.1:\\d+/health\n")
        .contains("/ogcapi/collections/stations/items?limit=10000",
            "/static.png?corridor=dandong-sinuiju-pyongyang-nampo",
            "/static.svg?corridor=dandong-sinuiju-pyongyang-nampo",
            "/api/routes?from=rail-shenyang-dandong&to=port-nampo");
    assertThat(run.out().lines().filter(l -> l.matches("\\d{3} .*"))).hasSize(10)
        .allMatch(l -> l.startsWith("200 "));
  }

  @Test
  void invalid_geodata_is_refused_before_any_request(@TempDir Path tmp) {
    BrokenCopy copy = BrokenCopy.of(tmp);
    copy.editFeature("crossings", 0, f -> BrokenCopy.properties(f).put("confidence", "sure"));
    CommandRun run = run("self-test", "--data", copy.dir().toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).doesNotContain("/health");
  }
}
