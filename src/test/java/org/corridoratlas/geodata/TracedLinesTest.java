package org.corridoratlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridoratlas.geo.Geodesy;
import org.junit.jupiter.api.Test;

/**
 * The stretches that geodata/tools/traced_lines.py spliced into railways from the committed hand transcription of
 * the traced 1942 lines: every vertex between the two stations must be a transcribed source vertex (a subset, never
 * an invented or interpolated point), and the transcription itself must have no step a copying slip would make.
 */
class TracedLinesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode read(String path) throws IOException {
    return JSON.readTree(Path.of(path).toFile());
  }

  private static List<String> points(JsonNode coordinates) {
    List<String> out = new ArrayList<>();
    coordinates.forEach(c -> out.add(c.get(0).asDouble() + "," + c.get(1).asDouble()));
    return out;
  }

  private static double meters(JsonNode a, JsonNode b) {
    return Geodesy.metersBetween(a.get(0).asDouble(), a.get(1).asDouble(), b.get(0).asDouble(), b.get(1).asDouble());
  }

  @Test
  void every_vertex_between_two_traced_stations_is_a_transcribed_source_vertex() throws IOException {
    Map<String, List<String>> railways = new HashMap<>();
    read("geodata/layers/railways.geojson").path("features")
        .forEach(f -> railways.put(f.path("id").asText(), points(f.path("geometry").path("coordinates"))));
    JsonNode stretches = read("geodata/tools/sources/manchuria-1942-lines-subset.geojson").path("features");
    assertThat(stretches).isNotEmpty();
    for (JsonNode stretch : stretches) {
      JsonNode p = stretch.path("properties");
      List<String> line = railways.get(p.path("railway").asText());
      String from = points(JSON.createArrayNode().add(p.path("from"))).get(0);
      String to = points(JSON.createArrayNode().add(p.path("to"))).get(0);
      int i = line.indexOf(from);
      int j = line.indexOf(to);
      assertThat(i).as("%s: station %s on the railway", p.path("id").asText(), from).isNotNegative();
      assertThat(j).as("%s: station %s after %s", p.path("id").asText(), to, from).isGreaterThan(i + 1);
      Set<String> source = new HashSet<>(points(stretch.path("geometry").path("coordinates")));
      assertThat(source).as(p.path("id").asText()).containsAll(line.subList(i + 1, j));
    }
  }

  @Test
  void the_transcription_has_no_step_longer_than_the_source_allows() throws IOException {
    for (JsonNode stretch : read("geodata/tools/sources/manchuria-1942-lines-subset.geojson").path("features")) {
      JsonNode p = stretch.path("properties");
      Set<Integer> longSteps = new HashSet<>();
      p.path("sourceLongSegments").forEach(n -> longSteps.add(n.asInt()));
      JsonNode line = stretch.path("geometry").path("coordinates");
      for (int k = 0; k + 1 < line.size(); k++) {
        assertThat(meters(line.get(k), line.get(k + 1)))
            .as("%s vertex %d (a copying slip, or a long source segment not listed)", p.path("id").asText(), k)
            .isLessThanOrEqualTo(longSteps.contains(k) ? 5000 : 3000);
      }
      assertThat(meters(p.path("from"), line.get(0))).as(p.path("id").asText()).isLessThan(5000);
    }
  }
}
