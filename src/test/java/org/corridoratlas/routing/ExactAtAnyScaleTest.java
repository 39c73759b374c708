package org.corridoratlas.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Property test: on random graphs whose costs are written in any unit, from millionths to billions per edge, the
 * contraction hierarchy, A*, the alternatives and the catchment all give what JGraphT's Dijkstra gives. GraphHopper
 * stores shortcut weights in thousandths up to about 4.3 million; without exact shortcuts the small scales lose the
 * order of paths and the large ones cut the hierarchy.
 */
class ExactAtAnyScaleTest {

  /** A random connected-ish graph: nodes scattered over about 50 km, each joined to a few near ones. */
  private record RandomGraph(double[] lat, double[] lon, int[] source, int[] target, double[] meters,
      double[] forward, double[] backward) {

    static RandomGraph of(long seed, int n, double scale, boolean spreadScales) {
      Random random = new Random(seed);
      double[] lat = new double[n];
      double[] lon = new double[n];
      for (int i = 0; i < n; i++) {
        lat[i] = 40 + random.nextDouble() * 0.5;
        lon[i] = 125 + random.nextDouble() * 0.6;
      }
      int m = n * 3;
      int[] source = new int[m];
      int[] target = new int[m];
      double[] meters = new double[m];
      double[] forward = new double[m];
      double[] backward = new double[m];
      for (int e = 0; e < m; e++) {
        int a = e < n - 1 ? e : random.nextInt(n);
        int b = e < n - 1 ? e + 1 : random.nextInt(n);
        if (a == b) {
          b = (a + 1) % n;
        }
        source[e] = a;
        target[e] = b;
        meters[e] = 1;
        // Per edge: a cost of 1 to 10 in the scale's unit, or (spread) anywhere from 1e-6 to 1e9.
        double unit = spreadScales ? Math.pow(10, -6 + random.nextInt(16)) : scale;
        forward[e] = (1 + random.nextDouble() * 9) * unit;
        backward[e] = random.nextInt(8) == 0 ? Double.POSITIVE_INFINITY : (1 + random.nextDouble() * 9) * unit;
      }
      return new RandomGraph(lat, lon, source, target, meters, forward, backward);
    }

    ShortestPathEngine engine() {
      // Positions are given but the heuristic factor is 0 (meters are not to scale): A* must stay exact anyway.
      return new ShortestPathEngine(lat, lon, source, target, meters);
    }

    EdgeCosts costs() {
      return new EdgeCosts(forward, backward, 0);
    }

    DijkstraShortestPath<Integer, DefaultWeightedEdge> reference() {
      DirectedWeightedPseudograph<Integer, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
      for (int i = 0; i < lat.length; i++) {
        g.addVertex(i);
      }
      for (int e = 0; e < source.length; e++) {
        if (Double.isFinite(forward[e])) {
          g.setEdgeWeight(g.addEdge(source[e], target[e]), forward[e]);
        }
        if (Double.isFinite(backward[e])) {
          g.setEdgeWeight(g.addEdge(target[e], source[e]), backward[e]);
        }
      }
      return new DijkstraShortestPath<>(g);
    }
  }

  @ParameterizedTest(name = "costs x {0}")
  @ValueSource(doubles = {1e-6, 1e-3, 1, 3600, 1e6, 1e9, 0})
  void every_search_equals_reference_dijkstra_at_any_scale(double scale) {
    // 0 stands for costs spread per edge over 1e-6 .. 1e9 in one graph.
    for (long seed = 1; seed <= 2; seed++) {
      RandomGraph graph = RandomGraph.of(seed, 400, scale, scale == 0);
      ShortestPathEngine engine = graph.engine();
      EdgeCosts costs = graph.costs();
      ShortestPathEngine.Prepared ch = engine.prepare("random", costs);
      DijkstraShortestPath<Integer, DefaultWeightedEdge> reference = graph.reference();
      Random random = new Random(seed * 31);
      for (int q = 0; q < 60; q++) {
        int from = random.nextInt(400);
        int to = random.nextInt(400);
        double optimum = reference.getPathWeight(from, to);
        Optional<ShortestPathEngine.Route> byCh = ch.route(from, to);
        Optional<ShortestPathEngine.Route> byAstar = engine.route(costs, from, to);
        if (Double.isInfinite(optimum)) {
          assertThat(byCh).isEmpty();
          assertThat(byAstar).isEmpty();
          continue;
        }
        assertSame(byCh.orElseThrow().cost(), optimum, "CH " + from + " -> " + to);
        assertSame(byAstar.orElseThrow().cost(), optimum, "A* " + from + " -> " + to);
        assertThat(sum(graph, byCh.get())).isEqualTo(byCh.get().cost());
        if (q % 6 == 0) {
          List<ShortestPathEngine.Route> alternatives = engine.alternatives(costs, from, to, 3);
          assertSame(alternatives.get(0).cost(), optimum, "best alternative " + from + " -> " + to);
          assertThat(alternatives).allSatisfy(r -> assertThat(r.cost()).isGreaterThanOrEqualTo(optimum * (1 - 1e-12)));
        }
      }
      int from = random.nextInt(400);
      var tree = reference.getPaths(from);
      double limit = 20 * (scale == 0 ? 1e3 : scale);
      Map<Integer, Double> reached = engine.reachable(costs, from, limit);
      for (int node = 0; node < 400; node++) {
        double d = tree.getWeight(node);
        if (Math.abs(d - limit) <= 1e-9 * limit) {
          continue;
        }
        if (d < limit) {
          assertThat(reached).as("catchment node " + node).containsKey(node);
          assertSame(reached.get(node), d, "catchment node " + node);
        } else {
          assertThat(reached).as("catchment node " + node).doesNotContainKey(node);
        }
      }
    }
  }

  @ParameterizedTest(name = "costs x {0}")
  @ValueSource(doubles = {1e-6, 1, 3600, 1e9, 0})
  void landmarks_prepared_on_the_lowest_costs_stay_exact_when_a_request_closes_or_raises_edges(double scale) {
    RandomGraph floor = RandomGraph.of(11, 600, scale, scale == 0);
    ShortestPathEngine engine = floor.engine();
    ShortestPathEngine.Landmarks landmarks = engine.landmarks(floor.costs());
    assertThat(landmarks).isNotNull();
    Random random = new Random(5);
    for (int round = 0; round < 3; round++) {
      // A request's costs: 5 % of the edges closed, a tenth of the rest dearer, as dates and avoid lists make them.
      double[] f = floor.forward().clone();
      double[] b = floor.backward().clone();
      for (int e = 0; e < f.length; e++) {
        if (random.nextInt(20) == 0) {
          f[e] = Double.POSITIVE_INFINITY;
          b[e] = Double.POSITIVE_INFINITY;
        } else if (random.nextInt(10) == 0) {
          f[e] *= 1 + random.nextDouble() * 3;
        }
      }
      RandomGraph request = new RandomGraph(floor.lat(), floor.lon(), floor.source(), floor.target(), floor.meters(),
          f, b);
      DijkstraShortestPath<Integer, DefaultWeightedEdge> reference = request.reference();
      for (int q = 0; q < 60; q++) {
        int from = random.nextInt(600);
        int to = random.nextInt(600);
        double optimum = reference.getPathWeight(from, to);
        Optional<ShortestPathEngine.Route> byLm = engine.route(request.costs(), from, to, landmarks, Deadline.NONE);
        if (Double.isInfinite(optimum)) {
          assertThat(byLm).isEmpty();
        } else {
          assertSame(byLm.orElseThrow().cost(), optimum, "A* with landmarks " + from + " -> " + to);
        }
      }
    }
  }

  @Test
  void a_search_stops_when_its_deadline_passes_or_its_thread_is_interrupted() {
    RandomGraph graph = RandomGraph.of(3, 3000, 1, false);
    ShortestPathEngine engine = graph.engine();
    assertThatThrownBy(() -> engine.route(graph.costs(), 0, 2999, null, new Deadline(System.nanoTime() - 1)))
        .isInstanceOf(Deadline.SearchStopped.class);
    assertThatThrownBy(() -> engine.reachable(graph.costs(), 0, Double.POSITIVE_INFINITY,
        new Deadline(System.nanoTime() + 1_000))).isInstanceOf(Deadline.SearchStopped.class);
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> engine.alternatives(graph.costs(), 0, 2999, 3, Deadline.NONE))
          .isInstanceOf(Deadline.SearchStopped.class).hasMessageContaining("cancelled");
    } finally {
      Thread.interrupted();
    }
    // Without a deadline or an interruption the same searches answer.
    assertThat(engine.reachable(graph.costs(), 0, Double.POSITIVE_INFINITY, Deadline.NONE)).isNotEmpty();
  }

  @Test
  void costs_a_hierarchy_cannot_hold_are_refused_by_name() {
    RandomGraph graph = RandomGraph.of(1, 20, 1, false);
    double[] huge = graph.forward().clone();
    huge[3] = 1e39;
    assertThatThrownBy(() -> graph.engine().prepare("huge", new EdgeCosts(huge, graph.backward(), 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("edge 3").hasMessageContaining("scale");
    double[] negative = graph.forward().clone();
    negative[5] = -1;
    assertThatThrownBy(() -> new EdgeCosts(negative, graph.backward(), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("edge 5");
  }

  private static double sum(RandomGraph graph, ShortestPathEngine.Route route) {
    double total = 0;
    for (int i = 0; i < route.edges().length; i++) {
      int e = route.edges()[i];
      total += graph.source()[e] == route.nodes()[i] ? graph.forward()[e] : graph.backward()[e];
    }
    return total;
  }

  private static void assertSame(double actual, double expected, String what) {
    assertThat(Math.abs(actual - expected)).as(what + ": " + actual + " vs " + expected)
        .isLessThanOrEqualTo(1e-9 * expected);
  }
}
