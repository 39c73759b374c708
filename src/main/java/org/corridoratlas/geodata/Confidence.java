package org.corridoratlas.geodata;

import java.util.Locale;
import java.util.Optional;

public enum Confidence {
  HIGH, MEDIUM, LOW;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Confidence> parse(String text) {
    for (Confidence c : values()) {
      if (c.wireName().equals(text)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
