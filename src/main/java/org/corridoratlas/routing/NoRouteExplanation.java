package org.corridoratlas.routing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.StatusPeriod;
import org.corridoratlas.network.Edge;
import org.corridoratlas.network.Mode;
import org.corridoratlas.network.Network;
import org.corridoratlas.routing.Places.Place;
import org.corridoratlas.routing.ShortestPathEngine.Route;

/**
 * Why a request has no route: the search is repeated with dates and the avoid list lifted. Each route found that
 * way crosses some blocked feature; those features are set aside and the search repeats, until the blocked
 * features found cut every route. Then they are the blockers, each with the reason its edge was unusable. Without
 * any route even then: only other modes connect the stops, or nothing does.
 */
final class NoRouteExplanation {
  private static final int MAX_BLOCKER_ROUNDS = 12;

  private final Network network;
  private final Catalog catalog;

  NoRouteExplanation(Network network, Catalog catalog) {
    this.network = network;
    this.catalog = catalog;
  }

  /**
   * @param stops the places of the request, first to last
   * @param search the cheapest route by time through the stops with every edge open but the given ones
   */
  RouteResult.NoRoute explain(RouteRequest request, List<Place> stops, Function<BitSet, Optional<Route>> search) {
    // What blocks each edge for this request, found once: the rounds only decide which of it to set aside.
    BitSet otherModes = new BitSet();
    Map<Integer, Map<String, String>> blockedEdges = new LinkedHashMap<>();
    for (Edge edge : network.edges()) {
      if (edge.mode() != null && !request.modes().contains(edge.mode())) {
        otherModes.set(edge.id());
      }
      Map<String, String> why = blocking(edge, request);
      if (!why.isEmpty()) {
        blockedEdges.put(edge.id(), why);
      }
    }
    Map<String, String> blockers = new LinkedHashMap<>();
    boolean anyRoute = false;
    for (int round = 0; round < MAX_BLOCKER_ROUNDS; round++) {
      BitSet closed = (BitSet) otherModes.clone();
      blockedEdges.forEach((e, why) -> {
        if (why.keySet().stream().anyMatch(blockers::containsKey)) {
          closed.set(e);
        }
      });
      Optional<Route> route = search.apply(closed);
      if (route.isEmpty()) {
        break;
      }
      anyRoute = true;
      int before = blockers.size();
      for (int e : route.get().edges()) {
        blockers.putAll(blockedEdges.getOrDefault(e, Map.of()));
      }
      if (blockers.size() == before) {
        break;
      }
    }
    String between = stops.get(0).name() + " to " + stops.get(stops.size() - 1).name();
    String modes = request.modes().stream().map(Mode::wireName).sorted().reduce((a, b) -> a + ", " + b).orElse("");
    if (!anyRoute) {
      return search.apply(new BitSet()).isPresent()
          ? new RouteResult.NoRoute("modes", "No route from " + between + " by " + modes
              + ": the network joins them only with other modes.", List.of())
          : new RouteResult.NoRoute("disconnected", "No route from " + between
              + ": the network has no link between them (a missing line, crossing or port link).", List.of());
    }
    boolean dated = blockers.values().stream().anyMatch(v -> !v.startsWith("avoided"));
    String when = request.asOf() == null ? "(not built, or abandoned)" : "on " + request.asOf();
    String reason = dated ? "closed" : "avoided";
    StringBuilder text = new StringBuilder("No route from " + between + " by " + modes
        + (request.asOf() == null ? "" : " as of " + request.asOf()) + ": every route the network offers uses "
        + (dated ? "a feature that is not usable " + when : "something the request avoids") + ". Cut by: ");
    List<String> parts = new ArrayList<>();
    blockers.forEach((id, why) -> parts.add(catalog.findFeature(id).map(Feature::name).orElse(id) + " (" + why + ")"));
    text.append(String.join("; ", parts)).append('.');
    return new RouteResult.NoRoute(reason, text.toString(), List.copyOf(blockers.keySet()));
  }

  /** The features (or avoided countries) that make an edge unusable for this request, each with why. */
  private static Map<String, String> blocking(Edge edge, RouteRequest request) {
    Map<String, String> why = new LinkedHashMap<>();
    for (int i = 0; i < edge.featureIds().size(); i++) {
      String id = edge.featureIds().get(i);
      if (request.avoid().contains(id)) {
        why.put(id, "avoided");
        continue;
      }
      var timeline = edge.timelines().get(i);
      boolean usable = request.asOf() == null ? Edge.latestBuilt(timeline) : timeline.usableOn(request.asOf());
      if (!usable) {
        why.put(id, describe(timeline.periods(), request.asOf()));
      }
    }
    if (edge.country() != null && request.avoid().contains(edge.country())) {
      why.put(edge.country(), "avoided country");
    }
    return why;
  }

  private static String describe(List<StatusPeriod> periods, LocalDate date) {
    StatusPeriod period = null;
    for (StatusPeriod p : periods) {
      if (date == null ? p == periods.get(periods.size() - 1) : p.covers(date)) {
        period = p;
      }
    }
    if (period == null) {
      return "no status recorded" + (date == null ? "" : " on " + date);
    }
    String span = (period.from() == null ? "" : " since " + period.from()) + (period.to() == null ? "" : " until " + period.to());
    String note = period.note() == null || period.note().isBlank() ? "" : ": " + period.note();
    return period.status().wireName() + span + note;
  }
}
