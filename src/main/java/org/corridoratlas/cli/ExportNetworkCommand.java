package org.corridoratlas.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corridoratlas.Atlas;
import org.corridoratlas.network.Edge;
import org.corridoratlas.network.Mode;
import org.corridoratlas.network.Network;
import org.corridoratlas.network.Node;
import org.corridoratlas.routing.EdgeCosts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export-network", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Write the weighted graph the router searches as nodes.csv and edges.csv (cost in hours under "
        + "default options; negative: not usable that way), for checking routes with any other solver.")
public final class ExportNetworkCommand implements Callable<Integer> {
  @Option(names = "--dir", required = true, paramLabel = "OUT", description = "Folder to write nodes.csv and edges.csv into.")
  Path dir;

  @Mixin
  DataOption data;

  @Override
  public Integer call() throws IOException {
    Atlas atlas;
    try {
      atlas = Atlas.load(data.dir());
    } catch (Atlas.InvalidGeoData e) {
      e.problems().forEach(System.err::println);
      System.err.println(e.getMessage() + "; not exporting (run `validate` for the same list)");
      return 1;
    }
    Network network = atlas.router().network();
    EdgeCosts costs = atlas.router().costsFor(Mode.DEFAULT, null, java.util.Set.of());
    Files.createDirectories(dir);
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("nodes.csv"))) {
      w.write("id,lon,lat,kind,name\n");
      for (Node n : network.nodes()) {
        w.write(String.format(Locale.ROOT, "%d,%.7f,%.7f,%s,%s%n", n.id(), n.lon(), n.lat(), n.kind(),
            csv(n.name() == null ? "" : n.name())));
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("edges.csv"))) {
      w.write("id,source,target,cost,reverse_cost,mode,length_km,feature_id\n");
      for (Edge e : network.edges()) {
        w.write(e.id() + "," + e.source() + "," + e.target() + "," + finite(costs.cost(e.id(), false)) + ","
            + finite(costs.cost(e.id(), true)) + "," + (e.mode() == null ? e.kind().wireName() : e.mode().wireName())
            + "," + String.format(Locale.ROOT, "%.4f", e.lengthMeters() / 1000) + ","
            + csv(String.join(";", e.featureIds())) + "\n");
      }
    }
    System.out.println("wrote " + network.nodes().size() + " nodes and " + network.edges().size() + " edges to "
        + dir.toAbsolutePath().normalize());
    return 0;
  }

  /** The cost exactly as the router sums it (Double.toString round-trips); -1 where the edge is not usable. */
  private static String finite(double cost) {
    return Double.isFinite(cost) ? Double.toString(cost) : "-1";
  }

  private static String csv(String text) {
    return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
