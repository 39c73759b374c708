package org.corridoratlas.geodata.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.corridoratlas.geodata.GeoDataLoader;
import org.corridoratlas.geodata.GeoJsonGeometry;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;
import org.junit.jupiter.api.io.TempDir;

class AlignmentTest {

  @Test
  void a_long_straight_segment_is_named_with_its_length(@TempDir Path tmp) {
    BrokenCopy copy = BrokenCopy.of(tmp);
    String id = copy.feature("railways", 0).path("id").asText();
    // Two points about 40 km apart along a meridian near Sinuiju.
    copy.editFeature("railways", 0, f -> {
      ArrayNode coords = ((ObjectNode) f.path("geometry")).put("type", "LineString").putArray("coordinates");
      coords.addArray().add(124.5).add(40.0);
      coords.addArray().add(124.5).add(40.36);
    });
    assertThat(Alignment.longChords(GeoDataLoader.load(tmp).data()))
        .contains("note: " + id + ": 1 straight segment(s) over 15 km, longest 40 km")
        .anySatisfy(note -> assertThat(note).startsWith("note: railways: "));
  }

  @Test
  void a_line_leaving_its_country_far_from_any_crossing_is_measured(@TempDir Path tmp) {
    BrokenCopy copy = BrokenCopy.of(tmp);
    String id = copy.feature("roads", 0).path("id").asText();
    // From North Korea across the upper Yalu at 127.5 E, some 50 km from the Linjiang and Changbai bridges.
    copy.editFeature("roads", 0, f -> {
      ((ObjectNode) f.path("properties")).put("country", "PRK");
      ArrayNode coords = ((ObjectNode) f.path("geometry")).put("type", "LineString").putArray("coordinates");
      coords.addArray().add(127.5).add(41.3);
      coords.addArray().add(127.5).add(42.0);
    });
    assertThat(Alignment.strays(GeoDataLoader.load(tmp).data()))
        .anySatisfy(stray -> {
          assertThat(stray.featureId()).isEqualTo(id);
          assertThat(stray.intoCountry()).isEqualTo("CHN");
          assertThat(stray.meters()).isGreaterThan(20_000);
        });
  }

  @Test
  void the_bundled_country_polygons_are_valid_so_no_start_repairs_them() {
    // Repairing the two the regional clip had left invalid was the largest single cost of validating at start-up;
    // geodata/tools/valid_countries.py repairs them once in the file.
    GeometryFactory factory = new GeometryFactory();
    GeoDataLoader.load(BrokenCopy.BUNDLED).data().basemap().get("countries").path("features").forEach(f ->
        assertThat(GeoJsonGeometry.read(f.path("geometry"), factory).isValid())
            .as(f.path("properties").path("iso_a3").asText()).isTrue());
  }
}
