package org.corridoratlas.routing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.corridoratlas.network.Edge;
import org.corridoratlas.network.EdgeKind;
import org.corridoratlas.network.Mode;
import org.corridoratlas.network.Network;
import org.corridoratlas.network.Node;
import org.corridoratlas.routing.ShortestPathEngine.Route;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Turns a path of network edges into what a traveller reads: legs per mode, gauge and country; steps; totals. */
final class Itineraries {
  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private Itineraries() {}

  /** The itinerary of a route, its parts built when first read. */
  static Itinerary of(Network network, Route route, StationNames stations) {
    return new Itinerary(() -> contents(network, route, stations), () -> featureIds(network, route));
  }

  /** The features along the route, once each in travel order (an edge's features mostly repeat its predecessor's). */
  private static List<String> featureIds(Network network, Route route) {
    Set<String> ids = new LinkedHashSet<>();
    List<String> last = List.of();
    for (int e : route.edges()) {
      List<String> here = network.edge(e).featureIds();
      if (!here.equals(last)) {
        ids.addAll(here);
        last = here;
      }
    }
    return List.copyOf(ids);
  }

  private static Itinerary.Contents contents(Network network, Route route, StationNames stations) {
    List<Leg> legs = new ArrayList<>();
    List<Step> steps = new ArrayList<>();
    LegBuilder leg = null;
    double meters = 0;
    double hours = 0;
    int borders = 0;
    int breaks = 0;
    int transshipments = 0;
    for (int i = 0; i < route.edges().length; i++) {
      Edge edge = network.edge(route.edges()[i]);
      boolean backwards = edge.source() != route.nodes()[i];
      double edgeHours = backwards ? edge.reverseHours() : edge.hours();
      meters += edge.lengthMeters();
      hours += edgeHours;
      if (edge.kind() == EdgeKind.LINE) {
        if (leg == null || !leg.continues(edge)) {
          if (leg != null) {
            legs.add(leg.build());
          }
          leg = new LegBuilder(edge);
        }
        leg.add(edge, backwards, edgeHours);
        continue;
      }
      Node from = network.node(route.nodes()[i]);
      Node to = network.node(route.nodes()[i + 1]);
      String featureId = edge.featureIds().isEmpty() ? null : edge.featureIds().get(0);
      Node at = "port".equals(to.kind()) || "mine".equals(to.kind()) ? to : from;
      Node rail = from.mode() == Mode.RAIL ? from : to.mode() == Mode.RAIL ? to : null;
      String station = rail == null ? "" : stations.phrase(rail.lon(), rail.lat(), rail.country());
      String text = switch (edge.kind()) {
        case BORDER_CROSSING -> "Cross the border " + from.country() + " → " + to.country() + " at " + edge.name()
            + station;
        case GAUGE_BREAK -> "Change gauge " + from.gauge() + " → " + to.gauge() + " in " + from.country() + " at "
            + edge.name() + station;
        case TRANSSHIPMENT -> "Transship " + modeOf(network, from) + " → " + modeOf(network, to) + " at " + edge.name()
            + station;
        case ACCESS -> "Access link " + (backwards ? "to " : "from ") + edge.name().replace(" access", "")
            + String.format(Locale.ROOT, " (%.1f km)", edge.lengthMeters() / 1000);
        case LINE -> throw new IllegalStateException("line edges make legs");
      };
      text += String.format(Locale.ROOT, " (%.1f h)", edgeHours);
      switch (edge.kind()) {
        case BORDER_CROSSING -> borders++;
        case GAUGE_BREAK -> breaks++;
        case TRANSSHIPMENT -> transshipments++;
        default -> { }
      }
      steps.add(new Step(edge.kind().wireName(), featureId, edge.name(), at.lon(), at.lat(), text));
    }
    if (leg != null) {
      legs.add(leg.build());
    }
    return new Itinerary.Contents(legs, steps, new Itinerary.Totals(meters, hours, borders, breaks, transshipments));
  }

  /** "rail", "road", "sea" for a line node; "port" or "mine" for those. */
  private static String modeOf(Network network, Node node) {
    return node.mode() != null ? node.mode().wireName() : node.kind();
  }

  /** Consecutive line edges of the same mode, gauge and country, merged into one leg. */
  private static final class LegBuilder {
    private final Edge first;
    private final List<Coordinate> coords = new ArrayList<>();
    private final Set<String> featureIds = new LinkedHashSet<>();
    private double meters;
    private double hours;

    LegBuilder(Edge first) {
      this.first = first;
    }

    boolean continues(Edge edge) {
      return edge.mode() == first.mode() && Objects.equals(edge.gauge(), first.gauge())
          && Objects.equals(edge.country(), first.country());
    }

    void add(Edge edge, boolean backwards, double edgeHours) {
      Coordinate[] piece = edge.geometry().getCoordinates();
      // Each piece starts where the last ended: that vertex is added once.
      for (int k = coords.isEmpty() ? 0 : 1; k < piece.length; k++) {
        coords.add(piece[backwards ? piece.length - 1 - k : k]);
      }
      featureIds.addAll(edge.featureIds());
      meters += edge.lengthMeters();
      hours += edgeHours;
    }

    Leg build() {
      return new Leg(first.mode().wireName(), first.gauge(), first.country(), meters, hours, List.copyOf(featureIds),
          GEOMETRY.createLineString(coords.toArray(Coordinate[]::new)));
    }
  }
}
