package org.corridoratlas.routing;

import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.util.EdgeIteratorState;
import java.util.BitSet;

/**
 * Our own per-direction edge costs as a GraphHopper {@link Weighting}: {@code forward[e]} along edge e as stored
 * (source → target), {@code backward[e]} against it; infinite = not traversable. {@code minPerMeter} feeds A*'s
 * beeline heuristic and must not exceed cost / beeline distance of any edge, or A* stops being exact.
 */
public final class EdgeCosts extends NoTurnCosts {
  private final double[] forward;
  private final double[] backward;
  private final double minPerMeter;
  /** Edges that cannot be traversed whatever the arrays say; null when none. */
  private final BitSet closed;

  public EdgeCosts(double[] forward, double[] backward, double minPerMeter) {
    if (forward.length != backward.length) {
      throw new IllegalArgumentException("forward and backward costs differ in length");
    }
    this.forward = forward;
    this.backward = backward;
    this.minPerMeter = minPerMeter;
    this.closed = null;
    double total = 0;
    for (int e = 0; e < forward.length; e++) {
      for (double c : new double[] {forward[e], backward[e]}) {
        if (!(c >= 0)) {
          throw new IllegalArgumentException("edge " + e + " costs " + c + ": costs must be positive or zero (infinite: "
              + "no travel)");
        }
        total += Double.isFinite(c) ? c : 0;
      }
    }
    if (!Double.isFinite(total)) {
      throw new IllegalArgumentException("the edge costs add up beyond the range of a double (" + Double.MAX_VALUE
          + "): a path's cost could not be summed");
    }
  }

  private EdgeCosts(EdgeCosts open, BitSet closed) {
    this.forward = open.forward;
    this.backward = open.backward;
    this.minPerMeter = open.minPerMeter;
    this.closed = closed;
  }

  /**
   * Throws unless every finite cost survives GraphHopper's contraction-hierarchy preparation, which holds edge
   * weights as floats: above {@link Float#MAX_VALUE} an edge would turn impassable, below {@link Float#MIN_NORMAL}
   * (but not zero) it would lose its precision. (Shortcut weights are kept exact by {@link ExactShortcuts}.)
   */
  void checkPreparable() {
    for (int e = 0; e < forward.length; e++) {
      for (double c : new double[] {cost(e, false), cost(e, true)}) {
        if (Double.isFinite(c) && (c > Float.MAX_VALUE || (c > 0 && c < Float.MIN_NORMAL))) {
          throw new IllegalArgumentException("edge " + e + " costs " + c + ": outside the range a contraction "
              + "hierarchy prepares exactly (" + Float.MIN_NORMAL + " to " + Float.MAX_VALUE + "); scale the costs");
        }
      }
    }
  }

  /** The cost of traversing edge e from its source (forward) or from its target (backward). */
  public double cost(int edge, boolean backwards) {
    if (closed != null && closed.get(edge)) {
      return Double.POSITIVE_INFINITY;
    }
    return backwards ? backward[edge] : forward[edge];
  }

  /**
   * These costs with the edges flagged closed untraversable (and those closed here still closed): a view that
   * shares the cost arrays, made in time proportional to the closed edges, never a copy of the graph's costs.
   * The set must not change afterwards.
   */
  public EdgeCosts closing(BitSet closedToo) {
    if (closed == null) {
      return new EdgeCosts(this, closedToo);
    }
    BitSet both = (BitSet) closed.clone();
    both.or(closedToo);
    return new EdgeCosts(this, both);
  }

  @Override
  public double calcMinWeightPerDistance() {
    return minPerMeter;
  }

  @Override
  public double calcEdgeWeight(EdgeIteratorState edge, boolean reverse) {
    // The state runs against storage when REVERSE_STATE is set; 'reverse' flips it once more (backward search).
    boolean backwards = edge.get(EdgeIteratorState.REVERSE_STATE) != reverse;
    return cost(edge.getEdge(), backwards);
  }

  @Override
  public long calcEdgeMillis(EdgeIteratorState edge, boolean reverse) {
    // GraphHopper sums these into a path's time, which nothing here reads: costs need not be hours.
    return Double.isFinite(calcEdgeWeight(edge, reverse)) ? 0 : Long.MAX_VALUE;
  }

  @Override
  public String getName() {
    return "atlas_costs";
  }
}
