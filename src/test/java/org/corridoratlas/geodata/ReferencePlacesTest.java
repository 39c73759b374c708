package org.corridoratlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridoratlas.http.RealData;
import org.corridoratlas.catalog.Catalog;
import org.junit.jupiter.api.Test;

/** The reference layers of geodata/basemap (built by geodata/tools/places.py) as the maps need them. */
class ReferencePlacesTest {
  private static final Catalog CATALOG = RealData.atlas().catalog();
  private static final Set<String> KINDS = Set.of("capital", "admin1-capital", "city", "town");

  private static Map<String, JsonNode> placesByName() {
    Map<String, JsonNode> out = new HashMap<>();
    CATALOG.data().basemap().get("places").path("features")
        .forEach(f -> out.put(f.path("properties").path("name").asText(), f.path("properties")));
    return out;
  }

  @Test
  void the_corridor_towns_are_there_with_their_names_in_four_scripts() {
    Map<String, JsonNode> places = placesByName();
    assertThat(places).containsKeys("Dandong", "Sinuiju", "Pyongyang", "Nampo", "Namyang", "Khasan", "Rajin",
        "Hunchun", "Vladivostok", "Chongjin", "Hyesan", "Manpo", "Ji'an", "Tumen");
    assertThat(places.get("Pyongyang").path("names").path("ko").asText()).isEqualTo("평양");
    assertThat(places.get("Sinuiju").path("names").path("ko").asText()).isEqualTo("신의주");
    assertThat(places.get("Dandong").path("names").path("zh").asText()).isEqualTo("丹东");
    assertThat(places.get("Vladivostok").path("names").path("ru").asText()).isEqualTo("Владивосток");
    assertThat(places.get("Pyongyang").path("kind").asText()).isEqualTo("capital");
  }

  @Test
  void every_place_has_a_kind_a_rank_a_source_and_an_english_name() {
    List<String> faults = new ArrayList<>();
    for (JsonNode f : CATALOG.data().basemap().get("places").path("features")) {
      JsonNode p = f.path("properties");
      String name = p.path("name").asText();
      if (name.isBlank() || !p.path("names").path("en").asText().equals(name) || !KINDS.contains(p.path("kind").asText())
          || p.path("rank").asInt() < 1 || p.path("rank").asInt() > 6 || p.path("source").asText().isBlank()) {
        faults.add(name + " " + p);
      }
    }
    assertThat(faults).isEmpty();
  }

  @Test
  void every_feature_a_town_is_named_in_exists() {
    List<String> unknown = new ArrayList<>();
    for (JsonNode f : CATALOG.data().basemap().get("places").path("features")) {
      f.path("properties").path("namedIn").forEach(id -> {
        if (CATALOG.findFeature(id.asText()).isEmpty()) {
          unknown.add(f.path("properties").path("name").asText() + ": " + id.asText());
        }
      });
    }
    assertThat(unknown).isEmpty();
  }

  @Test
  void the_reference_layers_stay_small_enough_for_the_web_app() throws IOException {
    long bytes = 0;
    for (String name : List.of("places", "rivers", "lakes", "admin1", "seas")) {
      bytes += Files.size(Path.of("geodata/basemap/" + name + ".geojson"));
    }
    assertThat(bytes).isLessThan(150_000);
  }
}
