package org.corridoratlas.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.http.TestServer;
import org.junit.jupiter.api.Test;

/** GET /api/layers is the one layer list: the registry and the style table, and no web source lists layers. */
class LayersApiTest {
  @Test
  void serves_every_registered_layer_in_registry_order_with_its_style() throws Exception {
    HttpResponse<String> response = TestServer.get("/api/layers");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
        .startsWith("application/json"));
    JsonNode body = Json.MAPPER.readTree(response.body());
    List<String> ids = new ArrayList<>();
    body.path("layers").forEach(layer -> ids.add(layer.path("id").asText()));
    assertThat(ids).containsExactlyElementsOf(List.of(LayerKind.values()).stream().map(LayerKind::id).toList());
    JsonNode events = body.path("layers").get(LayerKind.EVENTS.ordinal());
    assertThat(events.path("title").asText()).isEqualTo("Events");
    assertThat(events.path("defaultVisible").asBoolean()).isFalse();
    assertThat(events.path("dateProperty").asText()).isEqualTo("date");
    assertThat(body.path("layers").get(LayerKind.MINES.ordinal()).path("title").asText()).isEqualTo("Mines");
    for (JsonNode layer : body.path("layers")) {
      assertThat(layer.path("family").asText()).isIn("point", "line", "area");
      assertThat(body.path("styles").path("layers").path(layer.path("id").asText()).path("color").asText())
          .as("colour of " + layer.path("id")).matches("#[0-9a-f]{6}");
    }
    // The table as the jar holds it, no second copy.
    assertThat(body.path("styles")).isEqualTo(Json.MAPPER.readTree(Path.of("web/styles.json").toFile()));
    String etag = response.headers().firstValue("ETag").orElseThrow();
    assertThat(TestServer.get("/api/layers", "If-None-Match", etag).statusCode()).isEqualTo(304);
  }

  @Test
  void the_style_table_styles_exactly_the_registered_layers() throws IOException {
    JsonNode table = Json.MAPPER.readTree(Path.of("web/styles.json").toFile());
    List<String> styled = new ArrayList<>();
    table.path("layers").fieldNames().forEachRemaining(styled::add);
    assertThat(styled).containsExactlyInAnyOrderElementsOf(List.of(LayerKind.values()).stream()
        .map(LayerKind::id).toList());
  }

  @Test
  void no_web_source_names_a_layer_but_through_the_registry() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("web"))) {
      for (Path file : files.filter(f -> f.toString().matches(".*\\.(js|html)$")).toList()) {
        String text = Files.readString(file);
        for (LayerKind layer : LayerKind.values()) {
          // A layer id as a string literal: 'railways', "sea-lanes", `events`.
          Matcher m = Pattern.compile("['\"`]" + Pattern.quote(layer.id()) + "['\"`]").matcher(text);
          while (m.find()) {
            found.add(file + ": " + m.group());
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }
}
