package org.corridoratlas.routing;

import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.util.EdgeIteratorState;

/**
 * Costs times a power of two, for GraphHopper's landmarks: they store weights as 16-bit steps of a factor that must
 * stay below about 2,147, so costs in any unit are brought to a path scale of about 10^5 first. Multiplying by a
 * power of two is exact in binary floating point, so the scaled search orders paths exactly as the costs do.
 */
final class ScaledCosts extends ForwardingCosts {
  private final double scale;

  ScaledCosts(Weighting costs, double scale) {
    super(costs);
    if (scale != Math.scalb(1.0, Math.getExponent(scale))) {
      throw new IllegalArgumentException("scale must be a power of two, was " + scale);
    }
    this.scale = scale;
  }

  /** The power of two that brings {@code weight} nearest to {@code target}. */
  static double powerOfTwo(double weight, double target) {
    return weight > 0 && Double.isFinite(weight) ? Math.scalb(1.0, (int) Math.round(Math.log(target / weight) / Math.log(2))) : 1;
  }

  @Override
  public double calcEdgeWeight(EdgeIteratorState edge, boolean reverse) {
    return super.calcEdgeWeight(edge, reverse) * scale;
  }

  @Override
  public double calcMinWeightPerDistance() {
    return super.calcMinWeightPerDistance() * scale;
  }
}
