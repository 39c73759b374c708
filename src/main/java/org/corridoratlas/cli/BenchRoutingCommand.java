package org.corridoratlas.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.geodata.GeoData;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.network.EdgeTable;
import org.corridoratlas.network.Network;
import org.corridoratlas.routing.NetworkRouter;
import org.corridoratlas.routing.Optimize;
import org.corridoratlas.routing.RouteRequest;
import org.corridoratlas.routing.RouteResult;
import org.corridoratlas.routing.Router;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-routing", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Route every pair of a pairs file over an edges.csv graph through the server's router and print "
        + "timings.")
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

  @Option(names = "--cost-unit", defaultValue = "HOURS", paramLabel = "UNIT",
      description = "What the costs measure: HOURS (export-network) or SECONDS (gen-grid.py); "
          + "default ${DEFAULT-VALUE}.")
  EdgeTable.CostUnit costUnit;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Keep the prepared contraction hierarchies in DIR: loaded from there when they were prepared for "
          + "this very table, else prepared and stored.")
  Path cache;

  @Option(names = "--out", paramLabel = "R.csv", description = "Write source,target,cost,micros per pair.")
  Path out;

  @Option(names = "--warmup-seconds", defaultValue = "3", description = "Untimed warm-up (default: ${DEFAULT-VALUE} s).")
  double warmupSeconds;

  @Override
  public Integer call() throws IOException {
    long t0 = System.nanoTime();
    EdgeTable table = EdgeTable.read(edges, nodes, costUnit);
    Network network = table.network();
    System.out.printf(Locale.ROOT, "load: %d rows -> %d nodes, %d edges in %.2f s; heap %d MiB%n", table.rows(),
        network.nodes().size(), network.edges().size(), seconds(t0), heapMiB());
    List<String[]> pairList = Files.readAllLines(pairs).stream().skip(1).filter(l -> !l.isBlank())
        .map(l -> l.split(",")).toList();

    long p0 = System.nanoTime();
    // The table has one cost, time: only the time hierarchy is prepared (the server also prepares distance).
    // A table has no features to name places by: the requests name nodes.
    Catalog noFeatures = new Catalog(new GeoData(Map.of(), List.of(), Json.MAPPER.createObjectNode(), Map.of(),
        Json.MAPPER.createObjectNode(), edges.toString()));
    if (cache != null) {
      Files.createDirectories(cache);
    }
    NetworkRouter router = new NetworkRouter(network, noFeatures, EnumSet.of(Optimize.TIME), cache);
    System.out.printf(Locale.ROOT, "prepare: NetworkRouter (GraphHopper graph, contraction hierarchies for time %s) "
        + "in %.2f s; heap %d MiB%n", cache == null ? "prepared" : router.loadedFromStore() ? "loaded from " + cache
        : "prepared and stored in " + cache, seconds(p0), heapMiB());
    Set<String> avoid = Set.of();
    if (closed != null) {
      avoid = Files.readAllLines(closed).stream().skip(1).filter(l -> !l.isBlank())
          .map(l -> Long.toString(Long.parseLong(l.split(",")[0].trim()))).collect(Collectors.toUnmodifiableSet());
      // The server prepares them on the first request that closes edges; a benchmark of queries leaves that out.
      long l0 = System.nanoTime();
      boolean landmarks = router.prepareLandmarks(Optimize.TIME);
      System.out.printf(Locale.ROOT, "closed: %d table edges avoided; bidirectional A* per query (as for asOf/avoid), "
          + "%s in %.2f s; heap %d MiB%n", avoid.size(), landmarks ? "guided by landmarks prepared" : "no landmarks for "
          + "so small a graph, checked", seconds(l0), heapMiB());
    }
    Set<String> avoided = avoid;
    Function<String[], RouteResult> query = p -> route(router, table, p[0].trim(), p[1].trim(), avoided);

    long w0 = System.nanoTime();
    for (int i = 0; seconds(w0) < warmupSeconds && !pairList.isEmpty(); i++) {
      long q0 = System.nanoTime();
      query.apply(pairList.get(i % pairList.size()));
      if (i == 0) {
        System.out.printf(Locale.ROOT, "first query: %.2f ms (builds the request's edge costs when not prepared)%n",
            (System.nanoTime() - q0) / 1e6);
      }
    }
    long[] micros = new long[pairList.size()];
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < pairList.size(); i++) {
      String[] p = pairList.get(i);
      long q0 = System.nanoTime();
      RouteResult result = query.apply(p);
      micros[i] = (System.nanoTime() - q0 + 500) / 1000;
      // As the peers do: the search is timed, the check of its cost against the table is not.
      String cost = result instanceof RouteResult.Found found
          ? Double.toString(table.cost(p[0].trim(), found.itineraries().get(0).featureIds())) : "";
      rows.add(p[0].trim() + "," + p[1].trim() + "," + cost + "," + micros[i]);
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

  /**
   * One pair as the server answers it: a {@link RouteRequest} naming the two nodes, {@link Router#route}. The best
   * itinerary's feature ids are the table edges it runs along, whose exact costs the caller sums. Null: a node the
   * table does not name.
   */
  private static RouteResult route(Router router, EdgeTable table, String from, String to, Set<String> avoid) {
    int a = table.node(from);
    int b = table.node(to);
    if (a < 0 || b < 0) {
      return null;
    }
    return router.route(new RouteRequest("node:" + a, "node:" + b, List.of(), Set.of(), avoid, null, Optimize.TIME, 0));
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
