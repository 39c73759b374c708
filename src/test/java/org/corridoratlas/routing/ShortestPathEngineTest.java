package org.corridoratlas.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.graphhopper.routing.Dijkstra;
import com.graphhopper.routing.Path;
import com.graphhopper.routing.util.TraversalMode;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShortestPathEngineTest {

  @Test
  void contraction_hierarchies_and_astar_agree_with_plain_dijkstra_on_a_seeded_grid() {
    TestGrid grid = TestGrid.of(25, 42);
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
  void prepared_hierarchy_is_stored_and_loaded_back_only_for_the_same_graph_and_costs(@TempDir java.nio.file.Path dir) {
    TestGrid first = TestGrid.of(20, 42, dir);
    ShortestPathEngine.Prepared prepared = first.engine().prepare("grid", first.costs());
    assertThat(first.engine().loadedFromStore()).isFalse();

    TestGrid again = TestGrid.of(20, 42, dir);
    ShortestPathEngine.Prepared loaded = again.engine().prepare("grid", again.costs());
    assertThat(again.engine().loadedFromStore()).isTrue();
    assertThat(loaded.shortcuts()).isEqualTo(prepared.shortcuts());
    Random random = new Random(3);
    for (int q = 0; q < 100; q++) {
      int from = random.nextInt(400);
      int to = random.nextInt(400);
      assertThat(loaded.route(from, to).map(ShortestPathEngine.Route::cost))
          .isEqualTo(prepared.route(from, to).map(ShortestPathEngine.Route::cost));
    }

    TestGrid otherCosts = TestGrid.of(20, 43, dir);
    otherCosts.engine().prepare("grid", otherCosts.costs());
    assertThat(otherCosts.engine().loadedFromStore()).isFalse();
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
    TestGrid grid = TestGrid.of(10, 1);
    var reached = grid.engine().reachable(grid.costs(), 0, 10);
    assertThat(reached).containsKey(0);
    assertThat(reached.values()).allMatch(cost -> cost <= 10);
    assertThat(reached.size()).isLessThan(100);
  }
}
