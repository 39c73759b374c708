package org.corridoratlas.routing;

import com.carrotsearch.hppc.IntArrayList;
import com.graphhopper.isochrone.algorithm.ShortestPathTree;
import com.graphhopper.routing.AStarBidirection;
import com.graphhopper.routing.AlternativeRoute;
import com.graphhopper.routing.ch.CHRoutingAlgorithmFactory;
import com.graphhopper.routing.ch.PrepareContractionHierarchies;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.lm.LMApproximator;
import com.graphhopper.routing.lm.LMConfig;
import com.graphhopper.routing.lm.LandmarkStorage;
import com.graphhopper.routing.lm.PrepareLandmarks;
import com.graphhopper.routing.util.EncodingManager;
import com.graphhopper.routing.util.TraversalMode;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.CHConfig;
import com.graphhopper.storage.CHStorage;
import com.graphhopper.storage.DAType;
import com.graphhopper.storage.GHDirectory;
import com.graphhopper.storage.NodeAccess;
import com.graphhopper.storage.RAMDirectory;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.storage.RoutingCHGraphImpl;
import com.graphhopper.util.Constants;
import com.graphhopper.util.PMap;
import com.graphhopper.util.Parameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GraphHopper-core's engine over a graph given as plain arrays: an in-memory {@link BaseGraph} whose edge e is
 * edge e of the arrays, searched with our own {@link EdgeCosts}. Contraction hierarchies answer the default
 * costs; bidirectional A* answers costs changed per request (dates, avoided features, modes), guided by
 * GraphHopper's landmarks when they are prepared; GraphHopper's {@link AlternativeRoute} and {@link ShortestPathTree}
 * give alternatives and catchments. No search here is ours. Every search but a hierarchy's checks a {@link Deadline}.
 */
public final class ShortestPathEngine {
  /** Landmarks per preparation; the subnetwork flag GraphHopper's landmarks require (never set: one network). */
  private static final String LM = "lm";
  private static final int LANDMARKS = 16;
  private static final int ACTIVE_LANDMARKS = 8;
  private static final EncodingManager ENCODING = EncodingManager.start().add(Subnetwork.create(LM)).build();

  private final BaseGraph graph;
  private final Path store;
  private boolean loadedFromStore;
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
      return route(from, to, Deadline.NONE);
    }

    /** A hierarchy's search takes a millisecond or two: the deadline is checked before it, not during. */
    public Optional<Route> route(int from, int to, Deadline deadline) {
      deadline.check();
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
    this(lat, lon, source, target, meters, null);
  }

  /**
   * @param store a folder to keep prepared contraction hierarchies in across restarts (see {@link #prepare}), or
   *     null to keep them in memory only
   */
  public ShortestPathEngine(double[] lat, double[] lon, int[] source, int[] target, double[] meters, Path store) {
    // With a store, the graph's directory is that folder (in RAM, written only on flush): GraphHopper creates a
    // hierarchy's storage in its graph's directory, so a prepared one can be flushed there and loaded back.
    this.store = store;
    this.graph = new BaseGraph.Builder(ENCODING.getBytesForFlags())
        .setDir(store == null ? new RAMDirectory() : new GHDirectory(store.toString(), DAType.RAM_STORE)).create();
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

  /**
   * Prepares contraction hierarchies for these costs (single-threaded; seconds on large graphs). With a store,
   * loads them from there instead when the store holds hierarchies prepared by this GraphHopper version for this
   * very graph and costs (a key file says so, written only after the hierarchy is flushed), else prepares them and
   * writes them there.
   */
  public Prepared prepare(String name, EdgeCosts costs) {
    costs.checkPreparable();
    CHConfig config = CHConfig.nodeBased(name, costs);
    if (store == null) {
      return prepared(costs, config, PrepareContractionHierarchies.fromGraph(graph, config).doWork().getCHStorage());
    }
    Path keyFile = store.resolve("ch_" + name + ".key");
    String key = "graphhopper " + Constants.VERSION + ", ch " + name + ", graph and costs " + fingerprint(costs) + "\n";
    try {
      if (Files.exists(keyFile) && Files.readString(keyFile).equals(key)) {
        CHStorage stored = new CHStorage(graph.getDirectory(), name, -1, false);
        if (stored.loadExisting()) {
          loadedFromStore = true;
          return prepared(costs, config, stored);
        }
      }
      Files.deleteIfExists(keyFile);
      CHStorage fresh = PrepareContractionHierarchies.fromGraph(graph, config).doWork().getCHStorage();
      fresh.flush();
      Path partial = store.resolve("ch_" + name + ".key.partial");
      Files.writeString(partial, key);
      Files.move(partial, keyFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return prepared(costs, config, fresh);
    } catch (IOException e) {
      throw new UncheckedIOException("contraction hierarchies store " + store, e);
    }
  }

  private Prepared prepared(EdgeCosts costs, CHConfig config, CHStorage storage) {
    RoutingCHGraph exact = new ExactShortcuts(RoutingCHGraphImpl.fromGraph(graph, storage, config), storage, costs,
        source, target);
    return new Prepared(costs, exact, storage.getShortcuts());
  }

  /** Whether the last {@link #prepare} loaded its hierarchy from the store rather than preparing it. */
  public boolean loadedFromStore() {
    return loadedFromStore;
  }

  /** A 64-bit digest of what a hierarchy depends on: nodes, edge endpoints in order, costs both ways. */
  private String fingerprint(EdgeCosts costs) {
    long h = graph.getNodes();
    for (int e = 0; e < source.length; e++) {
      h = 31 * h + source[e];
      h = 31 * h + target[e];
      h = 31 * h + Double.doubleToLongBits(costs.cost(e, false));
      h = 31 * h + Double.doubleToLongBits(costs.cost(e, true));
    }
    return source.length + " edges, " + Long.toHexString(h);
  }

  /**
   * GraphHopper's landmarks (LM) for costs that requests only ever raise: distances to and from 16 landmarks under
   * {@code floor}, which give A* exact lower bounds for any costs at least as high on every edge (closures, avoided
   * features, dates), and so far better guidance than the beeline. Null when the graph has too few nodes for them.
   */
  public Landmarks landmarks(EdgeCosts floor) {
    if (graph.getNodes() < 2 * LANDMARKS) {
      return null;
    }
    // Scale the costs so that a path is about 10^5: GraphHopper keeps landmark weights in 16 bits of a factor.
    Map<Integer, Double> tree = reachable(floor, 0, Double.POSITIVE_INFINITY, Deadline.NONE);
    double radius = tree.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double scale = ScaledCosts.powerOfTwo(radius, 1e5);
    LMConfig config = new LMConfig(LM, new ScaledCosts(floor, scale));
    PrepareLandmarks prepare = new PrepareLandmarks(new RAMDirectory(), graph, ENCODING, config, LANDMARKS);
    prepare.setMaximumWeight(4 * Math.max(radius * scale, 1));
    prepare.setMinimumNodes(Math.min(graph.getNodes() / 2, 2 * LANDMARKS));
    prepare.doWork();
    LandmarkStorage storage = prepare.getLandmarkStorage();
    return storage.isEmpty() ? null : new Landmarks(storage, scale);
  }

  /** Landmarks prepared under the lowest costs a request can have, with the scale they were prepared in. */
  public record Landmarks(LandmarkStorage storage, double scale) {}

  /** Bidirectional A* under costs that change per request. */
  public Optional<Route> route(EdgeCosts costs, int from, int to) {
    return route(costs, from, to, null, Deadline.NONE);
  }

  /**
   * Bidirectional A* under costs that change per request, guided by landmarks when given (the costs must be at
   * least the landmarks' floor on every edge), else by the beeline.
   *
   * @throws Deadline.SearchStopped when the deadline passes or the thread is interrupted during the search
   */
  public Optional<Route> route(EdgeCosts costs, int from, int to, Landmarks landmarks, Deadline deadline) {
    deadline.check();
    Weighting watched = new WatchedCosts(costs, deadline);
    AStarBidirection search;
    if (landmarks == null) {
      search = new AStarBidirection(graph, watched, TraversalMode.NODE_BASED);
    } else {
      Weighting scaled = new ScaledCosts(watched, landmarks.scale());
      search = new AStarBidirection(graph, scaled, TraversalMode.NODE_BASED);
      search.setApproximation(LMApproximator.forLandmarks(graph, scaled, landmarks.storage(), ACTIVE_LANDMARKS));
    }
    return toRoute(search.calcPath(from, to), from, costs);
  }

  /** The best route and up to {@code max - 1} alternatives that share little with it (GraphHopper's plateau method). */
  public List<Route> alternatives(EdgeCosts costs, int from, int to, int max) {
    return alternatives(costs, from, to, max, Deadline.NONE);
  }

  /** As {@link #alternatives(EdgeCosts, int, int, int)}, stopping at the deadline. */
  public List<Route> alternatives(EdgeCosts costs, int from, int to, int max, Deadline deadline) {
    deadline.check();
    PMap hints = new PMap()
        .putObject(Parameters.Algorithms.AltRoute.MAX_PATHS, max)
        .putObject(Parameters.Algorithms.AltRoute.MAX_WEIGHT, 2.0)
        .putObject(Parameters.Algorithms.AltRoute.MAX_SHARE, 0.75)
        .putObject("alternative_route.min_plateau_factor", 0.1)
        .putObject("alternative_route.max_exploration_factor", 2.0);
    List<Route> out = new ArrayList<>();
    Weighting watched = new WatchedCosts(costs, deadline);
    for (com.graphhopper.routing.Path path : new AlternativeRoute(graph, watched, TraversalMode.NODE_BASED, hints).calcPaths(from, to)) {
      toRoute(path, from, costs).ifPresent(out::add);
    }
    return out;
  }

  /** Every node reachable from {@code from} at a cost of at most {@code limit}, with its cost. */
  public Map<Integer, Double> reachable(EdgeCosts costs, int from, double limit) {
    return reachable(costs, from, limit, Deadline.NONE);
  }

  /** As {@link #reachable(EdgeCosts, int, double)}, stopping at the deadline. */
  public Map<Integer, Double> reachable(EdgeCosts costs, int from, double limit, Deadline deadline) {
    deadline.check();
    ShortestPathTree tree = new ShortestPathTree(graph, new WatchedCosts(costs, deadline), false, TraversalMode.NODE_BASED);
    tree.setWeightLimit(limit);
    Map<Integer, Double> out = new LinkedHashMap<>();
    tree.search(from, label -> out.merge(label.node, label.weight, Math::min));
    return out;
  }

  /**
   * Walks GraphHopper's path (named in full beside java.nio's) from its start to orient each edge and sums our own
   * costs, so totals are exact.
   */
  private Optional<Route> toRoute(com.graphhopper.routing.Path path, int from, EdgeCosts costs) {
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
