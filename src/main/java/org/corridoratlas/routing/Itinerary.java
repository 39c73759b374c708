package org.corridoratlas.routing;

import java.util.List;

/**
 * One route: its legs in order, the steps between them (borders, gauge changes, transshipments), totals, and
 * every feature id it uses in travel order.
 */
public record Itinerary(List<Leg> legs, List<Step> steps, Totals totals, List<String> featureIds) {
  public Itinerary {
    legs = List.copyOf(legs);
    steps = List.copyOf(steps);
    featureIds = List.copyOf(featureIds);
  }

  /** Totals over every edge of the route, transfers included; hours is the exact time along it. */
  public record Totals(double lengthMeters, double hours, int borderCrossings, int gaugeBreaks, int transshipments) {}
}
