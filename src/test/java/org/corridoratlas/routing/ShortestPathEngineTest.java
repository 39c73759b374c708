package org.corridoratlas.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.graphhopper.routing.Dijkstra;
import com.graphhopper.routing.Path;
import com.graphhopper.routing.util.TraversalMode;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShortestPathEngineTest {

  /** A seeded n × n grid, 1 km apart, random per-direction costs, every 7th edge one-way. */
  private record Grid(ShortestPathEngine engine, EdgeCosts costs) {
    static Grid of(int n, long seed) {
      Random random = new Random(seed);
      double[] lat = new double[n * n];
      double[] lon = new double[n * n];
      for (int r = 0; r < n; r++) {
        for (int c = 0; c < n; c++) {
          lat[r * n + c] = 40 + r * 0.009;
          lon[r * n + c] = 125 + c * 0.0118;
        }
      }
      int m = 2 * n * (n - 1);
      int[] source = new int[m];
      int[] target = new int[m];
      double[] meters = new double[m];
      double[] forward = new double[m];
      double[] backward = new double[m];
      int e = 0;
      for (int r = 0; r < n; r++) {
        for (int c = 0; c < n; c++) {
          for (int[] step : new int[][] {{0, 1}, {1, 0}}) {
            int r2 = r + step[0];
            int c2 = c + step[1];
            if (r2 < n && c2 < n) {
              source[e] = r * n + c;
              target[e] = r2 * n + c2;
              meters[e] = 1100;
              forward[e] = 1 + random.nextDouble() * 9;
              backward[e] = e % 7 == 0 ? Double.POSITIVE_INFINITY : 1 + random.nextDouble() * 9;
              e++;
            }
          }
        }
      }
      return new Grid(new ShortestPathEngine(lat, lon, source, target, meters),
          new EdgeCosts(forward, backward, 1 / 1100.0 * 0.99));
    }
  }

  @Test
  void contraction_hierarchies_and_astar_agree_with_plain_dijkstra_on_a_seeded_grid() {
    Grid grid = Grid.of(25, 42);
    ShortestPathEngine.Prepared ch = grid.engine().prepare("grid", grid.costs());
    Random random = new Random(7);
    int n = grid.engine().nodeCount();
    for (int q = 0; q < 300; q++) {
      int from = random.nextInt(n);
      int to = random.nextInt(n);
      Path reference = new Dijkstra(grid.engine().graph(), grid.costs(), TraversalMode.NODE_BASED).calcPath(from, to);
      Optional<ShortestPathEngine.Route> byCh = ch.route(from, to);
      Optional<ShortestPathEngine.Route> byAstar = grid.engine().route(grid.costs(), from, to);
      assertThat(byCh.isPresent()).isEqualTo(reference.isFound());
      if (reference.isFound()) {
        assertThat(byCh.get().cost()).isCloseTo(reference.getWeight(), within(1e-9));
        assertThat(byAstar.get().cost()).isCloseTo(reference.getWeight(), within(1e-9));
      }
    }
  }

  @Test
  void one_way_edge_is_used_forward_only() {
    // 0 -> 1 one-way (cost 1); 1 - 2 - 0 both ways (cost 5 each)
    ShortestPathEngine engine = new ShortestPathEngine(new double[] {40, 40, 40.01}, new double[] {125, 125.01, 125.005},
        new int[] {0, 1, 2}, new int[] {1, 2, 0}, new double[] {900, 1100, 1100});
    EdgeCosts costs = new EdgeCosts(new double[] {1, 5, 5}, new double[] {Double.POSITIVE_INFINITY, 5, 5}, 0);
    assertThat(engine.route(costs, 0, 1).orElseThrow().cost()).isEqualTo(1);
    assertThat(engine.route(costs, 1, 0).orElseThrow().cost()).isEqualTo(10);
    assertThat(engine.prepare("t", costs).route(1, 0).orElseThrow().edges()).containsExactly(1, 2);
  }

  @Test
  void shortest_path_tree_stops_at_the_limit() {
    Grid grid = Grid.of(10, 1);
    var reached = grid.engine().reachable(grid.costs(), 0, 10);
    assertThat(reached).containsKey(0);
    assertThat(reached.values()).allMatch(cost -> cost <= 10);
    assertThat(reached.size()).isLessThan(100);
  }
}
