package org.corridoratlas.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import net.sf.geographiclib.PolygonArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** Lengths, distances and areas on the WGS 84 ellipsoid (GeographicLib); never planar degrees. */
public final class Geodesy {
  private static final Geodesic WGS84 = Geodesic.WGS84;

  private Geodesy() {}

  public static double metersBetween(double lon1, double lat1, double lon2, double lat2) {
    return WGS84.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12;
  }

  public static double metersBetween(Coordinate a, Coordinate b) {
    return metersBetween(a.x, a.y, b.x, b.y);
  }

  /** Length of every line in the geometry, summed; 0 for points. */
  public static double lengthMeters(Geometry geometry) {
    double total = 0;
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      Geometry part = geometry.getGeometryN(i);
      if (part instanceof LineString line) {
        total += lengthMeters(line.getCoordinates());
      } else if (part instanceof Polygon polygon) {
        total += lengthMeters(polygon.getExteriorRing().getCoordinates());
      }
    }
    return total;
  }

  public static double lengthMeters(Coordinate[] path) {
    double total = 0;
    for (int i = 1; i < path.length; i++) {
      total += metersBetween(path[i - 1], path[i]);
    }
    return total;
  }

  /** Area of polygons (holes subtracted), in square metres. */
  public static double areaSquareMeters(Geometry geometry) {
    double total = 0;
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      if (geometry.getGeometryN(i) instanceof Polygon polygon) {
        total += ringArea(polygon.getExteriorRing().getCoordinates());
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
          total -= ringArea(polygon.getInteriorRingN(h).getCoordinates());
        }
      }
    }
    return total;
  }

  private static double ringArea(Coordinate[] ring) {
    PolygonArea area = new PolygonArea(WGS84, false);
    for (int i = 0; i < ring.length - 1; i++) {
      area.AddPoint(ring[i].y, ring[i].x);
    }
    return Math.abs(area.Compute(false, true).area);
  }

  /**
   * Shortest geodesic distance from a point to a polyline, in metres: the nearest point is found on each segment
   * in a local equirectangular frame (exact enough under a few km), then measured geodesically.
   */
  public static double metersToPath(Coordinate p, Coordinate[] path) {
    double cosLat = Math.cos(Math.toRadians(p.y));
    Coordinate[] nearest = new Coordinate[Math.max(0, path.length - 1)];
    double[] frameSquared = new double[nearest.length];
    double bestFrameSquared = Double.POSITIVE_INFINITY;
    for (int i = 1; i < path.length; i++) {
      Coordinate a = path[i - 1];
      Coordinate b = path[i];
      double ax = (a.x - p.x) * cosLat, ay = a.y - p.y;
      double bx = (b.x - p.x) * cosLat, by = b.y - p.y;
      double dx = bx - ax, dy = by - ay;
      double len2 = dx * dx + dy * dy;
      double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
      double nx = ax + t * dx, ny = ay + t * dy;
      nearest[i - 1] = new Coordinate(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y));
      frameSquared[i - 1] = nx * nx + ny * ny;
      bestFrameSquared = Math.min(bestFrameSquared, frameSquared[i - 1]);
    }
    // Only segments the local frame puts within 25 % of the nearest can be the nearest on the ellipsoid (the frame
    // is off by a few per cent at most here): the others need no geodesic measure, which dominated validation.
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < nearest.length; i++) {
      if (frameSquared[i] <= bestFrameSquared * 1.5625) {
        best = Math.min(best, metersBetween(p, nearest[i]));
      }
    }
    return best;
  }

  /**
   * Whether two points are at most {@code meters} apart. Points whose latitudes or longitudes alone put them
   * further apart are told without GeographicLib: a degree of latitude is at least 110.5 km, a degree of longitude
   * at least 111.3 km times the cosine of the highest latitude a path between them can reach; 10 % to spare.
   */
  public static boolean within(Coordinate a, Coordinate b, double meters) {
    double reach = Math.max(Math.abs(a.y), Math.abs(b.y)) + meters / 110_500;
    double cos = reach >= 90 ? 0 : Math.cos(Math.toRadians(reach));
    double dLon = Math.abs(a.x - b.x) % 360;
    dLon = Math.min(dLon, 360 - dLon);
    if (Math.abs(a.y - b.y) * 110_500 * 0.9 > meters || dLon * 111_300 * cos * 0.9 > meters) {
      return false;
    }
    return metersBetween(a, b) <= meters;
  }
}
