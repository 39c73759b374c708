package org.corridoratlas.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.corridoratlas.routing.EdgeCosts;
import org.corridoratlas.routing.EdgeTable;
import org.corridoratlas.routing.ShortestPathEngine;
import org.corridoratlas.routing.ShortestPathEngine.Route;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-routing", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Route every pair of a pairs file over an edges.csv graph and print timings.")
public final class BenchRoutingCommand implements Callable<Integer> {
  @Option(names = "--edges", required = true, paramLabel = "E.csv",
      description = "Edge table id,source,target,cost,reverse_cost (negative cost: no travel that way).")
  Path edges;

  @Option(names = "--pairs", required = true, paramLabel = "P.csv", description = "Pairs source,target to route.")
  Path pairs;

  @Option(names = "--nodes", paramLabel = "N.csv",
      description = "Node positions for A*'s heuristic: id,lon,lat (degrees) or id,x,y (metres); optional.")
  Path nodes;

  @Option(names = "--closed", paramLabel = "C.csv",
      description = "Edge ids (first column) that are unusable, as a closure or an avoid makes them.")
  Path closed;

  @Option(names = "--out", paramLabel = "R.csv", description = "Write source,target,cost,micros per pair.")
  Path out;

  @Option(names = "--warmup-seconds", defaultValue = "3", description = "Untimed warm-up (default: ${DEFAULT-VALUE} s).")
  double warmupSeconds;

  @Override
  public Integer call() throws IOException {
    long t0 = System.nanoTime();
    EdgeTable table = EdgeTable.read(edges, nodes);
    ShortestPathEngine engine = table.engine();
    System.out.printf(Locale.ROOT, "load: %d rows -> %d nodes, %d edges in %.2f s; heap %d MiB%n", table.rows(),
        engine.nodeCount(), engine.edgeCount(), seconds(t0), heapMiB());
    List<String[]> pairList = Files.readAllLines(pairs).stream().skip(1).filter(l -> !l.isBlank())
        .map(l -> l.split(",")).toList();

    Search search;
    if (closed == null) {
      long p0 = System.nanoTime();
      ShortestPathEngine.Prepared ch = engine.prepare("bench", table.costs());
      System.out.printf(Locale.ROOT, "prepare: contraction hierarchies in %.2f s, %d shortcuts; heap %d MiB%n",
          seconds(p0), ch.shortcuts(), heapMiB());
      search = ch::route;
    } else {
      Set<Long> ids = new HashSet<>();
      Files.readAllLines(closed).stream().skip(1).filter(l -> !l.isBlank())
          .forEach(l -> ids.add(Long.parseLong(l.split(",")[0].trim())));
      EdgeCosts restricted = table.costs().closing(table.edges(ids));
      System.out.printf(Locale.ROOT, "prepare: %d edges closed; bidirectional A* per query (as for asOf/avoid)%n",
          ids.size());
      search = (s, t) -> engine.route(restricted, s, t);
    }

    long w0 = System.nanoTime();
    for (int i = 0; seconds(w0) < warmupSeconds && !pairList.isEmpty(); i++) {
      String[] p = pairList.get(i % pairList.size());
      run(search, table.node(p[0]), table.node(p[1]));
    }
    long[] micros = new long[pairList.size()];
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < pairList.size(); i++) {
      String[] p = pairList.get(i);
      long q0 = System.nanoTime();
      Optional<Route> route = run(search, table.node(p[0]), table.node(p[1]));
      micros[i] = (System.nanoTime() - q0 + 500) / 1000;
      rows.add(p[0].trim() + "," + p[1].trim() + "," + route.map(r -> Double.toString(r.cost())).orElse("")
          + "," + micros[i]);
    }
    long[] sorted = micros.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "query: %d pairs, p50 %d us, p95 %d us, max %d us; heap %d MiB%n", sorted.length,
        percentile(sorted, 0.50), percentile(sorted, 0.95), sorted.length == 0 ? 0 : sorted[sorted.length - 1],
        heapMiB());
    if (out != null) {
      try (BufferedWriter w = Files.newBufferedWriter(out)) {
        w.write("source,target,cost,micros\n");
        for (String row : rows) {
          w.write(row);
          w.write('\n');
        }
      }
      System.out.println("wrote " + out);
    }
    return 0;
  }

  private interface Search {
    Optional<Route> route(int from, int to);
  }

  private static Optional<Route> run(Search search, int from, int to) {
    if (from < 0 || to < 0) {
      return Optional.empty();
    }
    return from == to ? Optional.of(new Route(new int[0], new int[] {from}, 0)) : search.route(from, to);
  }

  private static long percentile(long[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static long heapMiB() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) >> 20;
  }
}
