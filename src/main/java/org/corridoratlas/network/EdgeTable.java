package org.corridoratlas.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corridoratlas.geo.Geodesy;
import org.corridoratlas.geodata.StatusTimeline;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A graph in the pgRouting edge-table form that {@code export-network} writes and the benchmarks read,
 * {@code id,source,target,cost,reverse_cost[,mode,length_km,...]} (negative cost: no travel that way), turned into
 * a {@link Network} so that the router the server uses searches it. Table ids may be any integers; they map onto
 * the network's dense ids. Each edge's one feature id is its table id, so an itinerary's feature ids are the table
 * rows it runs along and an avoid list of table ids closes them. A row open only backwards is stored turned round;
 * loops and rows closed both ways are left out, since they can never shorten a path.
 */
public final class EdgeTable {
  private static final GeometryFactory GEOMETRY = new GeometryFactory();
  /** A table row has no status: always usable. */
  private static final List<StatusTimeline> ALWAYS = List.of(new StatusTimeline(List.of()));
  /** gen-grid.py lays out its metres around 0,0 on the equator; this many metres make a degree there. */
  private static final double METERS_PER_DEGREE = 111_194.93;

  /** What a cost in the table measures: export-network writes hours, gen-grid.py seconds. */
  public enum CostUnit {
    HOURS(1), SECONDS(3600);

    private final double perHour;

    CostUnit(double perHour) {
      this.perHour = perHour;
    }
  }

  private final Network network;
  private final Map<Long, Integer> nodeIndex;
  private final Map<String, Integer> edgeIndex;
  private final double[] forward;
  private final double[] backward;
  private final int rows;

  private EdgeTable(Network network, Map<Long, Integer> nodeIndex, Map<String, Integer> edgeIndex, double[] forward,
      double[] backward, int rows) {
    this.network = network;
    this.nodeIndex = nodeIndex;
    this.edgeIndex = edgeIndex;
    this.forward = forward;
    this.backward = backward;
    this.rows = rows;
  }

  /**
   * @param nodesCsv optional node positions (for A*'s heuristic and leg geometry): id,lon,lat in degrees
   *     (export-network) or id,x,y in metres (gen-grid.py); without them every node sits at 0,0
   */
  public static EdgeTable read(Path csv, Path nodesCsv, CostUnit unit) throws IOException {
    Map<Long, double[]> positions = nodesCsv == null ? Map.of() : positions(nodesCsv);
    Map<Long, Integer> nodeIndex = new HashMap<>();
    Map<String, Integer> edgeIndex = new HashMap<>();
    List<Node> nodes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    List<Coordinate> corners = new ArrayList<>();
    double[] forward = new double[1024];
    double[] backward = new double[1024];
    int read = 0;
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      List<String> header = Arrays.asList(in.readLine().trim().split(","));
      int id = column(header, "id", csv);
      int src = column(header, "source", csv);
      int tgt = column(header, "target", csv);
      int cost = column(header, "cost", csv);
      int reverse = column(header, "reverse_cost", csv);
      int mode = header.indexOf("mode");
      int km = header.indexOf("length_km");
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        read++;
        String[] f = line.split(",", -1);
        double c = Double.parseDouble(f[cost].trim());
        double r = Double.parseDouble(f[reverse].trim());
        long a = Long.parseLong(f[src].trim());
        long b = Long.parseLong(f[tgt].trim());
        if (a == b || (c < 0 && r < 0)) {
          continue;
        }
        boolean turned = c < 0;
        Node from = node(turned ? b : a, positions, nodeIndex, nodes);
        Node to = node(turned ? a : b, positions, nodeIndex, nodes);
        int e = edges.size();
        if (e == forward.length) {
          forward = Arrays.copyOf(forward, 2 * e);
          backward = Arrays.copyOf(backward, 2 * e);
        }
        forward[e] = turned ? r : c;
        backward[e] = turned ? -1 : r;
        // Canonical spelling, so that the ids an itinerary names and an avoid list match whatever the file wrote.
        String tableId = Long.toString(Long.parseLong(f[id].trim()));
        edgeIndex.put(tableId, e);
        double meters = Math.max(Geodesy.metersBetween(from.lon(), from.lat(), to.lon(), to.lat()),
            km >= 0 && !f[km].isBlank() ? Double.parseDouble(f[km]) * 1000 : 0);
        Optional<Mode> lineMode = mode < 0 ? Optional.of(Mode.ROAD) : Mode.parse(f[mode].trim());
        EdgeKind kind = lineMode.isPresent() ? EdgeKind.LINE : transferKind(f[mode].trim());
        edges.add(new Edge(e, from.id(), to.id(), kind, lineMode.orElse(null), null, null, meters,
            forward[e] / unit.perHour, backward[e] < 0 ? -1 : backward[e] / unit.perHour, List.of(tableId),
            tableId, GEOMETRY.createLineString(new Coordinate[] {at(from, corners), at(to, corners)}), ALWAYS));
      }
    }
    int m = edges.size();
    return new EdgeTable(new Network(nodes, edges, List.of()), nodeIndex, edgeIndex, Arrays.copyOf(forward, m),
        Arrays.copyOf(backward, m), read);
  }

  /** One coordinate per node, shared by the geometries of its edges (a large table has millions of them). */
  private static Coordinate at(Node node, List<Coordinate> corners) {
    while (corners.size() <= node.id()) {
      corners.add(null);
    }
    Coordinate c = corners.get(node.id());
    if (c == null) {
      c = new Coordinate(node.lon(), node.lat());
      corners.set(node.id(), c);
    }
    return c;
  }

  private static EdgeKind transferKind(String wireName) {
    return Arrays.stream(EdgeKind.values()).filter(k -> k.wireName().equals(wireName)).findFirst()
        .orElse(EdgeKind.ACCESS);
  }

  private static Node node(long tableId, Map<Long, double[]> positions, Map<Long, Integer> index, List<Node> nodes) {
    Integer known = index.get(tableId);
    if (known != null) {
      return nodes.get(known);
    }
    double[] p = positions.getOrDefault(tableId, new double[2]);
    Node node = new Node(nodes.size(), p[0], p[1], "junction", null, null, null, null, Long.toString(tableId));
    index.put(tableId, node.id());
    nodes.add(node);
    return node;
  }

  private static Map<Long, double[]> positions(Path csv) throws IOException {
    Map<Long, double[]> out = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      List<String> header = Arrays.asList(in.readLine().trim().split(","));
      boolean degrees = header.contains("lon");
      int id = column(header, "id", csv);
      int x = column(header, degrees ? "lon" : "x", csv);
      int y = column(header, degrees ? "lat" : "y", csv);
      double scale = degrees ? 1 : 1 / METERS_PER_DEGREE;
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

  private static int column(List<String> header, String name, Path csv) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(csv + ": no column \"" + name + "\" in the header " + header);
    }
    return i;
  }

  public Network network() {
    return network;
  }

  /** Rows read from the file, loops and closed rows included. */
  public int rows() {
    return rows;
  }

  /** The network node of a table node id, or -1 when the table never names it. */
  public int node(String tableId) {
    Integer n = nodeIndex.get(Long.parseLong(tableId.trim()));
    return n == null ? -1 : n;
  }

  /**
   * The exact sum of the table's costs along a path given as table edge ids in travel order from a table node,
   * each taken in the direction the path runs it; NaN when the ids do not form a path from there.
   */
  public double cost(String fromTableId, List<String> tableEdgeIds) {
    int at = node(fromTableId);
    double total = 0;
    for (String id : tableEdgeIds) {
      Integer e = edgeIndex.get(id);
      if (e == null) {
        return Double.NaN;
      }
      Edge edge = network.edge(e);
      boolean backwards = edge.source() != at;
      if (backwards && edge.target() != at || backwards && backward[e] < 0) {
        return Double.NaN;
      }
      total += backwards ? backward[e] : forward[e];
      at = edge.other(at);
    }
    return total;
  }
}
