package org.corridoratlas.routing;

import java.util.List;
import java.util.function.Supplier;

/**
 * One route: its legs in order, the steps between them (borders, gauge changes, transshipments), totals, and
 * every feature id it uses in travel order. Each part is built from the path's edges when first asked for, in one
 * pass, so that an answer that needs only the feature ids (a check, a benchmark) never draws legs or writes steps.
 */
public final class Itinerary {
  /** Totals over every edge of the route, transfers included; hours is the exact time along it. */
  public record Totals(double lengthMeters, double hours, int borderCrossings, int gaugeBreaks, int transshipments) {}

  /** Legs, steps and totals, which one walk over the edges gives together. */
  record Contents(List<Leg> legs, List<Step> steps, Totals totals) {
    Contents {
      legs = List.copyOf(legs);
      steps = List.copyOf(steps);
    }
  }

  private final Supplier<Contents> build;
  private final Supplier<List<String>> listFeatureIds;
  private volatile Contents contents;
  private volatile List<String> featureIds;

  /** An itinerary whose parts are built on first use by the given functions (each called once, or
   * again by a thread that asked at the same moment). */
  Itinerary(Supplier<Contents> build, Supplier<List<String>> featureIds) {
    this.build = build;
    this.listFeatureIds = featureIds;
  }

  public Itinerary(List<Leg> legs, List<Step> steps, Totals totals, List<String> featureIds) {
    this.contents = new Contents(legs, steps, totals);
    this.featureIds = List.copyOf(featureIds);
    this.build = () -> contents;
    this.listFeatureIds = () -> this.featureIds;
  }

  public List<Leg> legs() {
    return contents().legs();
  }

  public List<Step> steps() {
    return contents().steps();
  }

  public Totals totals() {
    return contents().totals();
  }

  /** Every feature the route runs along or through, once each, in travel order. */
  public List<String> featureIds() {
    List<String> ids = featureIds;
    if (ids == null) {
      ids = List.copyOf(listFeatureIds.get());
      featureIds = ids;
    }
    return ids;
  }

  private Contents contents() {
    Contents c = contents;
    if (c == null) {
      c = build.get();
      contents = c;
    }
    return c;
  }

  @Override
  public String toString() {
    return "Itinerary[" + totals() + ", " + featureIds() + "]";
  }
}
