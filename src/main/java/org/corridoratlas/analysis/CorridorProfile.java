package org.corridoratlas.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.geo.Geodesy;
import org.corridoratlas.geodata.Corridor;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.network.Mode;
import org.corridoratlas.routing.Itinerary;
import org.corridoratlas.routing.Leg;
import org.corridoratlas.routing.Router;
import org.corridoratlas.routing.RouteRequest;
import org.corridoratlas.routing.RouteResult;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/**
 * The profile of a named corridor: the lengths of its lines by country, mode and gauge; its crossings; where the
 * gauge changes between consecutive railways; and, from the network route along it (from its first feature's free
 * end to its last one's, through each of its crossings, by the modes of its lines), the travel time and the circuity
 * (network length / geodesic distance between the ends); null when the network has no such route. {@code gaps}
 * lists features that meet none of the features before them (within 3 km).
 */
public record CorridorProfile(String corridorId, Map<String, Double> lengthKmByCountry,
    Map<String, Double> lengthKmByMode, Map<String, Double> lengthKmByGauge, List<String> crossings,
    List<GaugeBreak> gaugeBreaks, Double hours, Double networkKm, Double geodesicKm, Double circuity,
    List<String> gaps) {

  /** Where the gauge changes between two consecutive railways of the corridor. */
  public record GaugeBreak(String fromFeature, String toFeature, String fromGauge, String toGauge, double lon,
      double lat) {}

  private static final double MEET_METERS = 3000;
  private static final Map<String, Mode> MODE_OF_LAYER = Map.of("railways", Mode.RAIL, "roads", Mode.ROAD,
      "sea-lanes", Mode.SEA, "pipelines", Mode.PIPELINE);

  public static CorridorProfile of(Corridor corridor, Catalog catalog, Router router) {
    List<Feature> features = corridor.featureIds().stream().map(catalog::findFeature).flatMap(Optional::stream).toList();
    Map<String, Double> byCountry = new TreeMap<>();
    Map<String, Double> byMode = new TreeMap<>();
    Map<String, Double> byGauge = new TreeMap<>();
    List<String> crossings = new ArrayList<>();
    List<GaugeBreak> breaks = new ArrayList<>();
    List<String> gaps = new ArrayList<>();
    Feature previousRail = null;
    String runningGauge = null;
    for (int i = 0; i < features.size(); i++) {
      Feature f = features.get(i);
      double km = Geodesy.lengthMeters(f.geometry()) / 1000;
      String mode = MODE_OF_LAYER.containsKey(f.layer()) ? MODE_OF_LAYER.get(f.layer()).wireName() : null;
      if (mode != null) {
        byMode.merge(mode, km, Double::sum);
        f.text("country").ifPresent(c -> byCountry.merge(c, km, Double::sum));
        f.text("gauge").ifPresent(g -> byGauge.merge(g, km, Double::sum));
      }
      if ("crossings".equals(f.layer())) {
        crossings.add(f.id());
      }
      if ("railways".equals(f.layer())) {
        // A dual-gauge line carries both gauges: the break is where the next single gauge differs.
        String gauge = f.text("gauge").orElse("");
        if (!"dual".equals(gauge)) {
          if (runningGauge != null && !runningGauge.equals(gauge)) {
            Coordinate at = meeting(previousRail, f);
            breaks.add(new GaugeBreak(previousRail.id(), f.id(), runningGauge, gauge, at.x, at.y));
          }
          runningGauge = gauge;
        }
        previousRail = f;
      }
      if (i > 0 && features.subList(0, i).stream().allMatch(earlier -> distanceMeters(earlier, f) > MEET_METERS)) {
        gaps.add(features.get(i - 1).id() + " / " + f.id());
      }
    }
    Double hours = null;
    Double networkKm = null;
    Double geodesicKm = null;
    Double circuity = null;
    if (features.size() >= 2) {
      Coordinate start = freeEnd(features.get(0), features.get(1));
      Coordinate end = freeEnd(features.get(features.size() - 1), features.get(features.size() - 2));
      List<String> via = features.stream().filter(f -> "crossings".equals(f.layer())).map(Feature::id).toList();
      Mode[] modes = features.stream().map(f -> MODE_OF_LAYER.get(f.layer())).filter(Objects::nonNull).distinct()
          .toArray(Mode[]::new);
      RouteRequest request = RouteRequest.between(start.x + "," + start.y, end.x + "," + end.y)
          .withVia(via.toArray(String[]::new)).withModes(modes);
      geodesicKm = Geodesy.metersBetween(start, end) / 1000;
      if (router.route(request) instanceof RouteResult.Found found && !found.itineraries().get(0).legs().isEmpty()) {
        Itinerary route = found.itineraries().get(0);
        hours = route.totals().hours();
        networkKm = route.totals().lengthMeters() / 1000;
        // Circuity compares the route with the beeline between the network nodes it actually starts and ends at.
        List<Leg> legs = route.legs();
        LineString first = legs.get(0).geometry();
        LineString last = legs.get(legs.size() - 1).geometry();
        geodesicKm = Geodesy.metersBetween(first.getCoordinateN(0), last.getCoordinateN(last.getNumPoints() - 1)) / 1000;
        circuity = geodesicKm > 0 ? networkKm / geodesicKm : null;
      }
    }
    return new CorridorProfile(corridor.id(), byCountry, byMode, byGauge, crossings, breaks, hours, networkKm,
        geodesicKm, circuity, gaps);
  }

  private static Coordinate meeting(Feature a, Feature b) {
    Coordinate best = a.geometry().getCoordinates()[0];
    double bestMeters = Double.POSITIVE_INFINITY;
    for (Coordinate c : a.geometry().getCoordinates()) {
      double m = Geodesy.metersToPath(c, b.geometry().getCoordinates());
      if (m < bestMeters) {
        best = c;
        bestMeters = m;
      }
    }
    return best;
  }

  private static double distanceMeters(Feature a, Feature b) {
    double best = Double.POSITIVE_INFINITY;
    Coordinate[] path = b.geometry().getCoordinates();
    for (Coordinate c : a.geometry().getCoordinates()) {
      best = Math.min(best, path.length == 1 ? Geodesy.metersBetween(c, path[0]) : Geodesy.metersToPath(c, path));
    }
    return best;
  }

  /** The end of a line away from its neighbour in the corridor; a point feature's own position. */
  private static Coordinate freeEnd(Feature f, Feature neighbour) {
    if (!(f.geometry() instanceof LineString line)) {
      return f.geometry().getInteriorPoint().getCoordinate();
    }
    Coordinate first = line.getCoordinateN(0);
    Coordinate last = line.getCoordinateN(line.getNumPoints() - 1);
    Coordinate[] other = neighbour.geometry().getCoordinates();
    return Geodesy.metersToPath(first, other) > Geodesy.metersToPath(last, other) || other.length == 1
        && Geodesy.metersBetween(first, other[0]) > Geodesy.metersBetween(last, other[0]) ? first : last;
  }
}
