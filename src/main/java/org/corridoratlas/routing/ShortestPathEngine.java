package org.corridoratlas.routing;

import com.carrotsearch.hppc.IntArrayList;
import com.graphhopper.isochrone.algorithm.ShortestPathTree;
import com.graphhopper.routing.AStarBidirection;
import com.graphhopper.routing.AlternativeRoute;
import com.graphhopper.routing.Path;
import com.graphhopper.routing.ch.CHRoutingAlgorithmFactory;
import com.graphhopper.routing.ch.PrepareContractionHierarchies;
import com.graphhopper.routing.util.TraversalMode;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.CHConfig;
import com.graphhopper.storage.NodeAccess;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.storage.RoutingCHGraphImpl;
import com.graphhopper.util.PMap;
import com.graphhopper.util.Parameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GraphHopper-core's engine over a graph given as plain arrays: an in-memory {@link BaseGraph} whose edge e is
 * edge e of the arrays, searched with our own {@link EdgeCosts}. Contraction hierarchies answer the default
 * costs; bidirectional A* answers costs changed per request (dates, avoided features, modes); GraphHopper's
 * {@link AlternativeRoute} and {@link ShortestPathTree} give alternatives and catchments. No search here is ours.
 */
public final class ShortestPathEngine {
  private final BaseGraph graph;
  private final int[] source;
  private final int[] target;

  /** One shortest path: its edges in travel order, the nodes it passes (one more than edges) and its cost. */
  public record Route(int[] edges, int[] nodes, double cost) {}

  /** A node reached from the start of a tree search, with its cost. */
  public record Reached(int node, double cost) {}

  /** Costs prepared as contraction hierarchies: fast queries, fixed costs. */
  public final class Prepared {
    private final EdgeCosts costs;
    private final CHRoutingAlgorithmFactory factory;
    private final int shortcuts;

    private Prepared(EdgeCosts costs, RoutingCHGraph chGraph, int shortcuts) {
      this.costs = costs;
      this.factory = new CHRoutingAlgorithmFactory(chGraph);
      this.shortcuts = shortcuts;
    }

    public Optional<Route> route(int from, int to) {
      return toRoute(factory.createAlgo(new PMap()).calcPath(from, to), from, costs);
    }

    public EdgeCosts costs() {
      return costs;
    }

    public int shortcuts() {
      return shortcuts;
    }
  }

  /**
   * @param lat, lon node positions (zeros when unknown: A* then degrades to bidirectional Dijkstra)
   * @param source, target edge endpoints; must differ (no loops)
   * @param meters edge lengths, at least the beeline between the endpoints
   */
  public ShortestPathEngine(double[] lat, double[] lon, int[] source, int[] target, double[] meters) {
    this.graph = new BaseGraph.Builder(4).create();
    this.source = source.clone();
    this.target = target.clone();
    NodeAccess access = graph.getNodeAccess();
    for (int n = 0; n < lat.length; n++) {
      access.setNode(n, lat[n], lon[n]);
    }
    for (int e = 0; e < source.length; e++) {
      graph.edge(source[e], target[e]).setDistance(meters[e]);
    }
    graph.freeze();
  }

  /** For tests that cross-check our searches against GraphHopper's plain Dijkstra on the same graph. */
  BaseGraph graph() {
    return graph;
  }

  public int nodeCount() {
    return graph.getNodes();
  }

  public int edgeCount() {
    return graph.getEdges();
  }

  /** Prepares contraction hierarchies for these costs (single-threaded; seconds on large graphs). */
  public Prepared prepare(String name, EdgeCosts costs) {
    PrepareContractionHierarchies.Result result =
        PrepareContractionHierarchies.fromGraph(graph, CHConfig.nodeBased(name, costs)).doWork();
    RoutingCHGraph chGraph = RoutingCHGraphImpl.fromGraph(graph, result.getCHStorage(), result.getCHConfig());
    return new Prepared(costs, chGraph, result.getCHStorage().getShortcuts());
  }

  /** Bidirectional A* under costs that change per request. */
  public Optional<Route> route(EdgeCosts costs, int from, int to) {
    return toRoute(new AStarBidirection(graph, costs, TraversalMode.NODE_BASED).calcPath(from, to), from, costs);
  }

  /** The best route and up to {@code max - 1} alternatives that share little with it (GraphHopper's plateau method). */
  public List<Route> alternatives(EdgeCosts costs, int from, int to, int max) {
    PMap hints = new PMap()
        .putObject(Parameters.Algorithms.AltRoute.MAX_PATHS, max)
        .putObject(Parameters.Algorithms.AltRoute.MAX_WEIGHT, 2.0)
        .putObject(Parameters.Algorithms.AltRoute.MAX_SHARE, 0.75)
        .putObject("alternative_route.min_plateau_factor", 0.1)
        .putObject("alternative_route.max_exploration_factor", 2.0);
    List<Route> out = new ArrayList<>();
    for (Path path : new AlternativeRoute(graph, costs, TraversalMode.NODE_BASED, hints).calcPaths(from, to)) {
      toRoute(path, from, costs).ifPresent(out::add);
    }
    return out;
  }

  /** Every node reachable from {@code from} at a cost of at most {@code limit}, with its cost. */
  public Map<Integer, Double> reachable(EdgeCosts costs, int from, double limit) {
    ShortestPathTree tree = new ShortestPathTree(graph, costs, false, TraversalMode.NODE_BASED);
    tree.setWeightLimit(limit);
    Map<Integer, Double> out = new LinkedHashMap<>();
    tree.search(from, label -> out.merge(label.node, label.weight, Math::min));
    return out;
  }

  /** Walks the path from its start to orient each edge and sums our own costs, so totals are exact. */
  private Optional<Route> toRoute(Path path, int from, EdgeCosts costs) {
    if (!path.isFound()) {
      return Optional.empty();
    }
    IntArrayList edges = path.getEdges();
    int[] nodes = new int[edges.size() + 1];
    nodes[0] = from;
    double total = 0;
    for (int i = 0; i < edges.size(); i++) {
      int e = edges.get(i);
      boolean backwards = source[e] != nodes[i];
      nodes[i + 1] = backwards ? source[e] : target[e];
      total += costs.cost(e, backwards);
    }
    return Optional.of(new Route(edges.toArray(), nodes, total));
  }
}
