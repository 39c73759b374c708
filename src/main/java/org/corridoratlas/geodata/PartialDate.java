package org.corridoratlas.geodata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/** Dates as the geodata writes them: YYYY, YYYY-MM or YYYY-MM-DD, read as the first or last day they cover. */
public final class PartialDate {
  private static final Pattern SHAPE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private PartialDate() {}

  public static Optional<LocalDate> firstDay(String text) {
    return parse(text, false);
  }

  public static Optional<LocalDate> lastDay(String text) {
    return parse(text, true);
  }

  /** Read field by field: the shape is checked first, and LocalDate.of refuses a day or month that does not exist. */
  private static Optional<LocalDate> parse(String text, boolean end) {
    if (text == null || !SHAPE.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(text, 0, 4, 10);
      return Optional.of(switch (text.length()) {
        case 4 -> end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
        case 7 -> {
          YearMonth month = YearMonth.of(year, Integer.parseInt(text, 5, 7, 10));
          yield end ? month.atEndOfMonth() : month.atDay(1);
        }
        default -> LocalDate.of(year, Integer.parseInt(text, 5, 7, 10), Integer.parseInt(text, 8, 10, 10));
      });
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
