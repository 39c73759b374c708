package org.corridoratlas.routing;

import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.CHStorage;
import com.graphhopper.storage.Graph;
import com.graphhopper.storage.RoutingCHEdgeExplorer;
import com.graphhopper.storage.RoutingCHEdgeIterator;
import com.graphhopper.storage.RoutingCHEdgeIteratorState;
import com.graphhopper.storage.RoutingCHGraph;
import java.util.ArrayDeque;

/**
 * A contraction hierarchy whose shortcuts weigh exactly what the edges they stand for cost. GraphHopper's
 * {@link CHStorage} keeps a shortcut's weight as an unsigned 32-bit count of thousandths: anything below 0.001 is
 * stored as 0.001 and anything from about 4,294,967 up as infinity, so costs in small units lose the order of paths
 * and costs in large ones cut the hierarchy. Here each shortcut's weight, both ways, is the double sum of the two
 * edges it skips (themselves edges or shortcuts), computed once per hierarchy; the search reads those, and original
 * edges from the costs directly, so the query works in the costs' own doubles at any scale.
 */
final class ExactShortcuts implements RoutingCHGraph {
  private final RoutingCHGraph stored;
  private final int edges;
  /** Per shortcut: the weight from its node A to its node B, and back. */
  private final double[] ab;
  private final double[] ba;
  private final int[] nodeA;

  ExactShortcuts(RoutingCHGraph stored, CHStorage storage, EdgeCosts costs, int[] source, int[] target) {
    this.stored = stored;
    this.edges = source.length;
    int count = storage.getShortcuts();
    this.nodeA = new int[count];
    int[] nodeB = new int[count];
    int[] skip1 = new int[count];
    int[] skip2 = new int[count];
    for (int s = 0; s < count; s++) {
      long p = storage.toShortcutPointer(s);
      nodeA[s] = storage.getNodeA(p);
      nodeB[s] = storage.getNodeB(p);
      skip1[s] = storage.getSkippedEdge1(p);
      skip2[s] = storage.getSkippedEdge2(p);
    }
    this.ab = new double[count];
    this.ba = new double[count];
    new Summer(costs, source, target, nodeA, nodeB, skip1, skip2).run();
  }

  /** Fills {@code ab} and {@code ba}, each shortcut after the ones it skips (in any storage order). */
  private final class Summer {
    private final EdgeCosts costs;
    private final int[] source, target, nodeA, nodeB, skip1, skip2;
    private final boolean[] done;

    Summer(EdgeCosts costs, int[] source, int[] target, int[] nodeA, int[] nodeB, int[] skip1, int[] skip2) {
      this.costs = costs;
      this.source = source;
      this.target = target;
      this.nodeA = nodeA;
      this.nodeB = nodeB;
      this.skip1 = skip1;
      this.skip2 = skip2;
      this.done = new boolean[nodeA.length];
    }

    void run() {
      for (int s = 0; s < done.length; s++) {
        sum(s);
      }
    }

    private void sum(int s) {
      if (done[s]) {
        return;
      }
      // Iterative post-order: a shortcut nests others as deep as the hierarchy is high.
      ArrayDeque<Integer> todo = new ArrayDeque<>();
      todo.push(s);
      while (!todo.isEmpty()) {
        int t = todo.peek();
        boolean ready = true;
        for (int skipped : new int[] {skip1[t], skip2[t]}) {
          if (skipped >= edges && !done[skipped - edges]) {
            todo.push(skipped - edges);
            ready = false;
          }
        }
        if (ready) {
          todo.pop();
          if (!done[t]) {
            // The skipped edge at A leads to the middle node; the other goes on from there to B.
            boolean firstAtA = touches(skip1[t], nodeA[t]) && touches(skip2[t], nodeB[t]);
            int atA = firstAtA ? skip1[t] : skip2[t];
            int atB = firstAtA ? skip2[t] : skip1[t];
            int middle = other(atA, nodeA[t]);
            ab[t] = weight(atA, nodeA[t]) + weight(atB, middle);
            ba[t] = weight(atB, nodeB[t]) + weight(atA, middle);
            done[t] = true;
          }
        }
      }
    }

    private boolean touches(int edge, int node) {
      return edge < edges ? source[edge] == node || target[edge] == node
          : nodeA[edge - edges] == node || nodeB[edge - edges] == node;
    }

    private int other(int edge, int node) {
      if (edge < edges) {
        return source[edge] == node ? target[edge] : source[edge];
      }
      int s = edge - edges;
      return nodeA[s] == node ? nodeB[s] : nodeA[s];
    }

    /** The weight of an edge or shortcut travelled from {@code from}. */
    private double weight(int edge, int from) {
      if (edge < edges) {
        return costs.cost(edge, source[edge] != from);
      }
      int s = edge - edges;
      return nodeA[s] == from ? ab[s] : ba[s];
    }
  }

  /** Exact shortcut weight travelling {@code state} forward (base to adjacent node) or, reversed, backward. */
  private double weight(RoutingCHEdgeIteratorState state, boolean reverse) {
    if (!state.isShortcut()) {
      return state.getWeight(reverse);
    }
    int s = state.getEdge() - edges;
    int from = reverse ? state.getAdjNode() : state.getBaseNode();
    // A shortcut between two nodes runs A to B as stored; the state may present it from either end.
    return from == nodeA[s] ? ab[s] : ba[s];
  }

  @Override
  public int getNodes() {
    return stored.getNodes();
  }

  @Override
  public int getEdges() {
    return stored.getEdges();
  }

  @Override
  public int getShortcuts() {
    return stored.getShortcuts();
  }

  @Override
  public RoutingCHEdgeExplorer createInEdgeExplorer() {
    return exact(stored.createInEdgeExplorer());
  }

  @Override
  public RoutingCHEdgeExplorer createOutEdgeExplorer() {
    return exact(stored.createOutEdgeExplorer());
  }

  private RoutingCHEdgeExplorer exact(RoutingCHEdgeExplorer explorer) {
    ExactIterator reused = new ExactIterator(null);
    return baseNode -> {
      reused.state = explorer.setBaseNode(baseNode);
      return reused;
    };
  }

  @Override
  public RoutingCHEdgeIteratorState getEdgeIteratorState(int chEdge, int adjNode) {
    RoutingCHEdgeIteratorState state = stored.getEdgeIteratorState(chEdge, adjNode);
    return state == null ? null : new ExactIterator(state);
  }

  @Override
  public int getLevel(int node) {
    return stored.getLevel(node);
  }

  @Override
  public double getTurnWeight(int inEdge, int viaNode, int outEdge) {
    return stored.getTurnWeight(inEdge, viaNode, outEdge);
  }

  @Override
  public Graph getBaseGraph() {
    return stored.getBaseGraph();
  }

  @Override
  public boolean hasTurnCosts() {
    return stored.hasTurnCosts();
  }

  @Override
  public boolean isEdgeBased() {
    return stored.isEdgeBased();
  }

  @Override
  public Weighting getWeighting() {
    return stored.getWeighting();
  }

  @Override
  public void close() {
    stored.close();
  }

  /** GraphHopper's edge state with the exact weight; everything else passed through. */
  private final class ExactIterator implements RoutingCHEdgeIterator {
    private RoutingCHEdgeIteratorState state;

    ExactIterator(RoutingCHEdgeIteratorState state) {
      this.state = state;
    }

    @Override
    public boolean next() {
      return ((RoutingCHEdgeIterator) state).next();
    }

    @Override
    public int getEdge() {
      return state.getEdge();
    }

    @Override
    public int getOrigEdge() {
      return state.getOrigEdge();
    }

    @Override
    public int getOrigEdgeKeyFirst() {
      return state.getOrigEdgeKeyFirst();
    }

    @Override
    public int getOrigEdgeKeyLast() {
      return state.getOrigEdgeKeyLast();
    }

    @Override
    public int getBaseNode() {
      return state.getBaseNode();
    }

    @Override
    public int getAdjNode() {
      return state.getAdjNode();
    }

    @Override
    public boolean isShortcut() {
      return state.isShortcut();
    }

    @Override
    public int getSkippedEdge1() {
      return state.getSkippedEdge1();
    }

    @Override
    public int getSkippedEdge2() {
      return state.getSkippedEdge2();
    }

    @Override
    public double getWeight(boolean reverse) {
      return weight(state, reverse);
    }
  }
}
