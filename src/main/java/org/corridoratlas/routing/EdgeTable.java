package org.corridoratlas.routing;

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

  private EdgeTable(Path csv) throws IOException {
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
    // No coordinates in the table: nodes sit at 0,0 and A*'s heuristic is zero (bidirectional Dijkstra).
    this.engine = new ShortestPathEngine(new double[n], new double[n], Arrays.copyOf(source, m),
        Arrays.copyOf(target, m), new double[m]);
    this.costs = new EdgeCosts(Arrays.copyOf(forward, m), Arrays.copyOf(backward, m), 0);
  }

  public static EdgeTable read(Path csv) throws IOException {
    return new EdgeTable(csv);
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
