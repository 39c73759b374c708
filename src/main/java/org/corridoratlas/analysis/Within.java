package org.corridoratlas.analysis;

import java.util.Comparator;
import java.util.List;
import org.corridoratlas.catalog.Layer;
import org.corridoratlas.geo.Bbox;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.routing.Places;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/** Features of a layer inside a zone (any polygon), or within some kilometres of a line (e.g. mines near a railway). */
public final class Within {
  /** A feature found, with its geodesic distance to the line (0 inside a zone). */
  public record Hit(String id, String name, String layer, double meters) {}

  private Within() {}

  public static List<Hit> inside(Layer layer, Geometry zone) {
    PreparedGeometry prepared = PreparedGeometryFactory.prepare(zone);
    var box = zone.getEnvelopeInternal();
    return layer.intersecting(new Bbox(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY())).stream()
        .filter(f -> prepared.intersects(f.geometry()))
        .map(f -> new Hit(f.id(), f.name(), f.layer(), 0))
        .toList();
  }

  /** Features whose representative position lies within {@code km} of the line feature's geometry. */
  public static List<Hit> near(Layer layer, Feature line, double km) {
    var box = line.geometry().getEnvelopeInternal();
    double deg = km / 60.0;
    Bbox search = new Bbox(box.getMinX() - deg / Math.cos(Math.toRadians(box.getMaxY())), box.getMinY() - deg,
        box.getMaxX() + deg / Math.cos(Math.toRadians(box.getMaxY())), box.getMaxY() + deg);
    return layer.intersecting(search).stream()
        .filter(f -> !f.id().equals(line.id()))
        .map(f -> {
          Coordinate at = Places.position(f.geometry());
          return new Hit(f.id(), f.name(), f.layer(), Nearest.metersTo(at, line));
        })
        .filter(h -> h.meters() <= km * 1000)
        .sorted(Comparator.comparingDouble(Hit::meters))
        .toList();
  }
}
