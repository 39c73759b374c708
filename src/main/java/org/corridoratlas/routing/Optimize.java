package org.corridoratlas.routing;

import java.util.Locale;
import java.util.Optional;

/** What a route minimises: travel time in hours, or length in kilometres. */
public enum Optimize {
  TIME, DISTANCE;

  public static Optional<Optimize> parse(String text) {
    for (Optimize o : values()) {
      if (o.name().toLowerCase(Locale.ROOT).equals(text)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }
}
