package org.corridoratlas.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corridoratlas.catalog.Layer;
import org.corridoratlas.geo.Geodesy;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.network.Node;
import org.corridoratlas.routing.Router;
import org.corridoratlas.routing.Deadline;
import org.corridoratlas.routing.Places;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/** The k features of a layer nearest to a place: by geodesic distance, or by travel time over the network. */
public final class Nearest {
  /** One neighbour: its geodesic distance, and its network time when ranked by time (else null). */
  public record Neighbour(String id, String name, String layer, double meters, Double hours) {}

  private Nearest() {}

  public static List<Neighbour> byDistance(Layer layer, Places.Place from, int k) {
    Coordinate at = new Coordinate(from.lon(), from.lat());
    return layer.features().stream()
        .filter(f -> !f.id().equals(from.featureId()))
        .map(f -> new Neighbour(f.id(), f.name(), f.layer(), metersTo(at, f), null))
        .sorted(Comparator.comparingDouble(Neighbour::meters))
        .limit(k)
        .toList();
  }

  /**
   * Ranked by network time from the place (as of a date, or under the latest status when null), through
   * GraphHopper's shortest-path tree; features the network does not reach within {@code maxHours} are left out.
   */
  public static List<Neighbour> byTime(Layer layer, Places.Place from, int k, LocalDate asOf, double maxHours,
      Router router) {
    Map<Integer, Double> reached = router.reachability().hoursFrom(from, asOf, maxHours, Deadline.NONE);
    Coordinate at = new Coordinate(from.lon(), from.lat());
    List<Neighbour> out = new ArrayList<>();
    for (Feature f : layer.features()) {
      if (f.id().equals(from.featureId())) {
        continue;
      }
      List<Integer> nodes = router.network().nodesOf(f.id());
      if (nodes.isEmpty()) {
        Coordinate c = Places.position(f.geometry());
        nodes = router.network().nearestNode(c.x, c.y, n -> true).map(Node::id).stream().toList();
      }
      nodes.stream().map(reached::get).filter(Objects::nonNull).min(Double::compare)
          .ifPresent(h -> out.add(new Neighbour(f.id(), f.name(), f.layer(), metersTo(at, f), h)));
    }
    out.sort(Comparator.comparingDouble(Neighbour::hours));
    return out.subList(0, Math.min(k, out.size()));
  }

  /** Geodesic metres from a position to a feature: to the point, to the nearest segment of a line or ring. */
  static double metersTo(Coordinate at, Feature f) {
    if (f.geometry() instanceof Point p) {
      return Geodesy.metersBetween(at, p.getCoordinate());
    }
    if (f.geometry().getDimension() == 2
        && f.geometry().contains(f.geometry().getFactory().createPoint(at))) {
      return 0;
    }
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < f.geometry().getNumGeometries(); i++) {
      var part = f.geometry().getGeometryN(i);
      Coordinate[] path = part instanceof org.locationtech.jts.geom.Polygon poly
          ? poly.getExteriorRing().getCoordinates() : part.getCoordinates();
      best = Math.min(best, path.length == 1 ? Geodesy.metersBetween(at, path[0]) : Geodesy.metersToPath(at, path));
    }
    return best;
  }
}
