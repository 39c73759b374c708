package org.corridoratlas.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.corridoratlas.Atlas;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.geodata.LayerKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server basics a newcomer sees first: health, the map page, and errors that say what went wrong. */
class AtlasServerTest {
  static AtlasServer server;
  static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = new AtlasServer(Atlas.load(Path.of("geodata")));
    server.start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  static HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void health_reports_every_layer_with_features_and_the_data_version() throws Exception {
    HttpResponse<String> response = get("/health");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = Json.MAPPER.readTree(response.body());
    assertThat(body.path("status").asText()).isEqualTo("ok");
    assertThat(body.path("layers").size()).isEqualTo(LayerKind.values().length);
    body.path("layers").forEach(count -> assertThat(count.asInt()).isPositive());
    assertThat(body.path("dataVersion").asText()).hasSize(16);
    assertThat(body.path("network").path("nodes").asInt()).isPositive();
  }

  @Test
  void map_page_is_served_at_the_root() throws Exception {
    HttpResponse<String> response = get("/");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("html"));
    assertThat(response.body()).contains("<title>");
  }

  @Test
  void responses_are_gzipped_when_asked() throws Exception {
    HttpResponse<String> response = get("/ogcapi/collections/railways/items?limit=1000", "Accept-Encoding", "gzip");
    assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
  }

  @Test
  void unknown_path_is_a_404_problem() throws Exception {
    HttpResponse<String> response = get("/no/such/thing");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith(Problems.MEDIA_TYPE));
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  void files_outside_the_served_folders_cannot_be_read() throws Exception {
    for (String path : new String[] {"/../pom.xml", "/%2e%2e/pom.xml", "/..%2fpom.xml", "/web/../../pom.xml",
        "/webjars/../../../etc/passwd", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd"}) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isBetween(400, 499);
      assertThat(response.body()).as(path).doesNotContain("<artifactId>").doesNotContain("root:x:");
    }
  }
}
