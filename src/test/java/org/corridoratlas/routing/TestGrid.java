package org.corridoratlas.routing;

import java.nio.file.Path;
import java.util.Random;

/** A seeded n × n grid for engine tests and benchmarks, nodes 1 km apart, random per-direction costs, every 7th edge one-way. */
public record TestGrid(ShortestPathEngine engine, EdgeCosts costs) {
  public static TestGrid of(int n, long seed) {
    return of(n, seed, null);
  }

  /** The same grid over an engine that keeps its prepared hierarchies in {@code store}. */
  public static TestGrid of(int n, long seed, Path store) {
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
    return new TestGrid(new ShortestPathEngine(lat, lon, source, target, meters, store),
        new EdgeCosts(forward, backward, 1 / 1100.0 * 0.99));
  }
}
