package org.corridoratlas.geodata;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A feature's status over time, periods ordered and not overlapping. */
public record StatusTimeline(List<StatusPeriod> periods) {
  public StatusTimeline {
    periods = List.copyOf(periods);
  }

  /**
   * The status on a date; empty when no period covers it (before the first record, or in a gap). Where two
   * periods share their boundary day or month, the later one wins: it is the change that happened then.
   */
  public Optional<Status> statusOn(LocalDate date) {
    for (int i = periods.size() - 1; i >= 0; i--) {
      if (periods.get(i).covers(date)) {
        return Optional.of(periods.get(i).status());
      }
    }
    return Optional.empty();
  }

  /** Traffic can pass on that date. A feature with no timeline at all is taken as usable. */
  public boolean usableOn(LocalDate date) {
    if (periods.isEmpty()) {
      return true;
    }
    return statusOn(date).map(Status::usable).orElse(false);
  }

  /** The feature exists on that date (built, possibly closed). */
  public boolean existsOn(LocalDate date) {
    if (periods.isEmpty()) {
      return true;
    }
    return statusOn(date).map(Status::exists).orElse(false);
  }

  /** Whether the feature exists at some time within [start, end] (either may be null: open-ended). */
  public boolean existsDuring(LocalDate start, LocalDate end) {
    if (periods.isEmpty()) {
      return true;
    }
    for (StatusPeriod p : periods) {
      boolean overlaps = (start == null || p.to() == null || !p.to().isBefore(start))
          && (end == null || p.from() == null || !p.from().isAfter(end));
      if (overlaps && p.status().exists()) {
        return true;
      }
    }
    return false;
  }

  /**
   * When the current status (the last period's) was last confirmed by a source, as written (YYYY, YYYY-MM or
   * YYYY-MM-DD); empty when the timeline does not say.
   */
  public Optional<String> lastConfirmed() {
    return periods.isEmpty() ? Optional.empty() : Optional.ofNullable(periods.get(periods.size() - 1).confirmed());
  }

  /**
   * Whether the current status, read on {@code today}, was last confirmed more than {@link #STALE_AFTER_YEARS} years
   * before it (counting from the last day the confirmation date covers); false when it does not say.
   */
  public boolean staleOn(LocalDate today) {
    return lastConfirmed().flatMap(PartialDate::lastDay)
        .map(d -> d.plusYears(STALE_AFTER_YEARS).isBefore(today)).orElse(false);
  }

  /**
   * Whether the status shown on {@code shown} is the current one and stale on {@code today}: a past period is history
   * and claims nothing about today.
   */
  public boolean staleOn(LocalDate shown, LocalDate today) {
    for (int i = periods.size() - 1; i >= 0; i--) {
      if (periods.get(i).covers(shown)) {
        return i == periods.size() - 1 && staleOn(today);
      }
    }
    return false;
  }

  /** A status not confirmed for longer than this is marked as stale on the map. */
  public static final int STALE_AFTER_YEARS = 2;

  public Optional<LocalDate> firstDate() {
    return periods.isEmpty() ? Optional.empty() : Optional.ofNullable(periods.get(0).from());
  }
}
