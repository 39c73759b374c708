package org.corridoratlas.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** The shortcuts that spare GeographicLib calls give the same answers as measuring everything. */
class GeodesyTest {
  private final Random random = new Random(14);

  @Test
  void within_agrees_with_the_geodesic_distance_near_and_far_and_across_the_antimeridian() {
    for (int i = 0; i < 20_000; i++) {
      Coordinate a = new Coordinate(-180 + 360 * random.nextDouble(), -85 + 170 * random.nextDouble());
      double spread = Math.pow(10, -4 + 5 * random.nextDouble()); // 10 m to 10,000 km apart, roughly
      Coordinate b = new Coordinate(wrap(a.x + spread * (random.nextDouble() - 0.5)),
          Math.max(-89.9, Math.min(89.9, a.y + spread * (random.nextDouble() - 0.5))));
      double meters = Math.pow(10, 1 + 6 * random.nextDouble());
      assertThat(Geodesy.within(a, b, meters)).as("%s %s %s", a, b, meters)
          .isEqualTo(Geodesy.metersBetween(a, b) <= meters);
    }
  }

  @Test
  void distance_to_a_path_is_the_least_geodesic_distance_to_its_segments() {
    for (int i = 0; i < 300; i++) {
      Coordinate p = new Coordinate(118 + 15 * random.nextDouble(), 36 + 12 * random.nextDouble());
      Coordinate[] path = new Coordinate[2 + random.nextInt(60)];
      double x = 118 + 15 * random.nextDouble();
      double y = 36 + 12 * random.nextDouble();
      for (int k = 0; k < path.length; k++) {
        x += 0.3 * (random.nextDouble() - 0.5);
        y += 0.3 * (random.nextDouble() - 0.5);
        path[k] = new Coordinate(x, y);
      }
      assertThat(Geodesy.metersToPath(p, path)).isEqualTo(everySegment(p, path));
    }
  }

  /** The definition: the nearest point of each segment in the local frame, each measured on the ellipsoid. */
  private static double everySegment(Coordinate p, Coordinate[] path) {
    double best = Double.POSITIVE_INFINITY;
    double cosLat = Math.cos(Math.toRadians(p.y));
    for (int i = 1; i < path.length; i++) {
      Coordinate a = path[i - 1];
      Coordinate b = path[i];
      double ax = (a.x - p.x) * cosLat, ay = a.y - p.y;
      double dx = (b.x - a.x) * cosLat, dy = b.y - a.y;
      double len2 = dx * dx + dy * dy;
      double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
      best = Math.min(best, Geodesy.metersBetween(p, new Coordinate(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y))));
    }
    return best;
  }

  private static double wrap(double lon) {
    return lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
  }
}
