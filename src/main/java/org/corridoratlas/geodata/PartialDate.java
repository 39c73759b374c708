package org.corridoratlas.geodata;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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

  private static Optional<LocalDate> parse(String text, boolean end) {
    if (text == null || !SHAPE.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return switch (text.length()) {
        case 4 -> Optional.of(end ? LocalDate.of(Integer.parseInt(text), 12, 31)
            : LocalDate.of(Integer.parseInt(text), 1, 1));
        case 7 -> {
          YearMonth month = YearMonth.parse(text);
          yield Optional.of(end ? month.atEndOfMonth() : month.atDay(1));
        }
        default -> Optional.of(LocalDate.parse(text));
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
