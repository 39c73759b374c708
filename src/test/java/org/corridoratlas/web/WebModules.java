package org.corridoratlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.corridoratlas.geodata.Json;

/** Runs a script of src/test/js with node over a copy of the web app's modules and reads the JSON it prints. */
final class WebModules {
  private WebModules() {}

  static JsonNode runNode(Path dir, String script, Path casesFile) throws Exception {
    // The web modules are ES modules in .js files: node reads them as such beside a package.json saying so.
    Path web = Files.createDirectories(dir.resolve("web"));
    try (Stream<Path> files = Files.list(Path.of("web"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
        Files.copy(file, web.resolve(file.getFileName()));
      }
    }
    Files.writeString(web.resolve("package.json"), "{\"type\": \"module\"}");
    Process node = new ProcessBuilder("node", Path.of("src/test/js", script).toAbsolutePath().toString(),
        web.toString(), casesFile.toString()).redirectErrorStream(false).start();
    byte[] out = node.getInputStream().readAllBytes();
    String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(node.exitValue()).as("node failed: " + err).isZero();
    return Json.MAPPER.readTree(out);
  }
}
