package org.corridoratlas.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.geodata.Status;

/**
 * How each layer, gauge and status looks, read from the one style table {@code web/styles.json} that the web app's
 * {@code styles.js} reads too, by the same rules (a test holds the two equal): colour carries gauge, road class or
 * layer; the dash pattern of a line carries its status; a point shows its status in its ring or its fill.
 */
public final class MapStyle {
  /** The style table as the jar holds it; {@code GET /api/layers} serves it as it is. */
  public static final JsonNode TABLE = read("/web/styles.json");
  private static final JsonNode BASEMAP = TABLE.path("basemap");
  public static final Color SEA = color(BASEMAP.path("sea").asText());
  public static final Color LAND = color(BASEMAP.path("land").asText());
  public static final Color COAST = color(BASEMAP.path("coast").asText());
  public static final Color BOUNDARY = color(BASEMAP.path("boundary").asText());
  public static final Color ADMIN1 = color(BASEMAP.path("admin1").asText());
  public static final Color COUNTRY_LABEL = color(BASEMAP.path("countryLabel").asText());
  public static final Color TEXT = color(BASEMAP.path("text").asText());
  public static final Color HIGHLIGHT = color(TABLE.path("highlight").path("color").asText());

  private MapStyle() {}

  /**
   * One drawn symbol, as web/styles.js gives it to Leaflet: a stroke (colour, opacity, width in pixels, dash pattern
   * or null), a fill (colour or null, opacity) and for points a radius.
   */
  public record Symbol(String stroke, double strokeOpacity, double width, float[] dash, String fill,
      double fillOpacity, double radius) {
    public Color strokeColor() {
      return alpha(color(stroke), strokeOpacity);
    }

    public Color fillColor() {
      return fill == null ? null : alpha(color(fill), fillOpacity);
    }

    public BasicStroke basicStroke() {
      return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, dash, 0f);
    }
  }

  public static Color countryFill(String iso3) {
    JsonNode tint = BASEMAP.path("countryTint").path(iso3);
    return tint.isTextual() ? color(tint.asText()) : LAND;
  }

  public static float[] boundaryDash() {
    return dash(BASEMAP.path("boundaryDash"));
  }

  public static float[] admin1Dash() {
    return dash(BASEMAP.path("admin1Dash"));
  }

  public static float number(String section, String key) {
    return (float) TABLE.path(section).path(key).asDouble();
  }

  public static Color layerColor(LayerKind layer) {
    return color(TABLE.path("layers").path(layer.id()).path("color").asText());
  }

  public static Color statusColor(Status status) {
    return color(status(status).path("color").asText());
  }

  /** What no longer works, or not yet: drawn lighter and under what works. */
  public static boolean faded(Status status) {
    return status(status).path("faded").asBoolean();
  }

  /** Whether straight stretches with no sourced place between their ends are drawn hollow on this layer. */
  public static boolean showsSchematic(LayerKind layer) {
    return TABLE.path("layers").path(layer.id()).path("schematic").asBoolean();
  }

  /** The Leaflet zoom below which the map draws thinner lines and smaller points. */
  public static boolean small(double webZoom) {
    return webZoom < TABLE.path("smallBelowZoom").asDouble();
  }

  /**
   * The symbol of a feature of {@code layer} drawn as {@code family} (its geometry's) with a status; {@code
   * feature} null for a legend swatch of the layer itself; {@code variant} a key of the table's variants or null.
   */
  public static Symbol symbol(LayerKind layer, Feature feature, LayerKind.Family family, Status status,
      boolean small, String variant) {
    JsonNode layerStyle = TABLE.path("layers").path(layer.id());
    JsonNode defaults = TABLE.path("defaults").path(family.wireName());
    JsonNode own = layerStyle.path(family.wireName());
    JsonNode state = status(status);
    String color = layerStyle.path("color").asText();
    double lineWidth = pick(own, defaults, "width");
    var by = layerStyle.path("by").fields();
    while (feature != null && by.hasNext()) {
      var entry = by.next();
      JsonNode value = entry.getValue().path(feature.text(entry.getKey()).orElse(""));
      color = value.path("color").asText(color);
      lineWidth = value.path("width").asDouble(lineWidth);
    }
    double scale = TABLE.path("variants").path(variant == null ? "" : variant).path("opacityScale").asDouble(1);
    Symbol symbol = switch (family) {
      case LINE -> {
        double width = small ? Math.max(defaults.path("minWidth").asDouble(),
            lineWidth - defaults.path("smallWidthLoss").asDouble()) : lineWidth;
        yield new Symbol(state.path("lineColor").asText(color), state.path("lineOpacity").asDouble(), width,
            dash(state.path("dash")), null, 0, 0);
      }
      case AREA -> new Symbol(color, state.path("areaOpacity").asDouble(), lineWidth, dash(state.path("dash")),
          color, state.path("areaFillOpacity").asDouble(), 0);
      case POINT -> {
        double radius = pick(own, defaults, small ? "smallRadius" : "radius");
        String fill = "status".equals(own.path("fill").asText()) ? state.path("color").asText() : color;
        double fillOpacity = own.has("fillOpacity") ? own.path("fillOpacity").asDouble()
            : state.path("pointFillOpacity").asDouble();
        String ring = own.path("ring").asText(defaults.path("ring").asText());
        if (!own.path("ringShowsStatus").asBoolean(true)) {
          yield new Symbol(ring, 1, pick(own, defaults, "ringWidth"), null, fill, fillOpacity, radius);
        }
        boolean plain = state.path("plainRing").asBoolean();
        yield new Symbol(plain ? ring : state.path("color").asText(), 1,
            pick(own, defaults, plain ? "ringWidth" : "statusRingWidth"), dash(state.path("ringDash")), fill,
            fillOpacity, radius);
      }
    };
    return scale == 1 ? symbol : new Symbol(symbol.stroke(), symbol.strokeOpacity() * scale, symbol.width(),
        symbol.dash(), symbol.fill(), symbol.fillOpacity() * scale, symbol.radius());
  }

  /** The variant of a current status not confirmed for over two years (web/styles.json "variants"). */
  public static final String STALE = "stale";

  /** The symbol of a feature as its own geometry draws it. */
  public static Symbol symbol(LayerKind layer, Feature feature, Status status, boolean small) {
    return symbol(layer, feature, LayerKind.Family.of(feature.geometry().getGeometryType()), status, small, null);
  }

  private static double pick(JsonNode own, JsonNode defaults, String key) {
    return own.has(key) ? own.path(key).asDouble() : defaults.path(key).asDouble();
  }

  private static JsonNode status(Status status) {
    return TABLE.path("statuses").path(status.wireName());
  }

  private static float[] dash(JsonNode pattern) {
    if (!pattern.isArray() || pattern.isEmpty()) {
      return null;
    }
    float[] out = new float[pattern.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) pattern.get(i).asDouble();
    }
    return out;
  }

  static Color color(String hex) {
    return new Color(Integer.parseInt(hex.substring(1), 16));
  }

  static Color alpha(Color color, double opacity) {
    return new Color(color.getRed(), color.getGreen(), color.getBlue(), (int) Math.round(opacity * 255));
  }

  private static JsonNode read(String resource) {
    try (InputStream in = MapStyle.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not in the jar");
      }
      return Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
