package org.corridoratlas.catalog;

import java.time.LocalDate;
import java.util.Map;
import org.corridoratlas.catalog.cql2.Expression;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.Status;
import org.corridoratlas.geodata.StatusPeriod;

/** Whether one feature passes the date window and the property filters of an items query. */
final class FeatureMatch {
  private FeatureMatch() {}

  static boolean window(Feature f, DateWindow window) {
    if (window == null) {
      return true;
    }
    return window.isInstant() ? f.status().existsOn(window.start())
        : f.status().existsDuring(window.start(), window.end());
  }

  static boolean filters(Feature f, Map<String, String> filters, DateWindow window) {
    for (Map.Entry<String, String> e : filters.entrySet()) {
      boolean ok = "status".equals(e.getKey()) ? status(f, e.getValue(), window)
          : f.texts(e.getKey()).contains(e.getValue());
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** The CQL2 filter, if any, must be true (not false, not unknown); status is read on the instant or today. */
  static boolean expression(Feature f, Expression filter, DateWindow window) {
    if (filter == null) {
      return true;
    }
    LocalDate day = window != null && window.isInstant() ? window.start() : LocalDate.now();
    return Boolean.TRUE.equals(filter.test(f, day));
  }

  /** On an instant (or today when no window is given) the status then; over an interval, any period in it. */
  private static boolean status(Feature f, String wanted, DateWindow window) {
    if (window == null || window.isInstant()) {
      LocalDate day = window == null ? LocalDate.now() : window.start();
      return f.status().statusOn(day).map(Status::wireName).filter(wanted::equals).isPresent();
    }
    for (StatusPeriod p : f.status().periods()) {
      boolean overlaps = (window.start() == null || p.to() == null || !p.to().isBefore(window.start()))
          && (window.end() == null || p.from() == null || !p.from().isAfter(window.end()));
      if (overlaps && p.status().wireName().equals(wanted)) {
        return true;
      }
    }
    return false;
  }
}
