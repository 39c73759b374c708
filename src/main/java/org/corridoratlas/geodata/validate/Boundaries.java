package org.corridoratlas.geodata.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corridoratlas.geo.Geodesy;
import org.locationtech.jts.geom.Coordinate;

/** The Natural Earth land boundaries, one polyline set per pair of countries, to measure crossings against. */
record Boundaries(Map<String, List<Coordinate[]>> byPair) {

  static Boundaries from(JsonNode geojson) {
    Map<String, List<Coordinate[]>> byPair = new HashMap<>();
    for (JsonNode f : geojson.path("features")) {
      String pair = key(f.path("properties").path("a").asText(), f.path("properties").path("b").asText());
      List<Coordinate[]> parts = byPair.computeIfAbsent(pair, k -> new ArrayList<>());
      for (JsonNode line : f.path("geometry").path("coordinates")) {
        Coordinate[] path = new Coordinate[line.size()];
        for (int i = 0; i < line.size(); i++) {
          path[i] = new Coordinate(line.get(i).get(0).asDouble(), line.get(i).get(1).asDouble());
        }
        parts.add(path);
      }
    }
    return new Boundaries(byPair);
  }

  /** Distance to the boundary between two countries; infinite when the basemap has no such boundary. */
  double metersTo(String a, String b, Coordinate at) {
    double best = Double.POSITIVE_INFINITY;
    for (Coordinate[] path : byPair.getOrDefault(key(a, b), List.of())) {
      best = Math.min(best, Geodesy.metersToPath(at, path));
    }
    return best;
  }

  private static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
  }
}
