package org.corridoratlas.network;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** How goods move along an edge of the network. Pipelines are a mode of their own, off unless asked for. */
public enum Mode {
  RAIL, ROAD, SEA, PIPELINE;

  /** The modes a route may use when the request names none. */
  public static final Set<Mode> DEFAULT = Set.of(RAIL, ROAD, SEA);

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Mode> parse(String text) {
    for (Mode mode : values()) {
      if (mode.wireName().equals(text)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
