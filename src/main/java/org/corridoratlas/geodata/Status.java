package org.corridoratlas.geodata;

import java.util.Locale;
import java.util.Optional;

/** The state of a feature during one period of its timeline. */
public enum Status {
  OPEN, RESTRICTED, CLOSED, PLANNED, UNDER_CONSTRUCTION, ABANDONED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether traffic can pass: open, or open with restrictions. */
  public boolean usable() {
    return this == OPEN || this == RESTRICTED;
  }

  /** Whether the thing physically exists and is in service or could be (closed still exists). */
  public boolean exists() {
    return this != PLANNED && this != ABANDONED;
  }

  public static Optional<Status> parse(String text) {
    for (Status s : values()) {
      if (s.wireName().equals(text)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
