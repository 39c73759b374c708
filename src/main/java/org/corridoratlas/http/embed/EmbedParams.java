package org.corridoratlas.http.embed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.corridoratlas.config.BadParameter;
import org.corridoratlas.config.Limits;
import org.corridoratlas.geo.Bbox;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.http.QueryParams;
import org.corridoratlas.render.MapRequest;
import org.corridoratlas.i18n.Messages;

/**
 * The parameters shared by /embed, /static.png and the oEmbed url, parsed and checked once. One subject at most:
 * a corridor, a feature, a route (from, to, optional via and asOf) or just a view (bbox, layers, date).
 */
public record EmbedParams(String corridor, String feature, String from, String to, List<String> via,
    LocalDate asOf, Bbox bbox, Set<LayerKind> layers, LocalDate date, int widthPx, int heightPx, boolean legend,
    String title, boolean interactive, String lang, boolean inset) {
  public static final int DEFAULT_WIDTH_PX = 800;
  public static final int DEFAULT_HEIGHT_PX = 500;
  public static final int MAX_TITLE_LENGTH = 120;
  private static final int MAX_PLACE_LENGTH = 200;
  private static final int MAX_VIA = Limits.DEFAULT.embedVias();
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  /** The web app's default layers: everything but events. */
  public static final Set<LayerKind> DEFAULT_LAYERS = defaultLayers();
  static final Set<String> NAMES = Set.of("corridor", "feature", "from", "to", "via", "asOf", "bbox", "layers",
      "date", "width", "height", "legend", "title", "interactive", "lang", "inset");

  public EmbedParams {
    via = List.copyOf(via);
    layers = Set.copyOf(layers);
  }

  /** Parses a query (name to values); every fault is a {@link BadParameter} naming the parameter. */
  public static EmbedParams parse(Map<String, List<String>> query) {
    QueryParams q = QueryParams.of(query, NAMES);
    String corridor = slug(q, "corridor");
    String feature = slug(q, "feature");
    String from = place(q, "from");
    String to = place(q, "to");
    List<String> via = new ArrayList<>();
    String viaText = q.string("via").orElse("");
    if (!viaText.isBlank()) {
      for (String part : viaText.split(";")) {
        via.add(checkPlace("via", part.strip()));
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
    LocalDate asOf = q.date("asOf").orElse(null);
    LocalDate date = q.date("date").orElse(null);
    if (asOf != null && date != null && !asOf.equals(date)) {
      throw new BadParameter("asOf", "asOf and date name the same day; give one of them");
    }
    String title = q.string("title").orElse(null);
    if (title != null && (title.length() > MAX_TITLE_LENGTH || title.chars().anyMatch(Character::isISOControl))) {
      throw new BadParameter("title", "at most " + MAX_TITLE_LENGTH + " characters, no control characters");
    }
    return new EmbedParams(corridor, feature, from, to, via, asOf, bbox(q), layers(q), date,
        q.integer("width", DEFAULT_WIDTH_PX, MapRequest.MIN_SIDE_PX, MapRequest.MAX_SIDE_PX),
        q.integer("height", DEFAULT_HEIGHT_PX, MapRequest.MIN_SIDE_PX, MapRequest.MAX_SIDE_PX),
        flag(q, "legend", true), title == null || title.isBlank() ? null : title.strip(), flag(q, "interactive", true),
        lang(q), flag(q, "inset", false));
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
        interactive, lang, inset);
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
    add(out, "lang", lang.equals("en") ? null : lang);
    add(out, "inset", inset ? "1" : null);
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

  private static String slug(QueryParams q, String name) {
    String value = q.string(name).orElse("");
    if (value.isEmpty()) {
      return null;
    }
    if (value.length() > MAX_PLACE_LENGTH || !SLUG.matcher(value).matches()) {
      throw new BadParameter(name, "not an atlas id (lower-case words joined by \"-\"): " + QueryParams.quote(value));
    }
    return value;
  }

  private static String place(QueryParams q, String name) {
    String value = q.string(name).orElse("");
    return value.isBlank() ? null : checkPlace(name, value.strip());
  }

  private static String checkPlace(String name, String value) {
    if (value.isEmpty() || value.length() > MAX_PLACE_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
      throw new BadParameter(name, "a feature id, place name or lon,lat of at most " + MAX_PLACE_LENGTH
          + " characters");
    }
    return value;
  }

  /** As OGC API's bbox, but with some area and within Web Mercator's latitudes. */
  private static Bbox bbox(QueryParams q) {
    Bbox box = q.bbox("bbox").orElse(null);
    if (box == null) {
      return null;
    }
    if (box.west() >= box.east() || box.south() >= box.north()) {
      throw new BadParameter("bbox", "west must be less than east and south less than north");
    }
    if (box.south() < -85 || box.north() > 85) {
      throw new BadParameter("bbox", "latitudes must be -85..85 (Web Mercator)");
    }
    return box;
  }

  private static Set<LayerKind> layers(QueryParams q) {
    String value = q.string("layers").orElse(null);
    if (value == null) {
      return DEFAULT_LAYERS;
    }
    Set<LayerKind> out = new LinkedHashSet<>();
    for (String id : value.split(",")) {
      if (!id.isBlank()) {
        out.add(LayerKind.find(id.strip()).orElseThrow(() -> new BadParameter("layers", "no layer "
            + QueryParams.quote(id) + "; layers are " + String.join(", ",
            Arrays.stream(LayerKind.values()).map(LayerKind::id).toList()))));
      }
    }
    return out;
  }

  /** The language of labels, legend and credit: en (default), ko, zh or ru. */
  private static String lang(QueryParams q) {
    String value = q.string("lang").orElse("");
    if (value.isEmpty()) {
      return "en";
    }
    if (!Messages.LANGUAGES.contains(value)) {
      throw new BadParameter("lang", "must be one of " + String.join(", ", Messages.LANGUAGES) + ", was "
          + QueryParams.quote(value));
    }
    return value;
  }

  private static boolean flag(QueryParams q, String name, boolean defaultValue) {
    String value = q.string(name).orElse("");
    return switch (value) {
      case "" -> defaultValue;
      case "1", "true" -> true;
      case "0", "false" -> false;
      default -> throw new BadParameter(name, "must be 0 or 1, was " + QueryParams.quote(value));
    };
  }

  private static Set<LayerKind> defaultLayers() {
    return Set.copyOf(Arrays.stream(LayerKind.values()).filter(LayerKind::defaultVisible).toList());
  }
}
