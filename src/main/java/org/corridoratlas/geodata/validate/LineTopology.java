package org.corridoratlas.geodata.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.LayerKind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/** Lines of one layer may touch or cross each other only at a vertex both of them have. */
final class LineTopology {
  interface Reporter {
    void problem(LayerKind kind, String id, String field, String message);
  }

  private final Reporter reporter;

  LineTopology(Reporter reporter) {
    this.reporter = reporter;
  }

  void check(LayerKind kind, List<Feature> lines) {
    STRtree index = new STRtree();
    lines.forEach(l -> index.insert(l.geometry().getEnvelopeInternal(), l));
    Set<String> reported = new HashSet<>();
    for (Feature a : lines) {
      @SuppressWarnings("unchecked")
      List<Feature> near = index.query(a.geometry().getEnvelopeInternal());
      for (Feature b : near) {
        if (a.id().compareTo(b.id()) >= 0 || !a.geometry().intersects(b.geometry())) {
          continue;
        }
        Set<Coordinate> shared = vertices(a.geometry());
        shared.retainAll(vertices(b.geometry()));
        Geometry meet = a.geometry().intersection(b.geometry());
        for (Coordinate c : meet.getCoordinates()) {
          if (!shared.contains(new Coordinate(c.x, c.y)) && reported.add(a.id() + b.id())) {
            reporter.problem(kind, a.id(), "geometry", "meets " + b.id() + " at " + round(c.x) + ","
                + round(c.y) + " where the two lines share no vertex");
          }
        }
      }
    }
  }

  private static Set<Coordinate> vertices(Geometry g) {
    Set<Coordinate> set = new HashSet<>();
    for (Coordinate c : g.getCoordinates()) {
      set.add(new Coordinate(c.x, c.y));
    }
    return set;
  }

  private static String round(double v) {
    return String.format(java.util.Locale.ROOT, "%.5f", v);
  }
}
