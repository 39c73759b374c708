package org.corridoratlas.routing;

import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridoratlas.network.Mode;
import org.corridoratlas.network.Network;
import org.corridoratlas.network.Node;
import org.corridoratlas.routing.Places.Place;

/**
 * Where a request's stops stand on the network: "node:N" is node N (as export-network numbers it, so that a check
 * against the exported graph can ask the router about any node); anything else is a place, standing on a port's or
 * mine's own node, else on the nodes at the position of the nearest node of an allowed mode (one per country and
 * gauge there). Found through the network's spatial index, never by walking every node.
 */
public final class Stops {
  private static final Pattern NODE = Pattern.compile("node:(\\d+)");

  private final Network network;
  private final Places places;

  /** A stop of a request: the place named and the network nodes that stand for it. */
  public record Stop(Place place, int[] nodes) {}

  Stops(Network network, Places places) {
    this.network = network;
    this.places = places;
  }

  /**
   * @param field the request's name for it (from, to, via), named in the error
   * @throws UnknownPlace when the text names no node, feature, place or position, or one far from every line
   */
  public Stop stop(String field, String text, Set<Mode> modes) {
    Matcher node = NODE.matcher(text.trim());
    if (node.matches()) {
      int id = Integer.parseInt(node.group(1));
      if (id >= network.nodes().size()) {
        throw new UnknownPlace(field, text, "names no node of the network (0.." + (network.nodes().size() - 1) + ")");
      }
      Node n = network.node(id);
      return new Stop(new Place(text, null, "node " + id, n.lon(), n.lat(), n.country()), new int[] {id});
    }
    Place place = places.resolve(field, text);
    return new Stop(place, nodes(field, place, modes));
  }

  /** The network nodes that stand for a place. */
  public int[] nodes(String field, Place place, Set<Mode> modes) {
    if (place.featureId() != null) {
      for (int id : network.nodesOf(place.featureId())) {
        Node node = network.node(id);
        if ("port".equals(node.kind()) || "mine".equals(node.kind())) {
          return new int[] {id};
        }
      }
    }
    IntPredicate ofMode = id -> (place.country() == null || place.country().equals(network.node(id).country()))
        && network.edgesAt(id).stream().map(network::edge).anyMatch(e -> e.mode() != null && modes.contains(e.mode()));
    Node nearest = network.nearestNode(place.lon(), place.lat(), node -> ofMode.test(node.id()))
        .orElseThrow(() -> new UnknownPlace(field, place.text(), "is not near any line of the allowed modes"));
    return network.nodesAt(nearest.lon(), nearest.lat()).stream().mapToInt(Node::id).filter(ofMode).toArray();
  }
}
