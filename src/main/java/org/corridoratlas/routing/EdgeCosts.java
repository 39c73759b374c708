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

  public EdgeCosts(double[] forward, double[] backward, double minPerMeter) {
    if (forward.length != backward.length) {
      throw new IllegalArgumentException("forward and backward costs differ in length");
    }
    this.forward = forward;
    this.backward = backward;
    this.minPerMeter = minPerMeter;
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

  /**
   * Throws unless every finite cost survives GraphHopper's contraction-hierarchy preparation, which holds edge
   * weights as floats: above {@link Float#MAX_VALUE} an edge would turn impassable, below {@link Float#MIN_NORMAL}
   * (but not zero) it would lose its precision. (Shortcut weights are kept exact by {@link ExactShortcuts}.)
   */
  void checkPreparable() {
    for (int e = 0; e < forward.length; e++) {
      for (double c : new double[] {forward[e], backward[e]}) {
        if (Double.isFinite(c) && (c > Float.MAX_VALUE || (c > 0 && c < Float.MIN_NORMAL))) {
          throw new IllegalArgumentException("edge " + e + " costs " + c + ": outside the range a contraction "
              + "hierarchy prepares exactly (" + Float.MIN_NORMAL + " to " + Float.MAX_VALUE + "); scale the costs");
        }
      }
    }
  }

  /** The cost of traversing edge e from its source (forward) or from its target (backward). */
  public double cost(int edge, boolean backwards) {
    return backwards ? backward[edge] : forward[edge];
  }

  /** A copy in which the edges flagged closed cannot be traversed. */
  public EdgeCosts closing(BitSet closed) {
    double[] f = forward.clone();
    double[] b = backward.clone();
    closed.stream().forEach(e -> {
      f[e] = Double.POSITIVE_INFINITY;
      b[e] = Double.POSITIVE_INFINITY;
    });
    return new EdgeCosts(f, b, minPerMeter);
  }

  @Override
  public double calcMinWeightPerDistance() {
    return minPerMeter;
  }

  @Override
  public double calcEdgeWeight(EdgeIteratorState edge, boolean reverse) {
    // The state runs against storage when REVERSE_STATE is set; 'reverse' flips it once more (backward search).
    boolean backwards = edge.get(EdgeIteratorState.REVERSE_STATE) != reverse;
    return backwards ? backward[edge.getEdge()] : forward[edge.getEdge()];
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
