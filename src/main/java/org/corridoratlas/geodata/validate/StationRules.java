package org.corridoratlas.geodata.validate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.LayerKind;
import org.locationtech.jts.geom.Coordinate;

/**
 * The stations layer: a station stands exactly on a vertex of every railway it names (it marks a sourced place of
 * the line, never a position of its own), with the gauges of those lines and roles from a fixed list.
 */
final class StationRules {
  static final Set<String> ROLES = Set.of("junction", "gauge-break", "border", "port", "mine");
  static final Set<String> GAUGES = Set.of("1435", "1520");

  private StationRules() {}

  static void check(LayerKind kind, Feature f, Map<String, Feature> byId, LineTopology.Reporter reporter) {
    List<String> lines = f.texts("lines");
    if (lines.isEmpty()) {
      reporter.problem(kind, f.id(), "lines", "name at least one railway id");
    }
    Coordinate at = f.geometry().getCoordinate();
    for (String id : lines) {
      Feature line = byId.get(id);
      if (line == null || !id.startsWith("rail-")) {
        reporter.problem(kind, f.id(), "lines", "unknown railway id \"" + id + "\"");
      } else if (!hasVertex(line, at)) {
        reporter.problem(kind, f.id(), "geometry", "not on a vertex of " + id
            + " (a station stands on the railway vertex it stands for)");
      }
    }
    List<String> gauges = f.texts("gauges");
    if (gauges.isEmpty() || !GAUGES.containsAll(gauges)) {
      reporter.problem(kind, f.id(), "gauges", "list the gauges of its lines, 1435 and/or 1520");
    }
    for (String role : f.texts("roles")) {
      if (!ROLES.contains(role)) {
        reporter.problem(kind, f.id(), "roles", "unknown role \"" + role + "\"; one of " + ROLES.stream().sorted()
            .toList());
      }
    }
  }

  private static boolean hasVertex(Feature line, Coordinate at) {
    for (Coordinate c : line.geometry().getCoordinates()) {
      if (c.x == at.x && c.y == at.y) {
        return true;
      }
    }
    return false;
  }
}
