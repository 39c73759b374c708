package org.corridoratlas.routing;

import com.graphhopper.util.DistanceCalcEarth;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.network.Edge;
import org.corridoratlas.network.Mode;
import org.corridoratlas.network.Network;
import org.corridoratlas.network.Node;
import org.corridoratlas.routing.ShortestPathEngine.Route;

/**
 * The {@link Router} over the curated network, on GraphHopper-core: contraction hierarchies prepared once for
 * time and for distance under default options; bidirectional A* guided by landmarks, with closed edges at infinite
 * cost, when a date, an avoid list or other modes change which edges may be used; GraphHopper's alternative
 * routes. Beside it: {@link Stops} (where a request's stops stand), {@link Closures} (the edges a request closes),
 * {@link NoRouteExplanation} (why there is no route), {@link Reachability} (catchments).
 */
public final class NetworkRouter implements Router {
  private static final double SECONDS_PER_HOUR = 3600;

  private final Network network;
  private final Places places;
  private final Stops stops;
  private final StationNames stations;
  private final Closures closures;
  private final NoRouteExplanation explanation;
  private final Reachability reachability;
  private final ShortestPathEngine engine;
  /** Costs with every edge open, per optimization: a request's costs are a view of them over its closed edges. */
  private final Map<Optimize, EdgeCosts> open = new EnumMap<>(Optimize.class);
  private final Map<Optimize, ShortestPathEngine.Prepared> prepared = new EnumMap<>(Optimize.class);
  /**
   * Landmarks per optimization, prepared on every edge open so that they are valid for any request's closures;
   * prepared by the first request that changes the costs (seconds on a large graph, which requests under default
   * options and start-up need not wait for). Absent: too small a graph, A* runs on the beeline.
   */
  private final Map<Optimize, Optional<ShortestPathEngine.Landmarks>> landmarks = new EnumMap<>(Optimize.class);

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
    this.places = new Places(catalog);
    this.stops = new Stops(network, places);
    this.stations = StationNames.of(catalog);
    this.closures = new Closures(network);
    this.explanation = new NoRouteExplanation(network, catalog);
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
    double[] engineMeters = new double[m];
    for (Edge edge : network.edges()) {
      source[edge.id()] = edge.source();
      target[edge.id()] = edge.target();
      // A*'s beeline heuristic measures on a sphere; the edge must never look shorter than that beeline.
      double beeline = DistanceCalcEarth.DIST_EARTH.calcDist(lat[edge.source()], lon[edge.source()],
          lat[edge.target()], lon[edge.target()]);
      engineMeters[edge.id()] = Math.max(edge.lengthMeters(), beeline);
    }
    this.engine = new ShortestPathEngine(lat, lon, source, target, engineMeters, store);
    for (Optimize optimize : Optimize.values()) {
      open.put(optimize, openCosts(optimize, engineMeters));
    }
    for (Optimize optimize : prepare) {
      this.prepared.put(optimize, engine.prepare(optimize.name().toLowerCase(Locale.ROOT),
          costs(optimize, Closures.Constraints.DEFAULT)));
    }
    this.reachability = new Reachability(network, stops, engine, asOf -> {
      ShortestPathEngine.Prepared byTime = prepared.get(Optimize.TIME);
      return asOf == null && byTime != null ? byTime.costs()
          : costs(Optimize.TIME, new Closures.Constraints(Mode.DEFAULT, asOf, Set.of()));
    });
  }

  /** Whether the hierarchies came from the store rather than being prepared at construction. */
  public boolean loadedFromStore() {
    return engine.loadedFromStore();
  }

  @Override
  public Network network() {
    return network;
  }

  @Override
  public Places places() {
    return places;
  }

  @Override
  public Reachability reachability() {
    return reachability;
  }

  @Override
  public RouteResult route(RouteRequest request, Deadline deadline) {
    List<Stops.Stop> stopList = new ArrayList<>();
    stopList.add(stops.stop("from", request.from(), request.modes()));
    request.via().forEach(v -> stopList.add(stops.stop("via", v, request.modes())));
    stopList.add(stops.stop("to", request.to(), request.modes()));
    List<int[]> nodes = stopList.stream().map(Stops.Stop::nodes).toList();
    ShortestPathEngine.Prepared ch = request.defaultOptions() ? prepared.get(request.optimize()) : null;
    EdgeCosts costs = ch != null ? ch.costs()
        : costs(request.optimize(), new Closures.Constraints(request.modes(), request.asOf(), request.avoid()));
    ShortestPathEngine.Landmarks lm = ch != null ? null : landmarks(request.optimize());
    Optional<List<Route>> best = chain(ch, costs, lm, nodes, deadline);
    if (best.isEmpty()) {
      ShortestPathEngine.Landmarks byTime = landmarks(Optimize.TIME);
      EdgeCosts seconds = open.get(Optimize.TIME);
      return explanation.explain(request, stopList.stream().map(Stops.Stop::place).toList(),
          closed -> chain(null, seconds.closing(closed), byTime, nodes, deadline).map(NetworkRouter::concat));
    }
    List<Route> routes = new ArrayList<>();
    routes.add(concat(best.get()));
    routes.addAll(alternatives(costs, best.get(), request.alternatives(), deadline));
    return new RouteResult.Found(routes.stream().map(r -> Itineraries.of(network, r, stations)).toList());
  }

  /**
   * Alternatives to a chain of searches, by GraphHopper's plateau method on each part in turn, the other parts
   * kept as they are: a via route has one fixed stop per via, so its alternatives differ between stops. The
   * cheapest {@code count} over all parts, each distinct from the best on its part.
   */
  private List<Route> alternatives(EdgeCosts costs, List<Route> parts, int count, Deadline deadline) {
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
          count + 1, deadline);
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
  private Optional<List<Route>> chain(ShortestPathEngine.Prepared ch, EdgeCosts costs,
      ShortestPathEngine.Landmarks lm, List<int[]> stops, Deadline deadline) {
    List<Route> parts = new ArrayList<>();
    int[] starts = stops.get(0);
    for (int i = 1; i < stops.size(); i++) {
      Route bestPart = null;
      for (int from : starts) {
        for (int to : stops.get(i)) {
          Optional<Route> part = from == to ? Optional.of(new Route(new int[0], new int[] {to}, 0))
              : ch != null ? ch.route(from, to, deadline) : engine.route(costs, from, to, lm, deadline);
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

  /**
   * The landmarks for an optimization, prepared on first use. A request can only close edges (a date, an avoid
   * list, fewer modes) or open ones the defaults close (more modes, a date before an abandonment): landmarks
   * prepared with every edge open bound them all from below, so A* stays exact.
   */
  private ShortestPathEngine.Landmarks landmarks(Optimize optimize) {
    synchronized (landmarks) {
      return landmarks.computeIfAbsent(optimize, o -> Optional.ofNullable(engine.landmarks(open.get(o)))).orElse(null);
    }
  }

  /**
   * Prepares the landmarks of an optimization now rather than on the first request that changes the costs (a
   * benchmark of queries leaves the preparation out). False: the graph is too small for landmarks.
   */
  public boolean prepareLandmarks(Optimize optimize) {
    return landmarks(optimize) != null;
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


  /** A request's costs: a view of the open costs with the edges its constraints close made untraversable. */
  private EdgeCosts costs(Optimize optimize, Closures.Constraints constraints) {
    return open.get(optimize).closing(closures.closed(constraints));
  }

  /**
   * Per-direction costs with every edge open (infinite only against a one-way edge): time in seconds, distance in
   * metres. (CH stores shortcut weights in steps of 0.001, so the engine works in small units; itineraries report
   * hours and km.)
   */
  private EdgeCosts openCosts(Optimize optimize, double[] engineMeters) {
    int m = network.edges().size();
    double[] forward = new double[m];
    double[] backward = new double[m];
    double minPerMeter = Double.POSITIVE_INFINITY;
    for (Edge edge : network.edges()) {
      int e = edge.id();
      double f = optimize == Optimize.TIME ? edge.hours() * SECONDS_PER_HOUR : edge.lengthMeters();
      double b = optimize == Optimize.TIME ? edge.reverseHours() * SECONDS_PER_HOUR : edge.lengthMeters();
      forward[e] = f;
      backward[e] = edge.reverseHours() >= 0 ? b : Double.POSITIVE_INFINITY;
      if (engineMeters[e] > 0) {
        minPerMeter = Math.min(minPerMeter, Math.min(f, b < 0 ? f : b) / engineMeters[e]);
      }
    }
    // Margin: GraphHopper's beeline is spherical, our lengths ellipsoidal; 1 % keeps A* exact.
    return new EdgeCosts(forward, backward, Double.isFinite(minPerMeter) ? 0.99 * minPerMeter : 0);
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
}
