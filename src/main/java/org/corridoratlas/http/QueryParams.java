package org.corridoratlas.http;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.corridoratlas.catalog.DateWindow;
import org.corridoratlas.config.BadParameter;
import org.corridoratlas.geo.Bbox;

/**
 * The query string of one request, parsed once: every parameter must be known to the endpoint and given at
 * most once, and each typed read names the parameter at fault when its value is wrong ({@link BadParameter}).
 */
public final class QueryParams {
  public static final int MAX_VALUE_LENGTH = 1000;
  private final Map<String, String> values = new LinkedHashMap<>();

  private QueryParams(Map<String, List<String>> raw, Set<String> allowed) {
    for (Map.Entry<String, List<String>> e : raw.entrySet()) {
      String name = e.getKey();
      if (!allowed.contains(name)) {
        throw new BadParameter(printable(name), "unknown parameter; this endpoint takes " + String.join(", ",
            allowed.stream().sorted().toList()));
      }
      if (e.getValue().isEmpty()) {
        throw new BadParameter(name, "the value could not be decoded");
      }
      if (e.getValue().size() > 1) {
        throw new BadParameter(name, "given more than once");
      }
      String value = e.getValue().get(0);
      if (value.length() > MAX_VALUE_LENGTH) {
        throw new BadParameter(name, "longer than " + MAX_VALUE_LENGTH + " characters");
      }
      values.put(name, value);
    }
  }

  /**
   * Refuses a query string whose percent-encoding is broken ({@code %zz}, a lone {@code %}) or does not decode
   * to UTF-8: Javalin would silently drop such a parameter or turn its bytes into replacement characters.
   * The parameter at fault is named when its own name decodes; otherwise the fault is the "query".
   */
  public static void requireValidEncoding(String rawQuery) {
    if (rawQuery == null || rawQuery.indexOf('%') < 0) {
      return;
    }
    for (String part : rawQuery.split("&")) {
      int eq = part.indexOf('=');
      String rawName = eq < 0 ? part : part.substring(0, eq);
      String nameFault = encodingFault(rawName);
      String valueFault = eq < 0 ? null : encodingFault(part.substring(eq + 1));
      if (nameFault != null) {
        throw new BadParameter("query", "the query string is not valid percent-encoding: " + nameFault);
      }
      if (valueFault != null) {
        throw new BadParameter(printable(decode(rawName)), "the value is not valid percent-encoding: "
            + valueFault);
      }
    }
  }

  /** Why the text is not percent-encoded UTF-8, or null when it is. */
  private static String encodingFault(String text) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '%') {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        continue;
      }
      if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0 || Character.digit(text.charAt(i + 2), 16) < 0) {
        return "\"" + printable(text.substring(i, Math.min(text.length(), i + 3)))
            + "\" is not % followed by two hexadecimal digits";
      }
      bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
      i += 2;
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
      return null;
    } catch (CharacterCodingException e) {
      return "the bytes are not UTF-8";
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  public static QueryParams of(Context ctx, Set<String> allowed) {
    return new QueryParams(ctx.queryParamMap(), allowed);
  }

  /** A query read from elsewhere than the request, e.g. the URL an oEmbed consumer asks about. */
  public static QueryParams of(Map<String, List<String>> raw, Set<String> allowed) {
    return new QueryParams(raw, allowed);
  }

  public Optional<String> string(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** A list given as one value with separators ("rail,road"), blanks dropped; empty when absent. */
  public List<String> list(String name, String separator) {
    String text = values.get(name);
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split(Pattern.quote(separator))).map(String::trim)
        .filter(v -> !v.isEmpty()).toList();
  }

  /** Every given parameter that is not in {@code except}, e.g. the property filters of an items request. */
  public Map<String, String> others(Set<String> except) {
    Map<String, String> out = new LinkedHashMap<>(values);
    out.keySet().removeAll(except);
    return out;
  }

  public int integer(String name, int defaultValue, int min, int max) {
    String text = values.get(name);
    if (text == null) {
      return defaultValue;
    }
    int value;
    try {
      value = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new BadParameter(name, "not an integer: " + quote(text));
    }
    if (value < min || value > max) {
      throw new BadParameter(name, "must be " + min + ".." + max + ", was " + value);
    }
    return value;
  }

  /**
   * OGC API bbox: west,south,east,north (or with min and max heights, which are ignored) in CRS84; west greater
   * than east crosses the antimeridian.
   */
  public Optional<Bbox> bbox(String name) {
    String text = values.get(name);
    if (text == null) {
      return Optional.empty();
    }
    String[] parts = text.split(",", -1);
    if (parts.length != 4 && parts.length != 6) {
      throw new BadParameter(name, "needs 4 numbers west,south,east,north (or 6 with heights), got " + parts.length);
    }
    double[] v = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new BadParameter(name, "not a number: " + quote(parts[i]));
      }
      if (!Double.isFinite(v[i])) {
        throw new BadParameter(name, "not a finite number: " + quote(parts[i]));
      }
    }
    int h = parts.length == 6 ? 1 : 0;
    double west = v[0];
    double south = v[1];
    double east = v[2 + h];
    double north = v[3 + h];
    if (west < -180 || east > 180 || south < -90 || north > 90) {
      throw new BadParameter(name, "outside -180..180 (longitude) and -90..90 (latitude)");
    }
    if (south > north) {
      throw new BadParameter(name, "south (" + south + ") is north of north (" + north + ")");
    }
    // west > east: a box across the antimeridian, as the standard reads it (Bbox keeps both parts).
    return Optional.of(new Bbox(west, south, east, north));
  }

  /** An ISO date (YYYY-MM-DD). */
  public Optional<LocalDate> date(String name) {
    String text = values.get(name);
    return text == null ? Optional.empty() : Optional.of(day(name, text));
  }

  /** OGC API datetime: an instant, or an interval "start/end" where ".." or nothing leaves an end open. */
  public Optional<DateWindow> datetime(String name) {
    String text = values.get(name);
    if (text == null) {
      return Optional.empty();
    }
    if (!text.contains("/")) {
      return Optional.of(DateWindow.on(day(name, text)));
    }
    String[] ends = text.split("/", -1);
    if (ends.length != 2) {
      throw new BadParameter(name, "an interval has exactly one \"/\": " + quote(text));
    }
    LocalDate start = open(ends[0]) ? null : day(name, ends[0]);
    LocalDate end = open(ends[1]) ? null : day(name, ends[1]);
    if (start == null && end == null) {
      throw new BadParameter(name, "an interval needs at least one end");
    }
    if (start != null && end != null && end.isBefore(start)) {
      throw new BadParameter(name, "the interval ends before it starts");
    }
    return Optional.of(new DateWindow(start, end));
  }

  private static boolean open(String end) {
    return end.isEmpty() || end.equals("..");
  }

  private static LocalDate day(String name, String text) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text);
      }
      return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    } catch (DateTimeParseException e) {
      throw new BadParameter(name, "not an RFC 3339 date or date-time (e.g. 2021-06-01): " + quote(text));
    }
  }

  /** A value quoted for a message: shortened, control characters removed. */
  public static String quote(String text) {
    return "\"" + printable(text) + "\"";
  }

  private static String printable(String text) {
    String clean = text.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
  }
}
