package org.corridoratlas.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.corridoratlas.geo.Geodesy;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The multimodal network built from the catalog: nodes, edges (ids are list positions) and the notes the builder
 * made about links it could not make. Immutable after construction.
 */
public final class Network {
  private final List<Node> nodes;
  private final List<Edge> edges;
  private final List<String> warnings;
  /** Built on first use: a network read from a large edge table never asks, and the map would double its size. */
  private Map<String, List<Integer>> nodesByFeature;
  private final List<List<Integer>> edgesAtNode = new ArrayList<>();
  private final STRtree nodeIndex = new STRtree();

  public Network(List<Node> nodes, List<Edge> edges, List<String> warnings) {
    this.nodes = List.copyOf(nodes);
    this.edges = List.copyOf(edges);
    this.warnings = List.copyOf(warnings);
    for (Node node : this.nodes) {
      edgesAtNode.add(new ArrayList<>());
      nodeIndex.insert(new Envelope(node.lon(), node.lon(), node.lat(), node.lat()), node);
    }
    nodeIndex.build();
    for (Edge edge : this.edges) {
      edgesAtNode.get(edge.source()).add(edge.id());
      edgesAtNode.get(edge.target()).add(edge.id());
    }
  }

  private synchronized Map<String, List<Integer>> nodesByFeature() {
    if (nodesByFeature == null) {
      Map<String, List<Integer>> byFeature = new LinkedHashMap<>();
      for (Node node : nodes) {
        if (node.featureId() != null) {
          byFeature.computeIfAbsent(node.featureId(), k -> new ArrayList<>()).add(node.id());
        }
      }
      for (Edge edge : edges) {
        if (edge.kind() == EdgeKind.LINE) {
          for (String id : edge.featureIds()) {
            List<Integer> at = byFeature.computeIfAbsent(id, k -> new ArrayList<>());
            if (!at.contains(edge.source())) {
              at.add(edge.source());
            }
            if (!at.contains(edge.target())) {
              at.add(edge.target());
            }
          }
        }
      }
      nodesByFeature = byFeature;
    }
    return nodesByFeature;
  }

  public List<Node> nodes() {
    return nodes;
  }

  public List<Edge> edges() {
    return edges;
  }

  public Node node(int id) {
    return nodes.get(id);
  }

  public Edge edge(int id) {
    return edges.get(id);
  }

  public List<Integer> edgesAt(int node) {
    return edgesAtNode.get(node);
  }

  /** Links the builder could not make (a crossing whose two sides do not meet, a port with no line near it). */
  public List<String> warnings() {
    return warnings;
  }

  /** The nodes a feature stands on: a crossing's, port's or mine's own nodes, or every node along a line. */
  public List<Integer> nodesOf(String featureId) {
    return nodesByFeature().getOrDefault(featureId, List.of());
  }

  /** The nodes at exactly this position (one per country, gauge or mode that meets there), by the spatial index. */
  public List<Node> nodesAt(double lon, double lat) {
    @SuppressWarnings("unchecked")
    List<Node> near = nodeIndex.query(new Envelope(lon, lon, lat, lat));
    return near.stream().filter(n -> n.lon() == lon && n.lat() == lat).sorted(Comparator.comparingInt(Node::id))
        .toList();
  }

  /** The node nearest to a position by geodesic distance among those accepted by the filter. */
  public Optional<Node> nearestNode(double lon, double lat, Predicate<Node> accept) {
    Node best = null;
    double bestMeters = Double.POSITIVE_INFINITY;
    for (double radius = 0.05; best == null && radius <= 12.8; radius *= 2) {
      @SuppressWarnings("unchecked")
      List<Node> near = nodeIndex.query(new Envelope(lon - radius, lon + radius, lat - radius, lat + radius));
      for (Node node : near) {
        double meters = Geodesy.metersBetween(lon, lat, node.lon(), node.lat());
        if (accept.test(node) && meters < bestMeters) {
          best = node;
          bestMeters = meters;
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
