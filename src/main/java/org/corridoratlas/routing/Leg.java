package org.corridoratlas.routing;

import java.util.List;
import org.locationtech.jts.geom.LineString;

/** One stretch of a route on one mode, gauge and country, e.g. rail 1435 in China from Shenyang to Dandong. */
public record Leg(String mode, String gauge, String country, double lengthMeters, double hours,
    List<String> featureIds, LineString geometry) {
  public Leg {
    featureIds = List.copyOf(featureIds);
  }
}
