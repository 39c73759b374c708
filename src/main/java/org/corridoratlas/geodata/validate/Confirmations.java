package org.corridoratlas.geodata.validate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.GeoData;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.geodata.PartialDate;
import org.corridoratlas.geodata.StatusTimeline;

/**
 * How fresh the current statuses are: the age of each {@code confirmed} date of the layers that must carry one, read
 * from the last day the date covers (a "2023-08" is taken as 31 August 2023), as the map's stale marking reads it.
 */
public final class Confirmations {
  private Confirmations() {}

  /** One current status and when a source last confirmed it. */
  public record Age(String featureId, String confirmed, long days) {}

  public static List<Age> ages(GeoData data, LocalDate today) {
    List<Age> ages = new ArrayList<>();
    for (LayerKind kind : LayerKind.values()) {
      if (!GeoDataValidator.CONFIRMED_REQUIRED.contains(kind)) {
        continue;
      }
      for (Feature f : data.layer(kind)) {
        f.status().lastConfirmed().ifPresent(text -> PartialDate.lastDay(text).ifPresent(day ->
            ages.add(new Age(f.id(), text, ChronoUnit.DAYS.between(day, today)))));
      }
    }
    ages.sort(Comparator.comparingLong(Age::days));
    return ages;
  }

  /** The lines validate prints: median and oldest age, and how many the map marks as stale. */
  public static List<String> report(GeoData data, LocalDate today) {
    List<Age> ages = ages(data, today);
    if (ages.isEmpty()) {
      return List.of("note: confirmations: none");
    }
    Age median = ages.get((ages.size() - 1) / 2);
    Age oldest = ages.get(ages.size() - 1);
    long oldestCount = ages.stream().filter(a -> a.days() == oldest.days()).count();
    long stale = ages.stream().filter(a -> PartialDate.lastDay(a.confirmed()).orElseThrow()
        .plusYears(StatusTimeline.STALE_AFTER_YEARS).isBefore(today)).count();
    return List.of(
        String.format(Locale.ROOT, "note: confirmations: %d current statuses of crossings, ports, railways and roads; "
            + "median age %.1f years (%s, %s), oldest %.1f years (%s, %s%s)", ages.size(), years(median.days()),
            median.confirmed(), median.featureId(), years(oldest.days()), oldest.confirmed(), oldest.featureId(),
            oldestCount > 1 ? " and " + (oldestCount - 1) + " more" : ""),
        String.format(Locale.ROOT, "note: confirmations: %d of %d not confirmed for over %d years (marked stale on "
            + "the map)", stale, ages.size(), StatusTimeline.STALE_AFTER_YEARS));
  }

  private static double years(long days) {
    return days / 365.25;
  }
}
