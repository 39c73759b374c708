package org.corridoratlas.routing;

import com.graphhopper.util.DistanceCalcEarth;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A graph in the pgRouting edge-table format that {@code export-network} writes and the benchmarks read:
 * {@code id,source,target,cost,reverse_cost[,...]}; a negative cost means no travel that way. Node and edge ids may
 * be any integers; they map onto the engine's dense ids. Loops and rows closed both ways are left out, since they
 * can never shorten a path.
 */
public final class EdgeTable {
  private final Map<Long, Integer> nodeIndex = new HashMap<>();
  private final Map<Long, Integer> edgeIndex = new HashMap<>();
  private final ShortestPathEngine engine;
  private final EdgeCosts costs;
  private final int rows;

  private EdgeTable(Path csv, Path nodesCsv) throws IOException {
    Map<Long, double[]> positions = nodesCsv == null ? Map.of() : positions(nodesCsv);
    int capacity = 1024;
    int[] source = new int[capacity];
    int[] target = new int[capacity];
    double[] forward = new double[capacity];
    double[] backward = new double[capacity];
    int m = 0;
    int read = 0;
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      List<String> header = Arrays.asList(in.readLine().trim().split(","));
      int id = column(header, "id", csv);
      int src = column(header, "source", csv);
      int tgt = column(header, "target", csv);
      int cost = column(header, "cost", csv);
      int reverse = column(header, "reverse_cost", csv);
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        read++;
        String[] f = line.split(",", -1);
        int a = node(Long.parseLong(f[src].trim()));
        int b = node(Long.parseLong(f[tgt].trim()));
        double c = Double.parseDouble(f[cost].trim());
        double r = Double.parseDouble(f[reverse].trim());
        if (a == b || (c < 0 && r < 0)) {
          continue;
        }
        if (m == capacity) {
          capacity *= 2;
          source = Arrays.copyOf(source, capacity);
          target = Arrays.copyOf(target, capacity);
          forward = Arrays.copyOf(forward, capacity);
          backward = Arrays.copyOf(backward, capacity);
        }
        edgeIndex.put(Long.parseLong(f[id].trim()), m);
        source[m] = a;
        target[m] = b;
        forward[m] = c < 0 ? Double.POSITIVE_INFINITY : c;
        backward[m] = r < 0 ? Double.POSITIVE_INFINITY : r;
        m++;
      }
    }
    this.rows = read;
    int n = nodeIndex.size();
    // Without node positions every node sits at 0,0 and A*'s heuristic is zero (bidirectional Dijkstra).
    double[] lat = new double[n];
    double[] lon = new double[n];
    nodeIndex.forEach((id, node) -> {
      double[] p = positions.get(id);
      if (p != null) {
        lon[node] = p[0];
        lat[node] = p[1];
      }
    });
    double[] meters = new double[m];
    double minPerMeter = Double.POSITIVE_INFINITY;
    for (int e = 0; e < m; e++) {
      meters[e] = DistanceCalcEarth.DIST_EARTH.calcDist(lat[source[e]], lon[source[e]], lat[target[e]], lon[target[e]]);
      if (meters[e] > 0) {
        minPerMeter = Math.min(minPerMeter, Math.min(forward[e], backward[e]) / meters[e]);
      }
    }
    this.engine = new ShortestPathEngine(lat, lon, Arrays.copyOf(source, m), Arrays.copyOf(target, m),
        Arrays.copyOf(meters, m));
    this.costs = new EdgeCosts(Arrays.copyOf(forward, m), Arrays.copyOf(backward, m),
        Double.isFinite(minPerMeter) ? 0.999 * minPerMeter : 0);
  }

  /**
   * @param nodesCsv optional node positions for A*'s heuristic: id,lon,lat in degrees (export-network) or id,x,y
   *     in metres (gen-grid.py), the latter laid out around 0,0 on the equator
   */
  public static EdgeTable read(Path csv, Path nodesCsv) throws IOException {
    return new EdgeTable(csv, nodesCsv);
  }

  private static Map<Long, double[]> positions(Path csv) throws IOException {
    Map<Long, double[]> out = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      List<String> header = Arrays.asList(in.readLine().trim().split(","));
      boolean degrees = header.contains("lon");
      int id = column(header, "id", csv);
      int x = column(header, degrees ? "lon" : "x", csv);
      int y = column(header, degrees ? "lat" : "y", csv);
      double scale = degrees ? 1 : 1 / 111_194.93;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          String[] f = line.split(",", -1);
          out.put(Long.parseLong(f[id].trim()),
              new double[] {Double.parseDouble(f[x]) * scale, Double.parseDouble(f[y]) * scale});
        }
      }
    }
    return out;
  }

  private int node(long id) {
    return nodeIndex.computeIfAbsent(id, k -> nodeIndex.size());
  }

  private static int column(List<String> header, String name, Path csv) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(csv + ": no column \"" + name + "\" in the header " + header);
    }
    return i;
  }

  public ShortestPathEngine engine() {
    return engine;
  }

  public EdgeCosts costs() {
    return costs;
  }

  /** Rows read from the file, loops and closed rows included. */
  public int rows() {
    return rows;
  }

  /** The engine's node for a table node id, or -1 when the table never names it. */
  public int node(String id) {
    Integer n = nodeIndex.get(Long.parseLong(id.trim()));
    return n == null ? -1 : n;
  }

  /** The engine edges of these table edge ids (ids the table does not hold are ignored). */
  public BitSet edges(Set<Long> ids) {
    BitSet out = new BitSet();
    ids.forEach(id -> {
      Integer e = edgeIndex.get(id);
      if (e != null) {
        out.set(e);
      }
    });
    return out;
  }
}
