package org.corridoratlas.catalog;

import java.time.LocalDate;

/**
 * A day or a closed interval of days, either end open (null), as OGC API's {@code datetime} gives it. A feature
 * matches when it exists at some time in the window, following its status timeline.
 */
public record DateWindow(LocalDate start, LocalDate end) {
  public DateWindow {
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("the interval ends before it starts");
    }
  }

  public static DateWindow on(LocalDate day) {
    return new DateWindow(day, day);
  }

  public boolean isInstant() {
    return start != null && start.equals(end);
  }
}
