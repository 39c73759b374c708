package org.corridoratlas.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridoratlas.geo.Geodesy;
import org.corridoratlas.network.Edge;
import org.corridoratlas.network.Network;
import org.corridoratlas.network.Node;
import org.corridoratlas.routing.Router;
import org.corridoratlas.routing.Deadline;
import org.corridoratlas.routing.Places;
import org.locationtech.jts.algorithm.hull.ConcaveHull;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Everything reachable within some hours of a place as of a date: GraphHopper's shortest-path tree over the
 * network, the features it reaches with their time, and the area as a JTS concave hull of the reached positions
 * (geodesic area).
 */
public record Catchment(String origin, double hours, LocalDate asOf, List<Reached> reached, Geometry area,
    double areaSquareKm) {

  /** A feature reached, and the earliest time it is reached at. */
  public record Reached(String id, double hours) {}

  private static final GeometryFactory GEOMETRY = new GeometryFactory();
  /** Hull edges at most this share of the longest: 0 is the tightest hull, 1 the convex hull. */
  private static final double HULL_LENGTH_RATIO = 0.3;

  public static Catchment of(Places.Place origin, double hours, LocalDate asOf, Router router) {
    Network network = router.network();
    Map<Integer, Double> times = router.reachability().hoursFrom(origin, asOf, hours, Deadline.NONE);
    Map<String, Double> byFeature = new LinkedHashMap<>();
    List<Coordinate> points = new ArrayList<>();
    for (Map.Entry<Integer, Double> hit : times.entrySet()) {
      Node node = network.node(hit.getKey());
      points.add(new Coordinate(node.lon(), node.lat()));
      if (node.featureId() != null) {
        byFeature.merge(node.featureId(), hit.getValue(), Math::min);
      }
      for (int e : network.edgesAt(node.id())) {
        Edge edge = network.edge(e);
        if (times.containsKey(edge.other(node.id()))) {
          edge.featureIds().forEach(id -> byFeature.merge(id, hit.getValue(), Math::min));
        }
      }
    }
    List<Reached> reached = byFeature.entrySet().stream().map(e -> new Reached(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingDouble(Reached::hours)).toList();
    Geometry cloud = GEOMETRY.createMultiPointFromCoords(points.toArray(Coordinate[]::new));
    Geometry area = points.size() < 3 ? cloud.buffer(0.001)
        : ConcaveHull.concaveHullByLengthRatio(cloud, HULL_LENGTH_RATIO);
    return new Catchment(origin.featureId() != null ? origin.featureId() : origin.text(), hours, asOf, reached, area,
        Geodesy.areaSquareMeters(area) / 1e6);
  }
}
