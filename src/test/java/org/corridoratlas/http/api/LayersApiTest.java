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
  void a_layer_for_maps_has_every_feature_with_what_maps_draw_and_not_its_sources() throws Exception {
    for (LayerKind kind : LayerKind.values()) {
      HttpResponse<String> response = TestServer.get("/api/layers/" + kind.id());
      assertThat(response.statusCode()).as(kind.id()).isEqualTo(200);
      JsonNode slim = Json.MAPPER.readTree(response.body());
      JsonNode full = Json.MAPPER.readTree(TestServer.get("/ogcapi/collections/" + kind.id() + "/items?limit=10000")
          .body());
      assertThat(slim.path("features")).as(kind.id()).hasSameSizeAs(full.path("features"));
      for (int i = 0; i < full.path("features").size(); i++) {
        JsonNode a = slim.path("features").get(i);
        JsonNode b = full.path("features").get(i);
        assertThat(a.path("id")).isEqualTo(b.path("id"));
        assertThat(a.path("geometry")).isEqualTo(b.path("geometry"));
        for (String property : MapLayers.drawnProperties(kind)) {
          assertThat(a.path("properties").path(property)).as(a.path("id") + " " + property)
              .isEqualTo(b.path("properties").path(property));
        }
        // The timeline as status.js reads it: the same periods with their dates, status and confirmation.
        for (int p = 0; p < b.path("properties").path("status").size(); p++) {
          JsonNode period = b.path("properties").path("status").get(p);
          JsonNode kept = a.path("properties").path("status").get(p);
          for (String field : List.of("from", "to", "status", "confirmed")) {
            assertThat(kept.path(field).asText(null)).as(a.path("id") + " status " + field)
                .isEqualTo(period.path(field).asText(null));
          }
          assertThat(kept.has("sources")).isFalse();
        }
        assertThat(a.path("properties").has("sources")).isFalse();
      }
    }
    JsonNode railway = Json.MAPPER.readTree(TestServer.get("/api/layers/railways").body()).path("features").get(0);
    assertThat(railway.path("properties").has("gauge")).isTrue();
    assertThat(TestServer.get("/api/layers/nope").statusCode()).isEqualTo(404);
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
