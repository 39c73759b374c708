package org.corridoratlas.geodata.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridoratlas.geodata.validate.BrokenCopy.array;
import static org.corridoratlas.geodata.validate.BrokenCopy.properties;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.corridoratlas.Atlas;
import org.corridoratlas.geodata.DataProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One broken copy of the bundled geodata per rule of geodata/SCHEMA.md; each must be caught and located. */
class GeoDataValidatorTest {
  @TempDir
  Path tmp;
  BrokenCopy copy;

  @BeforeEach
  void copyBundledData() {
    copy = BrokenCopy.of(tmp);
  }

  @Test
  void bundled_geodata_has_no_problems() {
    assertThat(Atlas.check(BrokenCopy.BUNDLED)).isEmpty();
  }

  @Test
  void unreadable_json_names_the_file_line_and_column_and_nothing_it_caused() {
    copy.write("layers/ports.geojson", "{\n \"type\": \"FeatureCollection\",\n not json");
    assertThat(problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("layers/ports.geojson");
      assertThat(p.message()).startsWith("not valid JSON at line 3, column 2: Unexpected character");
    });
  }

  @Test
  void control_characters_are_refused_naming_feature_and_field() {
    copy.editFeature("ports", 0, f -> ((com.fasterxml.jackson.databind.node.ObjectNode) f.path("properties"))
        .put("description", "Berths\u0001 and cranes"));
    assertThat(problems()).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("layers/ports.geojson");
      assertThat(p.field()).isEqualTo("description");
      assertThat(p.message()).contains("U+0001");
    });
  }

  @Test
  void id_must_be_a_slug_with_the_layer_prefix() {
    copy.editFeature("ports", 0, f -> f.put("id", "Rajin Port"));
    assertThat(problems()).anySatisfy(located("layers/ports.geojson", "Rajin Port", "id"));
  }

  @Test
  void ids_are_unique_across_layers() {
    String railId = copy.feature("railways", 0).path("id").asText();
    copy.editFeature("roads", 0, f -> f.put("id", railId));
    assertThat(problems()).anySatisfy(p -> {
      assertThat(p.featureId()).isEqualTo(railId);
      assertThat(p.message()).contains("unique");
    });
  }

  @Test
  void name_and_description_are_required() {
    String id = copy.feature("mines", 0).path("id").asText();
    copy.editFeature("mines", 0, f -> {
      properties(f).remove("name");
      properties(f).put("description", "");
    });
    assertThat(problems()).anySatisfy(located("layers/mines.geojson", id, "name"))
        .anySatisfy(located("layers/mines.geojson", id, "description"));
  }

  @Test
  void native_names_use_known_script_keys() {
    String id = copy.feature("ports", 0).path("id").asText();
    copy.editFeature("ports", 0, f -> ((ObjectNode) properties(f).withObject("names")).put("jp", "羅津"));
    assertThat(problems()).anySatisfy(located("layers/ports.geojson", id, "names.jp"));
  }

  @Test
  void every_feature_needs_a_source_with_title_publisher_and_iso_date() {
    String id = copy.feature("crossings", 0).path("id").asText();
    copy.editFeature("crossings", 0, f -> {
      ObjectNode first = (ObjectNode) array(properties(f), "sources").get(0);
      first.put("date", "2019-13-01");
      first.remove("publisher");
      first.put("url", "javascript:alert(1)");
      first.put("article", "S9");
    });
    assertThat(problems())
        .anySatisfy(located("layers/crossings.geojson", id, "sources[0].date"))
        .anySatisfy(located("layers/crossings.geojson", id, "sources[0].publisher"))
        .anySatisfy(located("layers/crossings.geojson", id, "sources[0].url"))
        .anySatisfy(located("layers/crossings.geojson", id, "sources[0].article"));
  }

  @Test
  void a_feature_without_sources_is_refused() {
    String id = copy.feature("zones", 0).path("id").asText();
    copy.editFeature("zones", 0, f -> properties(f).putArray("sources"));
    assertThat(problems()).anySatisfy(located("layers/zones.geojson", id, "sources"));
  }

  @Test
  void confidence_below_high_needs_a_note() {
    String id = copy.feature("mines", 1).path("id").asText();
    copy.editFeature("mines", 1, f -> properties(f).put("confidence", "low").put("confidenceNote", ""));
    assertThat(problems()).anySatisfy(located("layers/mines.geojson", id, "confidenceNote"));
  }

  @Test
  void confidence_must_be_a_known_level() {
    String id = copy.feature("mines", 1).path("id").asText();
    copy.editFeature("mines", 1, f -> properties(f).put("confidence", "certain"));
    assertThat(problems()).anySatisfy(located("layers/mines.geojson", id, "confidence"));
  }

  @Test
  void status_values_and_dates_are_checked() {
    String id = copy.feature("crossings", 1).path("id").asText();
    copy.editFeature("crossings", 1, f -> {
      ObjectNode first = (ObjectNode) array(properties(f), "status").get(0);
      first.put("status", "ajar");
      ArrayNode status = array(properties(f), "status");
      status.addObject().put("from", "2020-02-30").put("status", "closed");
    });
    assertThat(problems())
        .anySatisfy(located("layers/crossings.geojson", id, "status[0].status"))
        .anySatisfy(p -> assertThat(p.field()).endsWith(".from").startsWith("status["));
  }

  @Test
  void status_periods_may_not_overlap() {
    String id = copy.feature("crossings", 2).path("id").asText();
    copy.editFeature("crossings", 2, f -> {
      ArrayNode status = properties(f).putArray("status");
      status.addObject().put("from", "2000").put("to", "2010").put("status", "open");
      status.addObject().put("from", "2005").putNull("to").put("status", "closed");
    });
    assertThat(problems()).anySatisfy(located("layers/crossings.geojson", id, "status[1].from"));
  }

  @Test
  void status_sources_must_point_at_the_features_sources() {
    String id = copy.feature("crossings", 2).path("id").asText();
    copy.editFeature("crossings", 2, f -> {
      ObjectNode first = (ObjectNode) array(properties(f), "status").get(0);
      first.putArray("sources").add(99);
    });
    assertThat(problems()).anySatisfy(located("layers/crossings.geojson", id, "status[0].sources"));
  }

  @Test
  void the_current_status_of_crossings_ports_railways_and_roads_says_when_it_was_last_confirmed() {
    for (String layer : List.of("crossings", "ports", "railways", "roads")) {
      String id = copy.feature(layer, 1).path("id").asText();
      int last = array(properties(copy.feature(layer, 1)), "status").size() - 1;
      copy.editFeature(layer, 1, f -> lastPeriod(f).remove("confirmed"));
      assertThat(problems()).as(layer)
          .anySatisfy(located("layers/" + layer + ".geojson", id, "status[" + last + "].confirmed"));
    }
  }

  @Test
  void a_confirmation_must_be_a_date() {
    String id = copy.feature("ports", 0).path("id").asText();
    copy.editFeature("ports", 0, f -> lastPeriod(f).put("confirmed", "last spring"));
    assertThat(problems()).anySatisfy(p -> {
      assertThat(p.featureId()).isEqualTo(id);
      assertThat(p.field()).endsWith(".confirmed");
      assertThat(p.message()).contains("not a date");
    });
  }

  @Test
  void a_confirmation_may_not_be_after_today() {
    String id = copy.feature("railways", 0).path("id").asText();
    copy.editFeature("railways", 0, f -> lastPeriod(f)
        .put("confirmed", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2).toString()));
    assertThat(problems()).anySatisfy(p -> {
      assertThat(p.featureId()).isEqualTo(id);
      assertThat(p.field()).endsWith(".confirmed");
      assertThat(p.message()).contains("after today");
    });
  }

  @Test
  void a_confirmation_may_not_be_before_its_period_starts() {
    String id = copy.feature("roads", 0).path("id").asText();
    copy.editFeature("roads", 0, f -> lastPeriod(f).put("from", "2025-05-01").put("confirmed", "2025-04"));
    assertThat(problems()).anySatisfy(p -> {
      assertThat(p.featureId()).isEqualTo(id);
      assertThat(p.field()).endsWith(".confirmed");
      assertThat(p.message()).contains("before the period starts");
    });
    // Within the month the period starts in is fine: "2025-05" covers 1 May.
    copy.editFeature("roads", 0, f -> lastPeriod(f).put("confirmed", "2025-05"));
    assertThat(problems()).noneSatisfy(p -> assertThat(p.featureId()).isEqualTo(id));
  }

  @Test
  void only_the_current_period_carries_a_confirmation() {
    String id = copy.feature("crossings", 0).path("id").asText();
    copy.editFeature("crossings", 0, f -> ((ObjectNode) array(properties(f), "status").get(0))
        .put("confirmed", "2019"));
    assertThat(problems()).anySatisfy(located("layers/crossings.geojson", id, "status[0].confirmed"));
  }

  @Test
  void world_port_index_figures_are_cited_and_a_distant_index_position_is_explained() {
    int haeju = indexOf("ports", "port-haeju");
    copy.editFeature("ports", haeju, f -> {
      ArrayNode sources = array(properties(f), "sources");
      for (int i = sources.size() - 1; i >= 0; i--) {
        if (sources.get(i).path("title").asText().startsWith("World Port Index")) {
          sources.remove(i);
        }
      }
      String note = properties(f).path("confidenceNote").asText();
      properties(f).put("confidenceNote", note.substring(0, note.indexOf("World Port Index")));
    });
    assertThat(problems()).anySatisfy(located("layers/ports.geojson", "port-haeju", "wpiNumber"))
        .anySatisfy(located("layers/ports.geojson", "port-haeju", "confidenceNote"));
  }

  private int indexOf(String layer, String id) {
    for (int i = 0; ; i++) {
      if (copy.feature(layer, i).path("id").asText().equals(id)) {
        return i;
      }
    }
  }

  private static ObjectNode lastPeriod(ObjectNode feature) {
    ArrayNode status = array(properties(feature), "status");
    return (ObjectNode) status.get(status.size() - 1);
  }

  @Test
  void geometry_type_must_fit_the_layer() {
    String id = copy.feature("ports", 0).path("id").asText();
    copy.editFeature("ports", 0, f -> f.set("geometry", copy.feature("railways", 0).path("geometry")));
    assertThat(problems()).anySatisfy(located("layers/ports.geojson", id, "geometry.type"));
  }

  @Test
  void swapped_coordinates_fall_outside_the_region() {
    String id = copy.feature("mines", 0).path("id").asText();
    copy.editFeature("mines", 0, f -> {
      ArrayNode xy = (ArrayNode) f.path("geometry").path("coordinates");
      double lon = xy.get(0).asDouble();
      xy.set(0, xy.get(1));
      xy.set(1, lon);
    });
    assertThat(problems()).anySatisfy(located("layers/mines.geojson", id, "geometry.coordinates"));
  }

  @Test
  void crossing_far_from_its_boundary_is_refused_unless_explained() {
    String id = copy.feature("crossings", 0).path("id").asText();
    copy.editFeature("crossings", 0, f -> {
      ArrayNode xy = (ArrayNode) f.path("geometry").path("coordinates");
      xy.set(1, xy.get(1).asDouble() + 0.3);
      properties(f).put("confidence", "high");
    });
    assertThat(problems()).anySatisfy(p -> {
      assertThat(p).satisfies(located("layers/crossings.geojson", id, "geometry"));
      assertThat(p.message()).contains("boundary");
    });
  }

  @Test
  void crossing_countries_must_be_a_pair_of_iso3_codes() {
    String id = copy.feature("crossings", 0).path("id").asText();
    copy.editFeature("crossings", 0, f -> properties(f).putArray("countries").add("China").add("PRK"));
    assertThat(problems()).anySatisfy(located("layers/crossings.geojson", id, "countries"));
  }

  @Test
  void railway_gauge_must_be_known() {
    String id = copy.feature("railways", 0).path("id").asText();
    copy.editFeature("railways", 0, f -> properties(f).put("gauge", 1067));
    assertThat(problems()).anySatisfy(located("layers/railways.geojson", id, "gauge"));
  }

  @Test
  void lines_that_meet_must_share_a_vertex() {
    // A straight line across the whole rail network meets other lines between their vertices.
    copy.editFeature("railways", 0, f -> {
      ArrayNode coords = ((ObjectNode) f.path("geometry")).put("type", "LineString").putArray("coordinates");
      coords.addArray().add(124.0).add(40.0);
      coords.addArray().add(131.0).add(43.0);
    });
    assertThat(problems()).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("layers/railways.geojson");
      assertThat(p.message()).contains("share no vertex");
    });
  }

  @Test
  void a_line_cutting_into_another_country_away_from_crossings_is_refused() {
    String id = copy.feature("roads", 0).path("id").asText();
    copy.editFeature("roads", 0, f -> {
      properties(f).put("country", "PRK").remove("alignmentGap");
      ArrayNode coords = ((ObjectNode) f.path("geometry")).put("type", "LineString").putArray("coordinates");
      coords.addArray().add(127.5).add(41.3);
      coords.addArray().add(127.5).add(42.0);
    });
    assertThat(problems()).anySatisfy(p -> {
      assertThat(p).satisfies(located("layers/roads.geojson", id, "geometry"));
      assertThat(p.message()).contains("into CHN");
    });
    // Owning up to it needs both: low confidence and a reason.
    copy.editFeature("roads", 0, f -> properties(f).put("confidence", "medium").put("confidenceNote", "coarse")
        .put("alignmentGap", "no sourced place between the ends"));
    assertThat(problems()).anySatisfy(p -> assertThat(p.message()).contains("into CHN"));
    copy.editFeature("roads", 0, f -> properties(f).put("confidence", "low"));
    assertThat(problems()).noneSatisfy(p -> assertThat(p.message()).contains("into CHN"));
  }

  @Test
  void a_line_with_a_long_straight_chord_must_say_low_confidence() {
    String id = copy.feature("railways", 0).path("id").asText();
    // About 24 km along the P'yŏngŭi Line's own side of the Yalu, between Sinŭiju and Chŏngju.
    copy.editFeature("railways", 0, f -> {
      properties(f).put("confidence", "medium");
      ArrayNode coords = ((ObjectNode) f.path("geometry")).put("type", "LineString").putArray("coordinates");
      coords.addArray().add(124.6).add(39.9);
      coords.addArray().add(124.88).add(39.85);
    });
    assertThat(problems()).anySatisfy(p -> {
      assertThat(p).satisfies(located("layers/railways.geojson", id, "confidence"));
      assertThat(p.message()).contains("straight segment of 25 km");
    });
    copy.editFeature("railways", 0, f -> properties(f).put("confidence", "low"));
    assertThat(problems()).noneSatisfy(p -> {
      assertThat(p.featureId()).isEqualTo(id);
      assertThat(p.field()).isEqualTo("confidence");
    });
  }

  @Test
  void sea_lane_must_end_at_the_ports_it_names() {
    String id = copy.feature("sea-lanes", 0).path("id").asText();
    copy.editFeature("sea-lanes", 0, f -> properties(f).putArray("ports").add("port-nowhere").add("port-else"));
    assertThat(problems()).anySatisfy(located("layers/sea-lanes.geojson", id, "ports"));
  }

  @Test
  void event_related_features_must_exist() {
    String id = copy.feature("events", 0).path("id").asText();
    copy.editFeature("events", 0, f -> properties(f).putArray("relatedFeatures").add("crossing-atlantis"));
    assertThat(problems()).anySatisfy(located("layers/events.geojson", id, "relatedFeatures"));
  }

  @Test
  void a_station_must_name_railways_that_exist() {
    String id = copy.feature("stations", 0).path("id").asText();
    copy.editFeature("stations", 0, f -> properties(f).putArray("lines").add("rail-to-nowhere"));
    assertThat(problems()).anySatisfy(p -> {
      located("layers/stations.geojson", id, "lines").accept(p);
      assertThat(p.message()).contains("rail-to-nowhere");
    });
  }

  @Test
  void a_station_must_stand_on_a_vertex_of_each_of_its_railways() {
    String id = copy.feature("stations", 0).path("id").asText();
    // 0.001 degrees (about 100 m) east of the vertex it stood on.
    copy.editFeature("stations", 0, f -> {
      ArrayNode at = (ArrayNode) f.path("geometry").path("coordinates");
      at.set(0, at.get(0).asDouble() + 0.001);
    });
    assertThat(problems()).anySatisfy(p -> {
      located("layers/stations.geojson", id, "geometry").accept(p);
      assertThat(p.message()).contains("not on a vertex of rail-");
    });
  }

  @Test
  void station_roles_and_gauges_come_from_fixed_lists() {
    String id = copy.feature("stations", 0).path("id").asText();
    copy.editFeature("stations", 0, f -> {
      properties(f).putArray("roles").add("harbour");
      properties(f).putArray("gauges").add(1000);
    });
    assertThat(problems()).anySatisfy(located("layers/stations.geojson", id, "roles"))
        .anySatisfy(located("layers/stations.geojson", id, "gauges"));
  }

  @Test
  void corridor_features_must_exist() {
    copy.editFile("corridors.json", root -> ((ArrayNode) root.path("corridors").get(0).path("features"))
        .add("rail-to-nowhere"));
    assertThat(problems()).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("corridors.json");
      assertThat(p.field()).isEqualTo("features");
      assertThat(p.message()).contains("rail-to-nowhere");
    });
  }

  @Test
  void corridor_names_are_keyed_by_script_and_not_blank() {
    copy.editFile("corridors.json", root -> ((ObjectNode) root.path("corridors").get(0).path("names"))
        .put("fr", "Dandong – Pyongyang").put("ko", " "));
    assertThat(problems())
        .anySatisfy(located("corridors.json", "dandong-sinuiju-pyongyang-nampo", "names.fr"))
        .anySatisfy(located("corridors.json", "dandong-sinuiju-pyongyang-nampo", "names.ko"));
  }

  @Test
  void trade_values_need_sources() {
    copy.editFile("trade.json", root -> ((ObjectNode) root.path("series").get(0).path("values").get(0))
        .putArray("sources"));
    assertThat(problems()).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("trade.json");
      assertThat(p.field()).isEqualTo("values[0].sources");
    });
  }

  @Test
  void a_layer_below_its_minimum_size_is_reported() {
    copy.editFile("layers/crossings.geojson", root -> {
      ArrayNode features = (ArrayNode) root.path("features");
      while (features.size() > 3) {
        features.remove(features.size() - 1);
      }
    });
    assertThat(problems()).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("layers/crossings.geojson");
      assertThat(p.field()).isEqualTo("features");
    });
  }

  private List<DataProblem> problems() {
    return Atlas.check(copy.dir());
  }

  private static java.util.function.Consumer<DataProblem> located(String file, String id, String field) {
    return p -> {
      assertThat(p.file()).isEqualTo(file);
      assertThat(p.featureId()).isEqualTo(id);
      assertThat(p.field()).isEqualTo(field);
    };
  }
}
