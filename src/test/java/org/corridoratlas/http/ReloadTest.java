package org.corridoratlas.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.corridoratlas.Atlas;
import org.corridoratlas.geodata.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New data while serving: a valid folder is swapped in, an invalid one is refused and the old data kept. */
class ReloadTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String NAMPO = "/ogcapi/collections/ports/items/port-nampo";

  @TempDir
  Path dir;
  AtlasServer server;

  @BeforeEach
  void start() throws IOException {
    copy(Path.of("geodata"), dir);
    server = new AtlasServer(Atlas.load(dir));
    server.start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private void edit(String from, String to) throws IOException {
    Path ports = dir.resolve("layers/ports.geojson");
    String text = Files.readString(ports);
    assertThat(text).contains(from);
    Files.writeString(ports, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
  }

  @Test
  void invalid_new_data_is_refused_with_every_problem_and_the_old_data_stays_served() throws Exception {
    String version = server.dataVersion();
    HttpResponse<String> before = get(NAMPO);
    edit("\"confidence\": \"", "\"confidence\": \"bogus-");

    assertThat(server.reload(() -> Atlas.load(dir))).isFalse();

    assertThat(server.dataVersion()).isEqualTo(version);
    HttpResponse<String> after = get(NAMPO);
    assertThat(after.body()).isEqualTo(before.body());
    assertThat(after.headers().firstValue("ETag")).isEqualTo(before.headers().firstValue("ETag"));
    JsonNode health = Json.MAPPER.readTree(get("/health").body());
    assertThat(health.path("dataVersion").asText()).isEqualTo(version);
    assertThat(health.path("failedReload").path("firstProblems").get(0).asText())
        .contains("layers/ports.geojson").contains("port-nampo").contains("confidence");
    assertThat(get("/health/ready").statusCode()).isEqualTo(200);
  }

  @Test
  void valid_new_data_is_swapped_in_and_answers_carry_the_new_version() throws Exception {
    String version = server.dataVersion();
    String oldEtag = get(NAMPO).headers().firstValue("ETag").orElseThrow();
    edit("\"description\": \"", "\"description\": \"Reloaded. ");

    assertThat(server.reload(() -> Atlas.load(dir))).isTrue();

    assertThat(server.dataVersion()).isNotEqualTo(version);
    HttpResponse<String> after = get(NAMPO);
    assertThat(after.body()).contains("Reloaded. ");
    assertThat(after.headers().firstValue("X-Data-Version")).hasValue(server.dataVersion());
    assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(oldEtag);
    JsonNode health = Json.MAPPER.readTree(get("/health").body());
    assertThat(health.path("dataVersion").asText()).isEqualTo(server.dataVersion());
    assertThat(health.has("failedReload")).isFalse();
    // The full page of the map's hot request comes from the new data too (it is served ahead of Javalin).
    get("/ogcapi/collections/ports/items?limit=10000");
    assertThat(get("/ogcapi/collections/ports/items?limit=10000").body()).contains("Reloaded. ");
  }

  @Test
  void the_replica_is_not_ready_while_it_reloads() throws Exception {
    int[] during = new int[1];
    assertThat(server.reload(() -> {
      try {
        during[0] = get("/health/ready").statusCode();
        return Atlas.load(dir);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    })).isTrue();
    assertThat(during[0]).isEqualTo(503);
    assertThat(get("/health/ready").statusCode()).isEqualTo(200);
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }
}
