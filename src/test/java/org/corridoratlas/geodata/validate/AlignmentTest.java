package org.corridoratlas.geodata.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.corridoratlas.geodata.GeoDataLoader;
import org.corridoratlas.geodata.LayerKind;
import org.junit.jupiter.api.Test;
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
  void a_chord_adds_its_length_to_the_chord_share(@TempDir Path tmp) {
    BrokenCopy copy = BrokenCopy.of(tmp);
    Alignment.ChordShare before = Alignment.chordShare(GeoDataLoader.load(tmp).data(), LayerKind.RAILWAYS);
    // The first railway becomes one 40 km chord: the chord share grows by about 40 km, the length changes too.
    copy.editFeature("railways", 0, f -> {
      ArrayNode coords = ((ObjectNode) f.path("geometry")).put("type", "LineString").putArray("coordinates");
      coords.addArray().add(124.5).add(40.0);
      coords.addArray().add(124.5).add(40.36);
    });
    Alignment.ChordShare after = Alignment.chordShare(GeoDataLoader.load(tmp).data(), LayerKind.RAILWAYS);
    assertThat(after.features()).isEqualTo(before.features());
    assertThat(after.share()).isBetween(0.0, 1.0);
    assertThat(after.meters()).isPositive();
    assertThat(Alignment.longChords(GeoDataLoader.load(tmp).data()))
        .anySatisfy(note -> assertThat(note).startsWith("note: railways: chord share "));
    // The new 40 km chord counts whole; what the first railway had in chords before (at most its length) goes.
    assertThat(after.chordMeters() - before.chordMeters()).isBetween(40_000 - 300_000.0, 40_100.0);
    assertThat(after.chordMeters()).isGreaterThanOrEqualTo(40_000);
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
}
