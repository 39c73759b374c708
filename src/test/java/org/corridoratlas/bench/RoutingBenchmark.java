package org.corridoratlas.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.corridoratlas.Atlas;
import org.corridoratlas.analysis.Catchment;
import org.corridoratlas.network.Node;
import org.corridoratlas.routing.Places;
import org.corridoratlas.routing.RouteRequest;
import org.corridoratlas.routing.RouteResult;
import org.corridoratlas.routing.ShortestPathEngine;
import org.corridoratlas.routing.TestGrid;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;

/**
 * JMH benchmarks of the router on the curated network (the geodata folder, or -Datlas.data=DIR) and of the engine
 * on a synthetic grid. Run with bench/jmh.sh; figures in bench/README.md.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RoutingBenchmark extends CuratedDataBenchmark {
  private Atlas atlas;
  private List<String[]> pairs;
  private List<Places.Place> origins;
  private TestGrid grid;
  private ShortestPathEngine.Prepared gridCh;
  private int[][] gridPairs;
  private int next;

  @Setup
  public void load() {
    atlas = curatedAtlas();
    List<Node> nodes = atlas.network().nodes().stream().filter(n -> n.mode() != null).toList();
    Random random = new Random(1);
    pairs = random.ints(1000, 0, nodes.size()).mapToObj(i -> {
      Node a = nodes.get(i);
      Node b = nodes.get(random.nextInt(nodes.size()));
      return new String[] {a.lon() + "," + a.lat(), b.lon() + "," + b.lat()};
    }).toList();
    origins = atlas.catalog().getLayer("mines").features().stream()
        .map(f -> atlas.router().places().resolve("from", f.id())).toList();
    grid = TestGrid.of(300, 42);
    gridCh = grid.engine().prepare("grid", grid.costs());
    gridPairs = new int[1000][];
    for (int i = 0; i < gridPairs.length; i++) {
      gridPairs[i] = new int[] {random.nextInt(grid.engine().nodeCount()), random.nextInt(grid.engine().nodeCount())};
    }
  }

  private int next(int size) {
    next = (next + 1) % size;
    return next;
  }

  @Benchmark
  public RouteResult curatedRouteDefaultOptions() {
    String[] p = pairs.get(next(pairs.size()));
    return atlas.router().route(RouteRequest.between(p[0], p[1]));
  }

  @Benchmark
  public RouteResult curatedRouteAsOf() {
    String[] p = pairs.get(next(pairs.size()));
    return atlas.router().route(RouteRequest.between(p[0], p[1]).asOf(LocalDate.of(2019, 6, 1)));
  }

  @Benchmark
  public Catchment curatedCatchment12Hours() {
    return Catchment.of(origins.get(next(origins.size())), 12, LocalDate.of(2019, 6, 1), atlas.router());
  }

  @Benchmark
  public Object grid300ContractionHierarchies() {
    int[] p = gridPairs[next(gridPairs.length)];
    return gridCh.route(p[0], p[1]);
  }

  @Benchmark
  public Object grid300AStar() {
    int[] p = gridPairs[next(gridPairs.length)];
    return grid.engine().route(grid.costs(), p[0], p[1]);
  }
}
