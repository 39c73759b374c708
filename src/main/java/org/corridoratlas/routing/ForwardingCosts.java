package org.corridoratlas.routing;

import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.util.EdgeIteratorState;

/** Costs that pass every question on to other costs; a subclass overrides only what it changes. */
abstract class ForwardingCosts extends NoTurnCosts {
  private final Weighting costs;

  ForwardingCosts(Weighting costs) {
    this.costs = costs;
  }

  @Override
  public double calcEdgeWeight(EdgeIteratorState edge, boolean reverse) {
    return costs.calcEdgeWeight(edge, reverse);
  }

  @Override
  public double calcMinWeightPerDistance() {
    return costs.calcMinWeightPerDistance();
  }

  @Override
  public long calcEdgeMillis(EdgeIteratorState edge, boolean reverse) {
    return costs.calcEdgeMillis(edge, reverse);
  }

  @Override
  public String getName() {
    return costs.getName();
  }
}
