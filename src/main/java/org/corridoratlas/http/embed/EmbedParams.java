package org.corridoratlas.http.embed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.corridoratlas.geo.Bbox;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.http.BadParameter;
import org.corridoratlas.render.MapRequest;

/**
 * The parameters shared by /embed, /static.png and the oEmbed url, parsed and checked once. One subject at most:
 * a corridor, a feature, a route (from, to, optional via and asOf) or just a view (bbox, layers, date).
 */
public record EmbedParams(String corridor, String feature, String from, String to, List<String> via,
    LocalDate asOf, Bbox bbox, Set<LayerKind> layers, LocalDate date, int widthPx, int heightPx, boolean legend,
    String title, boolean interactive) {
  public static final int DEFAULT_WIDTH_PX = 800;
  public static final int DEFAULT_HEIGHT_PX = 500;
  public static final int MAX_TITLE_LENGTH = 120;
  private static final int MAX_PLACE_LENGTH = 200;
  private static final int MAX_VIA = 5;
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  /** The web app's default layers: everything but events. */
  public static final Set<LayerKind> DEFAULT_LAYERS = defaultLayers();
  static final List<String> NAMES = List.of("corridor", "feature", "from", "to", "via", "asOf", "bbox", "layers",
      "date", "width", "height", "legend", "title", "interactive");

  public EmbedParams {
    via = List.copyOf(via);
    layers = Set.copyOf(layers);
  }

  /** Parses a query (name to values); every fault is a {@link BadParameter} naming the parameter. */
  public static EmbedParams parse(Map<String, List<String>> query) {
    Map<String, String> q = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      if (!NAMES.contains(e.getKey())) {
        throw new BadParameter(printable(e.getKey()), "unknown parameter; embeds take " + String.join(", ", NAMES));
      }
      if (e.getValue().size() != 1) {
        throw new BadParameter(e.getKey(), "given more than once");
      }
      q.put(e.getKey(), e.getValue().get(0));
    }
    String corridor = slug(q, "corridor");
    String feature = slug(q, "feature");
    String from = place(q, "from");
    String to = place(q, "to");
    List<String> via = new ArrayList<>();
    if (q.containsKey("via") && !q.get("via").isBlank()) {
      for (String part : q.get("via").split(";")) {
        via.add(checkPlace("via", part.trim()));
      }
      if (via.size() > MAX_VIA) {
        throw new BadParameter("via", "at most " + MAX_VIA + " places, separated by \";\"");
      }
    }
    if ((from == null) != (to == null)) {
      throw new BadParameter(from == null ? "from" : "to", "a route needs both from and to");
    }
    if (from == null && !via.isEmpty()) {
      throw new BadParameter("via", "only a route (from and to) takes via");
    }
    int subjects = (corridor != null ? 1 : 0) + (feature != null ? 1 : 0) + (from != null ? 1 : 0);
    if (subjects > 1) {
      throw new BadParameter(corridor != null ? "corridor" : "feature",
          "give one of corridor, feature or from/to, not several");
    }
    LocalDate asOf = date(q, "asOf");
    LocalDate date = date(q, "date");
    if (asOf != null && date != null && !asOf.equals(date)) {
      throw new BadParameter("asOf", "asOf and date name the same day; give one of them");
    }
    String title = q.get("title");
    if (title != null && (title.length() > MAX_TITLE_LENGTH || title.chars().anyMatch(Character::isISOControl))) {
      throw new BadParameter("title", "at most " + MAX_TITLE_LENGTH + " characters, no control characters");
    }
    return new EmbedParams(corridor, feature, from, to, via, asOf, bbox(q), layers(q), date,
        side(q, "width", DEFAULT_WIDTH_PX), side(q, "height", DEFAULT_HEIGHT_PX), flag(q, "legend", true),
        title == null || title.isBlank() ? null : title.strip(), flag(q, "interactive", true));
  }

  /** The day the map shows: date, else asOf, else today (UTC). */
  public LocalDate shownDate(LocalDate today) {
    return date != null ? date : asOf != null ? asOf : today;
  }

  public boolean isRoute() {
    return from != null;
  }

  /** The same parameters with another size, e.g. as an oEmbed consumer's maxwidth allows. */
  public EmbedParams sized(int width, int height) {
    return new EmbedParams(corridor, feature, from, to, via, asOf, bbox, layers, date, width, height, legend, title,
        interactive);
  }

  /**
   * The parameters as a query string in one fixed order, defaults left out, so that equal requests give equal
   * URLs and ETags. {@code interactive} only matters to /embed and is left out for the picture.
   */
  public String canonicalQuery(boolean forPicture) {
    StringJoiner out = new StringJoiner("&");
    add(out, "corridor", corridor);
    add(out, "feature", feature);
    add(out, "from", from);
    add(out, "to", to);
    add(out, "via", via.isEmpty() ? null : String.join(";", via));
    add(out, "asOf", asOf == null ? null : asOf.toString());
    add(out, "bbox", bbox == null ? null : trim(bbox.west()) + "," + trim(bbox.south()) + "," + trim(bbox.east())
        + "," + trim(bbox.north()));
    add(out, "layers", layers.equals(DEFAULT_LAYERS) ? null : String.join(",",
        layers.stream().sorted().map(LayerKind::id).toList()));
    add(out, "date", date == null ? null : date.toString());
    add(out, "width", widthPx == DEFAULT_WIDTH_PX ? null : String.valueOf(widthPx));
    add(out, "height", heightPx == DEFAULT_HEIGHT_PX ? null : String.valueOf(heightPx));
    add(out, "legend", legend ? null : "0");
    add(out, "title", title);
    if (!forPicture) {
      add(out, "interactive", interactive ? null : "0");
    }
    return out.toString();
  }

  private static void add(StringJoiner out, String name, String value) {
    if (value != null) {
      out.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
    }
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  private static String slug(Map<String, String> q, String name) {
    String value = q.get(name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (value.length() > MAX_PLACE_LENGTH || !SLUG.matcher(value).matches()) {
      throw new BadParameter(name, "not an atlas id (lower-case words joined by \"-\"): " + quote(value));
    }
    return value;
  }

  private static String place(Map<String, String> q, String name) {
    String value = q.get(name);
    return value == null || value.isBlank() ? null : checkPlace(name, value.strip());
  }

  private static String checkPlace(String name, String value) {
    if (value.isEmpty() || value.length() > MAX_PLACE_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
      throw new BadParameter(name, "a feature id, place name or lon,lat of at most " + MAX_PLACE_LENGTH
          + " characters");
    }
    return value;
  }

  private static LocalDate date(Map<String, String> q, String name) {
    String value = q.get(name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      if (value.length() != 10) {
        throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
      }
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadParameter(name, "not a date YYYY-MM-DD: " + quote(value));
    }
  }

  private static Bbox bbox(Map<String, String> q) {
    String value = q.get("bbox");
    if (value == null || value.isEmpty()) {
      return null;
    }
    String[] parts = value.split(",", -1);
    if (parts.length != 4) {
      throw new BadParameter("bbox", "needs 4 numbers west,south,east,north, got " + parts.length);
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new BadParameter("bbox", "not a number: " + quote(parts[i]));
      }
      if (!Double.isFinite(v[i])) {
        throw new BadParameter("bbox", "not a finite number: " + quote(parts[i]));
      }
    }
    if (v[0] < -180 || v[2] > 180 || v[1] < -85 || v[3] > 85) {
      throw new BadParameter("bbox", "outside -180..180 (longitude) and -85..85 (latitude, Web Mercator)");
    }
    if (v[0] >= v[2] || v[1] >= v[3]) {
      throw new BadParameter("bbox", "west must be less than east and south less than north");
    }
    return new Bbox(v[0], v[1], v[2], v[3]);
  }

  private static Set<LayerKind> layers(Map<String, String> q) {
    String value = q.get("layers");
    if (value == null) {
      return DEFAULT_LAYERS;
    }
    Set<LayerKind> out = new LinkedHashSet<>();
    for (String id : value.split(",")) {
      if (id.isBlank()) {
        continue;
      }
      out.add(LayerKind.find(id.trim()).orElseThrow(() -> new BadParameter("layers", "no layer "
          + quote(id) + "; layers are " + String.join(", ",
          java.util.Arrays.stream(LayerKind.values()).map(LayerKind::id).toList()))));
    }
    return out;
  }

  private static int side(Map<String, String> q, String name, int defaultPx) {
    String value = q.get(name);
    if (value == null || value.isEmpty()) {
      return defaultPx;
    }
    int px;
    try {
      px = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new BadParameter(name, "not a whole number of pixels: " + quote(value));
    }
    if (px < MapRequest.MIN_SIDE_PX || px > MapRequest.MAX_SIDE_PX) {
      throw new BadParameter(name, "must be " + MapRequest.MIN_SIDE_PX + ".." + MapRequest.MAX_SIDE_PX
          + " pixels, was " + px);
    }
    return px;
  }

  private static boolean flag(Map<String, String> q, String name, boolean defaultValue) {
    String value = q.get(name);
    if (value == null || value.isEmpty()) {
      return defaultValue;
    }
    return switch (value) {
      case "1", "true" -> true;
      case "0", "false" -> false;
      default -> throw new BadParameter(name, "must be 0 or 1, was " + quote(value));
    };
  }

  private static Set<LayerKind> defaultLayers() {
    Set<LayerKind> all = new LinkedHashSet<>(List.of(LayerKind.values()));
    all.remove(LayerKind.EVENTS);
    return Set.copyOf(all);
  }

  private static String quote(String text) {
    return "\"" + printable(text) + "\"";
  }

  private static String printable(String text) {
    String clean = text.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
  }
}
