package org.corridoratlas.geodata;

import java.time.LocalDate;
import java.util.List;

/**
 * One period of a feature's timeline. {@code from == null}: since before any record we hold;
 * {@code to == null}: still so.
 */
public record StatusPeriod(LocalDate from, LocalDate to, Status status, String note, List<Integer> sources) {
  public StatusPeriod {
    sources = List.copyOf(sources);
  }

  public boolean covers(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
