package org.corridoratlas.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.config.CostModel;
import org.corridoratlas.geo.Geodesy;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.geodata.StatusTimeline;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.ItemDistance;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Builds the {@link Network} from the catalog's railways, roads, sea-lanes and pipelines.
 *
 * <p>Lines are noded at shared vertices (the geodata promises that lines meet at identical vertices; line ends
 * within {@code linkMeters.snap} of another line's vertex are snapped onto it). A line node is keyed by position,
 * mode, country and gauge, so transfers are explicit edges: a border crossing joins the two countries' nodes at the
 * vertex where their lines meet, a gauge break joins the 1435 and 1520 nodes where a 1435 line meets a 1520 line
 * or a dual-gauge line ends (dual-gauge lines carry an edge in both gauges), ports join their nearest railway and
 * road vertices and their sea-lanes, mines join their nearest railway and road vertices by an access link of real
 * length, and railway junctions and ends join a road vertex nearby (road ↔ rail).
 */
public final class NetworkBuilder {
  private static final GeometryFactory GEOMETRY = new GeometryFactory();
  private static final String NO_GAUGE = "";

  private final Catalog catalog;
  private final CostModel costs;
  private final List<Line> lines = new ArrayList<>();
  private final Map<Mode, Map<Coordinate, Vertex>> vertices = new HashMap<>();
  private final Map<Mode, STRtree> vertexIndex = new HashMap<>();
  private final Map<Mode, Map<Coordinate, Feature>> crossingAt = new HashMap<>();
  private final List<Node> nodes = new ArrayList<>();
  private final Map<String, Integer> nodeByKey = new HashMap<>();
  private final List<Edge> edges = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  /** One line of one feature, with its coordinates after snapping. */
  private record Line(Feature feature, Mode mode, String country, List<String> gauges, double speedKmh,
      Coordinate[] coords) {}

  /** What meets at one position of one mode: the lines through it and whether some line ends there. */
  private static final class Vertex {
    final Coordinate at;
    final Set<Integer> lines = new LinkedHashSet<>();
    final Set<String> countries = new LinkedHashSet<>();
    final Set<String> gauges = new LinkedHashSet<>();
    boolean lineEnd;
    boolean dualEnd;
    boolean anchor;

    Vertex(Coordinate at) {
      this.at = at;
    }

    boolean cut() {
      return lineEnd || anchor || lines.size() > 1;
    }
  }

  private NetworkBuilder(Catalog catalog, CostModel costs) {
    this.catalog = catalog;
    this.costs = costs;
  }

  public static Network build(Catalog catalog, CostModel costs) {
    return new NetworkBuilder(catalog, costs).build();
  }

  private Network build() {
    readLines();
    snapLineEnds();
    indexVertices();
    findCrossingVertices();
    List<Anchor> portLinks = anchorPorts();
    List<Anchor> mineLinks = anchorMines();
    List<Anchor> roadRailLinks = anchorRoadRail();
    splitLines();
    addBorderCrossings();
    addGaugeBreaks();
    addPorts(portLinks);
    addMines(mineLinks);
    addRoadRail(roadRailLinks);
    return new Network(nodes, edges, warnings);
  }

  // ---------------------------------------------------------------------------------------------- lines

  private void readLines() {
    for (Feature f : catalog.layer(LayerKind.RAILWAYS).features()) {
      String gauge = f.text("gauge").orElse("1435");
      String country = f.text("country").orElse(null);
      List<String> gauges = "dual".equals(gauge) ? List.of("1435", "1520") : List.of(gauge);
      addLine(f, Mode.RAIL, country, gauges, costs.railSpeedKmh(gauge, country));
    }
    for (Feature f : catalog.layer(LayerKind.ROADS).features()) {
      String country = f.text("country").orElse(null);
      addLine(f, Mode.ROAD, country, List.of(NO_GAUGE), costs.roadSpeedKmh(f.text("class").orElse("default"), country));
    }
    for (Feature f : catalog.layer(LayerKind.SEA_LANES).features()) {
      addLine(f, Mode.SEA, null, List.of(NO_GAUGE), costs.seaSpeedKmh());
    }
    for (Feature f : catalog.layer(LayerKind.PIPELINES).features()) {
      addLine(f, Mode.PIPELINE, null, List.of(NO_GAUGE), costs.pipelineSpeedKmh());
    }
  }

  private void addLine(Feature f, Mode mode, String country, List<String> gauges, double speedKmh) {
    for (int i = 0; i < f.geometry().getNumGeometries(); i++) {
      if (f.geometry().getGeometryN(i) instanceof LineString part && part.getNumPoints() >= 2) {
        lines.add(new Line(f, mode, country, gauges, speedKmh, part.copy().getCoordinates()));
      }
    }
  }

  /** Line ends within the snap distance of another line's vertex of the same mode move onto that vertex. */
  private void snapLineEnds() {
    double snapMeters = costs.linkMeters("snap");
    Map<Mode, STRtree> trees = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      STRtree tree = trees.computeIfAbsent(line.mode(), m -> new STRtree());
      for (Coordinate c : line.coords()) {
        tree.insert(new Envelope(c), new Object[] {c, i});
      }
    }
    double deg = snapMeters / 70_000.0;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      for (int end : new int[] {0, line.coords().length - 1}) {
        Coordinate c = line.coords()[end];
        Coordinate best = null;
        double bestMeters = snapMeters;
        @SuppressWarnings("unchecked")
        List<Object[]> near = trees.get(line.mode()).query(new Envelope(c.x - deg, c.x + deg, c.y - deg, c.y + deg));
        for (Object[] hit : near) {
          Coordinate other = (Coordinate) hit[0];
          double meters = Geodesy.metersBetween(c, other);
          if ((int) hit[1] != i && !other.equals2D(c) && meters <= bestMeters) {
            best = other;
            bestMeters = meters;
          }
        }
        if (best != null && !sharesVertex(near, c, i)) {
          // Moved in place: the index holds this very coordinate, so the other line now sees the ends joined.
          c.setX(best.x);
          c.setY(best.y);
        }
      }
    }
  }

  /** Whether some other line already has a vertex exactly at c (then c is joined and must not move). */
  private static boolean sharesVertex(List<Object[]> near, Coordinate c, int self) {
    return near.stream().anyMatch(hit -> (int) hit[1] != self && ((Coordinate) hit[0]).equals2D(c));
  }

  private void indexVertices() {
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      Map<Coordinate, Vertex> byPosition = vertices.computeIfAbsent(line.mode(), m -> new HashMap<>());
      Coordinate[] coords = line.coords();
      for (int k = 0; k < coords.length; k++) {
        Vertex v = byPosition.computeIfAbsent(new Coordinate(coords[k].x, coords[k].y), Vertex::new);
        v.lines.add(i);
        if (line.country() != null) {
          v.countries.add(line.country());
        }
        v.gauges.add(line.feature().text("gauge").orElse(NO_GAUGE));
        if (k == 0 || k == coords.length - 1) {
          v.lineEnd = true;
          v.dualEnd |= line.gauges().size() > 1;
        }
      }
    }
    vertices.forEach((mode, byPosition) -> {
      STRtree tree = new STRtree();
      byPosition.values().forEach(v -> tree.insert(new Envelope(v.at), v));
      tree.build();
      vertexIndex.put(mode, tree);
    });
  }

  // ---------------------------------------------------------------------------------------------- anchors

  /** A link to add once nodes exist: from a point feature (or a line vertex) to a line vertex of a mode. */
  private record Anchor(Feature feature, Coordinate from, Mode fromMode, Vertex to, Mode toMode, double meters) {}

  /** For each crossing and each of its modes: the vertex nearest its point where both countries' lines meet. */
  private void findCrossingVertices() {
    double radius = costs.linkMeters("crossing");
    for (Feature crossing : catalog.layer(LayerKind.CROSSINGS).features()) {
      Coordinate at = crossing.geometry().getCoordinate();
      List<String> countries = crossing.texts("countries");
      for (String modeName : crossing.texts("modes")) {
        Optional<Mode> mode = Mode.parse(modeName).filter(m -> m == Mode.RAIL || m == Mode.ROAD);
        if (mode.isEmpty()) {
          continue;
        }
        Optional<Vertex> meet = nearestVertex(mode.get(), at, radius,
            v -> v.countries.containsAll(countries) && countries.size() == 2);
        if (meet.isPresent()) {
          // Two crossings may claim one vertex (a ruined bridge beside its successor): the built one keeps it.
          crossingAt.computeIfAbsent(mode.get(), m -> new HashMap<>())
              .merge(meet.get().at, crossing, (held, other) -> preferred(held, other, meet.get().at));
          meet.get().anchor = true;
        } else {
          warnings.add(crossing.id() + ": no " + modeName + " vertex within " + (int) radius
              + " m where lines of " + String.join(" and ", countries) + " meet");
        }
      }
    }
  }

  private static Feature preferred(Feature a, Feature b, Coordinate at) {
    boolean builtA = Edge.latestBuilt(a.status());
    boolean builtB = Edge.latestBuilt(b.status());
    if (builtA != builtB) {
      return builtA ? a : b;
    }
    return Geodesy.metersBetween(at, a.geometry().getCoordinate())
        <= Geodesy.metersBetween(at, b.geometry().getCoordinate()) ? a : b;
  }

  private List<Anchor> anchorPorts() {
    double radius = costs.linkMeters("port");
    List<Anchor> out = new ArrayList<>();
    for (Feature port : catalog.layer(LayerKind.PORTS).features()) {
      Coordinate at = port.geometry().getCoordinate();
      for (Mode mode : List.of(Mode.RAIL, Mode.ROAD)) {
        Optional<Vertex> near = nearestVertex(mode, at, radius, v -> true);
        near.ifPresent(v -> out.add(anchor(port, at, v, mode)));
        if (mode == Mode.RAIL && near.isEmpty() && port.properties().path("railConnected").asBoolean(false)) {
          warnings.add(port.id() + ": railConnected, but no railway of the atlas has a vertex within "
              + (int) radius + " m, so the network does not join it to rail");
        }
      }
      if (out.stream().noneMatch(a -> a.feature() == port)
          && catalog.layer(LayerKind.SEA_LANES).features().stream()
              .noneMatch(s -> s.texts("ports").contains(port.id()))) {
        warnings.add(port.id() + ": no railway, road or sea-lane within " + (int) radius + " m");
      }
    }
    return out;
  }

  private List<Anchor> anchorMines() {
    List<Anchor> out = new ArrayList<>();
    for (Feature mine : catalog.layer(LayerKind.MINES).features()) {
      Coordinate at = representativePoint(mine.geometry());
      for (Mode mode : List.of(Mode.RAIL, Mode.ROAD)) {
        nearestVertex(mode, at, Double.POSITIVE_INFINITY, v -> true).ifPresent(v -> out.add(anchor(mine, at, v, mode)));
      }
    }
    return out;
  }

  /** Railway junctions and ends join the nearest road vertex within reach: where goods change truck and wagon. */
  private List<Anchor> anchorRoadRail() {
    double radius = costs.linkMeters("roadRail");
    List<Anchor> out = new ArrayList<>();
    for (Vertex rail : vertices.getOrDefault(Mode.RAIL, Map.of()).values()) {
      boolean station = rail.lineEnd || rail.lines.size() > 1;
      boolean border = crossingAt.getOrDefault(Mode.RAIL, Map.of()).containsKey(rail.at);
      if (station && !border) {
        nearestVertex(Mode.ROAD, rail.at, radius, v -> v.countries.equals(rail.countries))
            .ifPresent(road -> {
              rail.anchor = true;
              out.add(anchor(null, rail.at, road, Mode.ROAD));
            });
      }
    }
    return out;
  }

  private Anchor anchor(Feature feature, Coordinate from, Vertex to, Mode toMode) {
    to.anchor = true;
    return new Anchor(feature, from, null, to, toMode, Geodesy.metersBetween(from, to.at));
  }

  private Optional<Vertex> nearestVertex(Mode mode, Coordinate at, double maxMeters,
      java.util.function.Predicate<Vertex> accept) {
    STRtree tree = vertexIndex.get(mode);
    if (tree == null || tree.isEmpty()) {
      return Optional.empty();
    }
    if (Double.isInfinite(maxMeters)) {
      double cosLat = Math.cos(Math.toRadians(at.y));
      ItemDistance scaled = (ItemBoundable a, ItemBoundable b) -> {
        Coordinate p = ((Vertex) a.getItem()).at;
        Coordinate q = ((Vertex) b.getItem()).at;
        return Math.hypot((p.x - q.x) * cosLat, p.y - q.y);
      };
      Vertex probe = new Vertex(at);
      Object[] hits = tree.nearestNeighbour(new Envelope(at), probe, scaled, 8);
      Vertex best = null;
      for (Object hit : hits) {
        Vertex v = (Vertex) hit;
        if (accept.test(v) && (best == null || Geodesy.metersBetween(at, v.at) < Geodesy.metersBetween(at, best.at))) {
          best = v;
        }
      }
      return Optional.ofNullable(best);
    }
    double deg = maxMeters / 70_000.0;
    @SuppressWarnings("unchecked")
    List<Vertex> near = tree.query(new Envelope(at.x - deg, at.x + deg, at.y - deg, at.y + deg));
    Vertex best = null;
    double bestMeters = maxMeters;
    for (Vertex v : near) {
      double meters = Geodesy.metersBetween(at, v.at);
      if (meters <= bestMeters && accept.test(v)) {
        best = v;
        bestMeters = meters;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Coordinate representativePoint(Geometry geometry) {
    return geometry instanceof Point ? geometry.getCoordinate() : geometry.getInteriorPoint().getCoordinate();
  }

  // ---------------------------------------------------------------------------------------------- nodes, edges

  private void splitLines() {
    for (Line line : lines) {
      Map<Coordinate, Vertex> byPosition = vertices.get(line.mode());
      Coordinate[] coords = line.coords();
      List<Integer> cuts = new ArrayList<>();
      cuts.add(0);
      for (int k = 1; k < coords.length - 1; k++) {
        if (byPosition.get(coords[k]).cut()) {
          cuts.add(k);
        }
      }
      cuts.add(coords.length - 1);
      for (int c = 1; c < cuts.size(); c++) {
        int from = cuts.get(c - 1);
        int to = cuts.get(c);
        if (coords[from].equals2D(coords[to]) && to - from >= 2) {
          int mid = (from + to) / 2;
          addPiece(line, coords, from, mid);
          addPiece(line, coords, mid, to);
        } else if (!coords[from].equals2D(coords[to])) {
          addPiece(line, coords, from, to);
        }
      }
    }
  }

  private void addPiece(Line line, Coordinate[] coords, int from, int to) {
    Coordinate[] piece = new Coordinate[to - from + 1];
    System.arraycopy(coords, from, piece, 0, piece.length);
    double meters = Geodesy.lengthMeters(piece);
    double hours = meters / 1000.0 / line.speedKmh();
    LineString geometry = GEOMETRY.createLineString(piece);
    for (String gauge : line.gauges()) {
      int a = lineNode(line.mode(), coords[from], line.country(), gauge);
      int b = lineNode(line.mode(), coords[to], line.country(), gauge);
      addEdge(a, b, EdgeKind.LINE, line.mode(), gauge.isEmpty() ? null : gauge, line.country(), meters, hours,
          List.of(line.feature()), line.feature().name(), geometry);
    }
  }

  private int lineNode(Mode mode, Coordinate at, String country, String gauge) {
    String key = mode + "|" + country + "|" + gauge + "|" + at.x + "|" + at.y;
    Integer id = nodeByKey.get(key);
    if (id != null) {
      return id;
    }
    Vertex v = vertices.get(mode).get(at);
    Feature crossing = crossingAt.getOrDefault(mode, Map.of()).get(at);
    String kind = crossing != null ? "crossing" : v.lines.size() > 1 ? "junction" : v.lineEnd ? "end" : "vertex";
    Node node = new Node(nodes.size(), at.x, at.y, kind, mode, country, gauge.isEmpty() ? null : gauge,
        crossing == null ? null : crossing.id(), crossing == null ? null : crossing.name());
    nodes.add(node);
    nodeByKey.put(key, node.id());
    return node.id();
  }

  private int pointNode(Feature feature, Coordinate at, String kind) {
    Node node = new Node(nodes.size(), at.x, at.y, kind, null, feature.text("country").orElse(null), null,
        feature.id(), feature.name());
    nodes.add(node);
    return node.id();
  }

  private void addEdge(int a, int b, EdgeKind kind, Mode mode, String gauge, String country, double meters,
      double hours, List<Feature> features, String name, LineString geometry) {
    List<StatusTimeline> timelines = features.stream().map(Feature::status).toList();
    List<String> ids = features.stream().map(Feature::id).toList();
    LineString shape = geometry != null ? geometry
        : GEOMETRY.createLineString(new Coordinate[] {
            new Coordinate(nodes.get(a).lon(), nodes.get(a).lat()),
            new Coordinate(nodes.get(b).lon(), nodes.get(b).lat())});
    edges.add(new Edge(edges.size(), a, b, kind, mode, gauge, country, meters, hours, hours, ids, name, shape,
        timelines));
  }

  /** The line nodes at one position of a mode: one per country and gauge. */
  private List<Node> nodesAt(Mode mode, Coordinate at) {
    List<Node> out = new ArrayList<>();
    Vertex v = vertices.get(mode).get(at);
    Set<String> countries = v.countries.isEmpty() ? Set.of("null") : v.countries;
    for (String country : countries) {
      for (String gauge : mode == Mode.RAIL ? List.of("1435", "1520") : List.of(NO_GAUGE)) {
        Integer id = nodeByKey.get(mode + "|" + country + "|" + gauge + "|" + at.x + "|" + at.y);
        if (id != null) {
          out.add(nodes.get(id));
        }
      }
    }
    return out;
  }

  /**
   * Joins the two countries' nodes at each crossing vertex, gauge by gauge. Where the two sides share no gauge
   * (a 1435 line meets a 1520 line at the border), the second country's side gets a node in the first side's
   * gauge and a gauge break to its own.
   */
  private void addBorderCrossings() {
    crossingAt.forEach((mode, byPosition) -> byPosition.forEach((at, crossing) -> {
      List<String> countries = crossing.texts("countries");
      double dwell = costs.borderDwellHours(crossing.id(), mode.wireName());
      List<Node> here = nodesAt(mode, at);
      List<Node> sideA = here.stream().filter(n -> countries.get(0).equals(n.country())).toList();
      List<Node> sideB = here.stream().filter(n -> countries.get(1).equals(n.country())).toList();
      List<Node> otherSide = sideB;
      boolean shared = sideA.stream()
          .anyMatch(a -> otherSide.stream().anyMatch(b -> Objects.equals(a.gauge(), b.gauge())));
      if (!shared && !sideA.isEmpty() && !sideB.isEmpty()) {
        Node a = sideA.get(0);
        Node b = sideB.get(0);
        int bridge = lineNode(mode, at, b.country(), a.gauge());
        addEdge(bridge, b.id(), EdgeKind.GAUGE_BREAK, null, null, b.country(), 0, costs.gaugeBreakHours(), List.of(),
            "break of gauge 1435/1520", null);
        sideB = List.of(nodes.get(bridge));
      }
      for (Node a : sideA) {
        for (Node b : sideB) {
          if (Objects.equals(a.gauge(), b.gauge())) {
            addEdge(a.id(), b.id(), EdgeKind.BORDER_CROSSING, null, a.gauge(), null, 0, dwell, List.of(crossing),
                crossing.name(), null);
          }
        }
      }
    }));
  }

  /** Where a 1435 line meets a 1520 line, or where a dual-gauge line ends, wagons change gauge. */
  private void addGaugeBreaks() {
    double hours = costs.gaugeBreakHours();
    for (Vertex v : vertices.getOrDefault(Mode.RAIL, Map.of()).values()) {
      boolean meet = v.gauges.contains("1435") && v.gauges.contains("1520");
      if (!meet && !v.dualEnd) {
        continue;
      }
      List<Node> here = nodesAt(Mode.RAIL, v.at);
      for (Node a : here) {
        for (Node b : here) {
          if ("1435".equals(a.gauge()) && "1520".equals(b.gauge()) && a.country().equals(b.country())) {
            addEdge(a.id(), b.id(), EdgeKind.GAUGE_BREAK, null, null, a.country(), 0, hours, List.of(),
                "break of gauge 1435/1520", null);
          }
        }
      }
    }
  }

  private void addPorts(List<Anchor> links) {
    Map<String, Integer> portNodes = new LinkedHashMap<>();
    for (Feature port : catalog.layer(LayerKind.PORTS).features()) {
      portNodes.put(port.id(), pointNode(port, port.geometry().getCoordinate(), "port"));
    }
    for (Anchor link : links) {
      String handling = link.toMode() == Mode.RAIL ? "railPort" : "roadPort";
      for (Node line : nodesAt(link.toMode(), link.to().at)) {
        addEdge(portNodes.get(link.feature().id()), line.id(), EdgeKind.TRANSSHIPMENT, null, null, line.country(),
            link.meters(), costs.transferHours(handling), List.of(link.feature()), link.feature().name(), null);
      }
    }
    double radius = costs.linkMeters("port");
    for (Feature lane : catalog.layer(LayerKind.SEA_LANES).features()) {
      for (Coordinate end : laneEnds(lane)) {
        Feature port = nearestPort(lane, end);
        double meters = port == null ? Double.POSITIVE_INFINITY
            : Geodesy.metersBetween(end, port.geometry().getCoordinate());
        if (meters > radius) {
          warnings.add(lane.id() + ": no port within " + (int) radius + " m of its end " + end.x + "," + end.y);
          continue;
        }
        for (Node sea : nodesAt(Mode.SEA, end)) {
          addEdge(portNodes.get(port.id()), sea.id(), EdgeKind.TRANSSHIPMENT, null, null, port.text("country")
              .orElse(null), meters, costs.transferHours("seaPort"), List.of(port), port.name(), null);
        }
      }
    }
  }

  private List<Coordinate> laneEnds(Feature lane) {
    List<Coordinate> ends = new ArrayList<>();
    for (Line line : lines) {
      if (line.feature() == lane) {
        ends.add(line.coords()[0]);
        ends.add(line.coords()[line.coords().length - 1]);
      }
    }
    return ends;
  }

  /** The port of the lane's {@code ports} list nearest to this end; any port when the list is empty. */
  private Feature nearestPort(Feature lane, Coordinate end) {
    List<String> named = lane.texts("ports");
    Feature best = null;
    for (Feature port : catalog.layer(LayerKind.PORTS).features()) {
      if ((named.isEmpty() || named.contains(port.id())) && (best == null
          || Geodesy.metersBetween(end, port.geometry().getCoordinate())
              < Geodesy.metersBetween(end, best.geometry().getCoordinate()))) {
        best = port;
      }
    }
    return best;
  }

  private void addMines(List<Anchor> links) {
    Map<Feature, Integer> mineNodes = new LinkedHashMap<>();
    for (Anchor link : links) {
      int mine = mineNodes.computeIfAbsent(link.feature(), f -> pointNode(f, link.from(), "mine"));
      double hours = link.meters() / 1000.0 / costs.accessSpeedKmh();
      for (Node line : nodesAt(link.toMode(), link.to().at)) {
        addEdge(mine, line.id(), EdgeKind.ACCESS, null, null, line.country(), link.meters(), hours, List.of(link.feature()),
            link.feature().name() + " access", null);
      }
    }
  }

  private void addRoadRail(List<Anchor> links) {
    double hours = costs.transferHours("roadRail");
    for (Anchor link : links) {
      for (Node rail : nodesAt(Mode.RAIL, link.from())) {
        for (Node road : nodesAt(Mode.ROAD, link.to().at)) {
          if (Objects.equals(rail.country(), road.country())) {
            addEdge(rail.id(), road.id(), EdgeKind.TRANSSHIPMENT, null, null, rail.country(), link.meters(), hours,
                List.of(), "road/rail transfer", null);
          }
        }
      }
    }
  }
}
