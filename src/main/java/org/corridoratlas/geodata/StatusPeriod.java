package org.corridoratlas.geodata;

import java.time.LocalDate;
import java.util.List;

/**
 * One period of a feature's timeline. {@code from == null}: since before any record we hold;
 * {@code to == null}: still so. {@code confirmed} (the current period only): the date, as written (YYYY, YYYY-MM or
 * YYYY-MM-DD), of the newest source that confirms this status; null when not given.
 */
public record StatusPeriod(LocalDate from, LocalDate to, Status status, String note, List<Integer> sources,
    String confirmed) {
  public StatusPeriod {
    sources = List.copyOf(sources);
  }

  public StatusPeriod(LocalDate from, LocalDate to, Status status, String note, List<Integer> sources) {
    this(from, to, status, note, sources, null);
  }

  public boolean covers(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
