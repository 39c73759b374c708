package org.corridoratlas.routing;

import com.graphhopper.util.EdgeIteratorState;

/**
 * {@link EdgeCosts} for one search that checks its {@link Deadline} every {@value #EVERY} edge weights: GraphHopper's
 * searches ask for an edge's weight at every step and know nothing of interruption, so the check rides on that.
 */
final class WatchedCosts extends ForwardingCosts {
  private static final int EVERY = 512;
  private final Deadline deadline;
  private int calls;

  WatchedCosts(EdgeCosts costs, Deadline deadline) {
    super(costs);
    this.deadline = deadline;
  }

  @Override
  public double calcEdgeWeight(EdgeIteratorState edge, boolean reverse) {
    if (++calls % EVERY == 0) {
      deadline.check();
    }
    return super.calcEdgeWeight(edge, reverse);
  }
}
