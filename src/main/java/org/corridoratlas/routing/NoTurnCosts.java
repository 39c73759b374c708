package org.corridoratlas.routing;

import com.graphhopper.routing.weighting.Weighting;

/** A GraphHopper weighting of the atlas: its costs lie on edges only, turning costs nothing. */
abstract class NoTurnCosts implements Weighting {
  @Override
  public final double calcTurnWeight(int inEdge, int viaNode, int outEdge) {
    return 0;
  }

  @Override
  public final long calcTurnMillis(int inEdge, int viaNode, int outEdge) {
    return 0;
  }

  @Override
  public final boolean hasTurnCosts() {
    return false;
  }
}
