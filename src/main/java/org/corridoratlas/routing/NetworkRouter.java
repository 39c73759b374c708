package org.corridoratlas.routing;

import com.graphhopper.util.DistanceCalcEarth;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.StatusPeriod;
import org.corridoratlas.network.Edge;
import org.corridoratlas.network.Mode;
import org.corridoratlas.network.Network;
import org.corridoratlas.network.Node;
import org.corridoratlas.routing.Places.Place;
import org.corridoratlas.routing.ShortestPathEngine.Route;

/**
 * The {@link Router} over the curated network, on GraphHopper-core: contraction hierarchies prepared once for
 * time and for distance under default options; bidirectional A* with closed edges at infinite cost when a date,
 * an avoid list or other modes change which edges may be used; GraphHopper's alternative routes.
 */
public final class NetworkRouter implements Router {
  private static final int MAX_BLOCKER_ROUNDS = 12;
  private static final int MAX_CACHED_COSTS = 8;
  private static final Pattern NODE = Pattern.compile("node:(\\d+)");
  private static final double SECONDS_PER_HOUR = 3600;

  private final Network network;
  private final Catalog catalog;
  private final Places places;
  private final StationNames stations;
  private final ShortestPathEngine engine;
  private final Map<Optimize, ShortestPathEngine.Prepared> prepared = new EnumMap<>(Optimize.class);
  private final double[] engineMeters;
  /**
   * Costs per set of constraints, most recently used kept: building them walks every edge, which on a large graph
   * costs more than the search, and requests repeat their constraints (a timeline date, an avoid list).
   */
  private final Map<Constraints, EdgeCosts> recentCosts = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Constraints, EdgeCosts> eldest) {
      return size() > MAX_CACHED_COSTS;
    }
  };

  private record Constraints(Optimize optimize, Set<Mode> modes, LocalDate asOf, Set<String> avoid) {}

  /** A stop of a request: the place named and the network nodes that stand for it. */
  private record Stop(Place place, int[] nodes) {}

  /** The server's router: contraction hierarchies for time and for distance. */
  public NetworkRouter(Network network, Catalog catalog) {
    this(network, catalog, EnumSet.allOf(Optimize.class), null);
  }

  /**
   * @param prepare the optimizations to prepare contraction hierarchies for under default options; the others
   *     run bidirectional A* (a benchmark over a table of times needs only time)
   * @param store a folder that keeps the prepared hierarchies across restarts, or null
   */
  public NetworkRouter(Network network, Catalog catalog, Set<Optimize> prepare, Path store) {
    this.network = network;
    this.catalog = catalog;
    this.places = new Places(catalog);
    this.stations = StationNames.of(catalog);
    int n = network.nodes().size();
    double[] lat = new double[n];
    double[] lon = new double[n];
    for (Node node : network.nodes()) {
      lat[node.id()] = node.lat();
      lon[node.id()] = node.lon();
    }
    int m = network.edges().size();
    int[] source = new int[m];
    int[] target = new int[m];
    engineMeters = new double[m];
    for (Edge edge : network.edges()) {
      source[edge.id()] = edge.source();
      target[edge.id()] = edge.target();
      // A*'s beeline heuristic measures on a sphere; the edge must never look shorter than that beeline.
      double beeline = DistanceCalcEarth.DIST_EARTH.calcDist(lat[edge.source()], lon[edge.source()],
          lat[edge.target()], lon[edge.target()]);
      engineMeters[edge.id()] = Math.max(edge.lengthMeters(), beeline);
    }
    this.engine = new ShortestPathEngine(lat, lon, source, target, engineMeters, store);
    IntPredicate defaults = e -> allowed(network.edge(e), Mode.DEFAULT, null, Set.of());
    for (Optimize optimize : prepare) {
      this.prepared.put(optimize, engine.prepare(optimize.name().toLowerCase(Locale.ROOT),
          costs(optimize, defaults)));
    }
  }

  /** Whether the hierarchies came from the store rather than being prepared at construction. */
  public boolean loadedFromStore() {
    return engine.loadedFromStore();
  }

  public Network network() {
    return network;
  }

  public Places places() {
    return places;
  }

  @Override
  public RouteResult route(RouteRequest request) {
    List<Stop> stops = new ArrayList<>();
    stops.add(stop("from", request.from(), request.modes()));
    request.via().forEach(v -> stops.add(stop("via", v, request.modes())));
    stops.add(stop("to", request.to(), request.modes()));
    List<int[]> nodes = stops.stream().map(Stop::nodes).toList();
    ShortestPathEngine.Prepared ch = request.defaultOptions() ? prepared.get(request.optimize()) : null;
    EdgeCosts costs = ch != null ? ch.costs()
        : cachedCosts(new Constraints(request.optimize(), request.modes(), request.asOf(), request.avoid()));
    Optional<List<Route>> best = chain(ch, costs, nodes);
    if (best.isEmpty()) {
      return explain(request, stops.stream().map(Stop::place).toList(), nodes);
    }
    List<Route> routes = new ArrayList<>();
    routes.add(concat(best.get()));
    routes.addAll(alternatives(costs, best.get(), request.alternatives()));
    return new RouteResult.Found(routes.stream().map(r -> Itineraries.of(network, r, stations)).toList());
  }

  /**
   * A stop as the request names it: "node:N" is node N of the network (as export-network numbers it, so that a
   * check against the exported graph can ask the router about any node); anything else is a place.
   */
  private Stop stop(String field, String text, Set<Mode> modes) {
    Matcher node = NODE.matcher(text.trim());
    if (node.matches()) {
      int id = Integer.parseInt(node.group(1));
      if (id >= network.nodes().size()) {
        throw new UnknownPlace(field, text, "names no node of the network (0.." + (network.nodes().size() - 1) + ")");
      }
      Node n = network.node(id);
      return new Stop(new Place(text, null, "node " + id, n.lon(), n.lat(), n.country()), new int[] {id});
    }
    Place place = places.resolve(field, text);
    return new Stop(place, nodes(field, place, modes));
  }

  /**
   * Alternatives to a chain of searches, by GraphHopper's plateau method on each part in turn, the other parts
   * kept as they are: a via route has one fixed stop per via, so its alternatives differ between stops. The
   * cheapest {@code count} over all parts, each distinct from the best on its part.
   */
  private List<Route> alternatives(EdgeCosts costs, List<Route> parts, int count) {
    if (count == 0) {
      return List.of();
    }
    List<Route> candidates = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Route part = parts.get(i);
      if (part.edges().length == 0) {
        continue;
      }
      List<Route> others = engine.alternatives(costs, part.nodes()[0], part.nodes()[part.nodes().length - 1],
          count + 1);
      for (Route other : others) {
        if (!Arrays.equals(other.edges(), part.edges())) {
          List<Route> replaced = new ArrayList<>(parts);
          replaced.set(i, other);
          candidates.add(concat(replaced));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Route::cost));
    return candidates.stream().limit(count).toList();
  }

  /**
   * The search behind one request: CH when prepared, A* otherwise; via stops as chained searches, one part per
   * pair of consecutive stops. A stop may stand on several nodes (the gauges and countries at one position): each
   * part takes the cheapest.
   */
  private Optional<List<Route>> chain(ShortestPathEngine.Prepared ch, EdgeCosts costs, List<int[]> stops) {
    List<Route> parts = new ArrayList<>();
    int[] starts = stops.get(0);
    for (int i = 1; i < stops.size(); i++) {
      Route bestPart = null;
      for (int from : starts) {
        for (int to : stops.get(i)) {
          Optional<Route> part = from == to ? Optional.of(new Route(new int[0], new int[] {to}, 0))
              : ch != null ? ch.route(from, to) : engine.route(costs, from, to);
          if (part.isPresent() && (bestPart == null || part.get().cost() < bestPart.cost())) {
            bestPart = part.get();
          }
        }
      }
      if (bestPart == null) {
        return Optional.empty();
      }
      parts.add(bestPart);
      starts = new int[] {bestPart.nodes()[bestPart.nodes().length - 1]};
    }
    return Optional.of(parts);
  }

  private static Route concat(List<Route> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    int[] edges = new int[parts.stream().mapToInt(p -> p.edges().length).sum()];
    int[] nodes = new int[edges.length + 1];
    int e = 0;
    double cost = 0;
    for (Route part : parts) {
      // Each part starts at the node the last one ended on: nodes[e] is already that node.
      System.arraycopy(part.edges(), 0, edges, e, part.edges().length);
      System.arraycopy(part.nodes(), 0, nodes, e, part.nodes().length);
      e += part.edges().length;
      cost += part.cost();
    }
    return new Route(edges, nodes, cost);
  }


  private EdgeCosts cachedCosts(Constraints c) {
    synchronized (recentCosts) {
      EdgeCosts known = recentCosts.get(c);
      if (known != null) {
        return known;
      }
    }
    EdgeCosts built = costs(c.optimize(), e -> allowed(network.edge(e), c.modes(), c.asOf(), c.avoid()));
    synchronized (recentCosts) {
      recentCosts.put(c, built);
    }
    return built;
  }

  /**
   * Per-direction costs, infinite where the edge may not be used: time in seconds, distance in metres. (CH stores
   * shortcut weights in steps of 0.001, so the engine works in small units; itineraries report hours and km.)
   */
  private EdgeCosts costs(Optimize optimize, IntPredicate open) {
    int m = network.edges().size();
    double[] forward = new double[m];
    double[] backward = new double[m];
    double minPerMeter = Double.POSITIVE_INFINITY;
    for (Edge edge : network.edges()) {
      int e = edge.id();
      boolean usable = open.test(e);
      double f = optimize == Optimize.TIME ? edge.hours() * SECONDS_PER_HOUR : edge.lengthMeters();
      double b = optimize == Optimize.TIME ? edge.reverseHours() * SECONDS_PER_HOUR : edge.lengthMeters();
      forward[e] = usable ? f : Double.POSITIVE_INFINITY;
      backward[e] = usable && edge.reverseHours() >= 0 ? b : Double.POSITIVE_INFINITY;
      if (engineMeters[e] > 0) {
        minPerMeter = Math.min(minPerMeter, Math.min(f, b < 0 ? f : b) / engineMeters[e]);
      }
    }
    // Margin: GraphHopper's beeline is spherical, our lengths ellipsoidal; 1 % keeps A* exact.
    return new EdgeCosts(forward, backward, Double.isFinite(minPerMeter) ? 0.99 * minPerMeter : 0);
  }

  /**
   * Hours from the nearest of the start nodes to every node reachable within {@code maxHours}, as of a date
   * (null: default options), by GraphHopper's shortest-path tree.
   */
  public Map<Integer, Double> hoursFrom(int[] starts, LocalDate asOf, double maxHours) {
    ShortestPathEngine.Prepared byTime = prepared.get(Optimize.TIME);
    EdgeCosts costs = asOf == null && byTime != null ? byTime.costs()
        : cachedCosts(new Constraints(Optimize.TIME, Mode.DEFAULT, asOf, Set.of()));
    Map<Integer, Double> hours = new HashMap<>();
    for (int start : starts) {
      engine.reachable(costs, start, maxHours * SECONDS_PER_HOUR)
          .forEach((node, seconds) -> hours.merge(node, seconds / SECONDS_PER_HOUR, Math::min));
    }
    return hours;
  }

  /**
   * Whether a request may use the edge: its mode is allowed, it is open on the date (or built, without a date),
   * nothing of it is avoided. Under default options this is exactly the graph export-network writes.
   */
  public static boolean allowed(Edge edge, Set<Mode> modes, LocalDate asOf, Set<String> avoid) {
    if (edge.mode() != null && !modes.contains(edge.mode())) {
      return false;
    }
    if (!(asOf == null ? edge.built() : edge.usableOn(asOf))) {
      return false;
    }
    return avoid.isEmpty() || (edge.featureIds().stream().noneMatch(avoid::contains) && (edge.country() == null || !avoid.contains(edge.country())));
  }

  /**
   * The network nodes that stand for a place: a port's or mine's own node, else the nodes at the position of the
   * nearest node of an allowed mode (one per country and gauge there).
   */
  public int[] nodes(String field, Place place, Set<Mode> modes) {
    if (place.featureId() != null) {
      for (int id : network.nodesOf(place.featureId())) {
        Node node = network.node(id);
        if ("port".equals(node.kind()) || "mine".equals(node.kind())) {
          return new int[] {id};
        }
      }
    }
    IntPredicate ofMode = id -> (place.country() == null || place.country().equals(network.node(id).country()))
        && network.edgesAt(id).stream().map(network::edge).anyMatch(e -> e.mode() != null && modes.contains(e.mode()));
    Node nearest = network.nearestNode(place.lon(), place.lat(), node -> ofMode.test(node.id()))
        .orElseThrow(() -> new UnknownPlace(field, place.text(), "is not near any line of the allowed modes"));
    return network.nodes().stream()
        .filter(n -> n.lon() == nearest.lon() && n.lat() == nearest.lat() && ofMode.test(n.id()))
        .mapToInt(Node::id).toArray();
  }

  // ---------------------------------------------------------------------------------------------- no route

  /**
   * Why there is no route: searches again with dates and the avoid list lifted. Each route found that way crosses
   * some blocked feature; those features are set aside and the search repeats, until the blocked features found
   * cut every route. Then they are the blockers, each with the reason its edge was unusable.
   */
  private RouteResult explain(RouteRequest request, List<Place> stops, List<int[]> nodes) {
    Map<String, String> blockers = new LinkedHashMap<>();
    boolean anyRoute = false;
    for (int round = 0; round < MAX_BLOCKER_ROUNDS; round++) {
      BitSet closed = new BitSet();
      for (Edge edge : network.edges()) {
        boolean modeOk = edge.mode() == null || request.modes().contains(edge.mode());
        Map<String, String> why = blocking(edge, request);
        if (!modeOk || why.keySet().stream().anyMatch(blockers::containsKey)) {
          closed.set(edge.id());
        }
      }
      EdgeCosts relaxed = costs(Optimize.TIME, e -> !closed.get(e));
      Optional<List<Route>> route = chain(null, relaxed, nodes);
      if (route.isEmpty()) {
        break;
      }
      anyRoute = true;
      int before = blockers.size();
      for (int e : concat(route.get()).edges()) {
        blockers.putAll(blocking(network.edge(e), request));
      }
      if (blockers.size() == before) {
        break;
      }
    }
    String between = stops.get(0).name() + " to " + stops.get(stops.size() - 1).name();
    String modes = request.modes().stream().map(Mode::wireName).sorted().reduce((a, b) -> a + ", " + b).orElse("");
    if (!anyRoute) {
      IntPredicate anyMode = e -> true;
      boolean otherModes = chain(null, costs(Optimize.TIME, anyMode), nodes).isPresent();
      return otherModes
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
  private Map<String, String> blocking(Edge edge, RouteRequest request) {
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
