package org.corridoratlas.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;

/**
 * Which parts of the rail and road networks hang together (JGraphT's connectivity inspector over the built
 * network; transfers within one mode, such as border crossings and gauge breaks, join; links to other modes do not).
 */
public final class Connectivity {
  /** One connected part of a mode's network: its node count and the lines it is made of. */
  public record Component(int nodes, Set<String> featureIds) {}

  private Connectivity() {}

  public static List<Component> components(Network network, Mode mode) {
    Graph<Integer, DefaultEdge> graph = new Pseudograph<>(DefaultEdge.class);
    for (Node node : network.nodes()) {
      if (node.mode() == mode) {
        graph.addVertex(node.id());
      }
    }
    for (Edge edge : network.edges()) {
      if (graph.containsVertex(edge.source()) && graph.containsVertex(edge.target()) && edge.built()) {
        graph.addEdge(edge.source(), edge.target());
      }
    }
    List<Component> out = new ArrayList<>();
    for (Set<Integer> part : new ConnectivityInspector<>(graph).connectedSets()) {
      Set<String> ids = new TreeSet<>();
      for (int node : part) {
        for (int e : network.edgesAt(node)) {
          Edge edge = network.edge(e);
          if (edge.kind() == EdgeKind.LINE && edge.mode() == mode) {
            ids.addAll(edge.featureIds());
          }
        }
      }
      out.add(new Component(part.size(), ids));
    }
    out.sort(Comparator.comparingInt(Component::nodes).reversed());
    return out;
  }

  /** The report `validate` prints: per mode, the components, largest first, with the lines of each. */
  public static List<String> report(Network network) {
    List<String> lines = new ArrayList<>();
    lines.add("network: " + network.nodes().size() + " nodes, " + network.edges().size() + " edges");
    for (Mode mode : List.of(Mode.RAIL, Mode.ROAD)) {
      List<Component> parts = components(network, mode);
      lines.add(mode.wireName() + " network: " + parts.size() + " connected component(s)");
      for (Component part : parts) {
        lines.add("  " + part.nodes() + " nodes: " + String.join(", ", part.featureIds()));
      }
    }
    network.warnings().forEach(w -> lines.add("note: " + w));
    return lines;
  }
}
