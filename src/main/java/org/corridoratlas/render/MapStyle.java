package org.corridoratlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Map;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.geodata.Status;

/**
 * How each layer, gauge and status looks, the same table as the web app's web/styles.js so that a picture and the
 * live map agree: colour carries gauge, road class or layer; the dash pattern of a line carries its status.
 */
public final class MapStyle {
  public static final Color SEA = new Color(0xd6e6f2);
  public static final Color LAND = new Color(0xf2f2ef);
  public static final Color COAST = new Color(0x6d90ad);
  public static final Color BOUNDARY = new Color(0x8a5d9e);
  public static final Color HIGHLIGHT = new Color(0xffc300);
  public static final Color TEXT = new Color(0x222222);

  private static final Map<String, Color> COUNTRY_TINT = Map.of("PRK", new Color(0xfbf1d9),
      "CHN", new Color(0xf3f0ea), "RUS", new Color(0xedf0e8), "KOR", new Color(0xf1f1f1));
  private static final Map<LayerKind, Color> LAYER_COLOR = Map.of(
      LayerKind.ZONES, new Color(0xe76f51), LayerKind.RAILWAYS, new Color(0x1b4f9c),
      LayerKind.ROADS, new Color(0xe07b00), LayerKind.PIPELINES, new Color(0x6b4f2a),
      LayerKind.SEA_LANES, new Color(0x2b7bb9), LayerKind.CROSSINGS, new Color(0x2a9d3f),
      LayerKind.PORTS, new Color(0x0a5f8a), LayerKind.MINES, new Color(0x7f5539),
      LayerKind.FACILITIES, new Color(0x6a4c93), LayerKind.EVENTS, new Color(0xf2b705));
  public static final Map<String, Color> GAUGE_COLOR = Map.of("1435", new Color(0x1b4f9c),
      "1520", new Color(0xb5179e), "dual", new Color(0x2a9d8f));
  public static final Map<String, String> GAUGE_TITLE = Map.of("1435", "Standard gauge 1435 mm",
      "1520", "Russian gauge 1520 mm", "dual", "Dual gauge");
  private static final Map<Status, Color> STATUS_COLOR = Map.of(Status.OPEN, new Color(0x2a9d3f),
      Status.RESTRICTED, new Color(0xf3722c), Status.CLOSED, new Color(0xd62828), Status.PLANNED, new Color(0x8d99ae),
      Status.UNDER_CONSTRUCTION, new Color(0x8d99ae), Status.ABANDONED, new Color(0x666666));
  private static final Map<Status, float[]> LINE_DASH = Map.of(Status.RESTRICTED, new float[] {12, 5},
      Status.CLOSED, new float[] {3, 6}, Status.PLANNED, new float[] {8, 8},
      Status.UNDER_CONSTRUCTION, new float[] {8, 8}, Status.ABANDONED, new float[] {1, 6});
  private static final Map<String, Float> ROAD_WEIGHT = Map.of("expressway", 4f, "trunk", 3f, "primary", 2.5f,
      "secondary", 2f);
  private static final Color RIVER_PORT = new Color(0x48a9d6);
  private static final Color ABANDONED_LINE = new Color(0x888888);

  private MapStyle() {}

  /** A stroked line: colour with its opacity, width in pixels, dash pattern (null: solid). */
  public record LineStyle(Color color, float widthPx, float[] dash) {
    public BasicStroke stroke() {
      return new BasicStroke(widthPx, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, dash, 0f);
    }
  }

  /** A circle marker: radius, fill (with opacity), outline colour and width, dashed outline or not. */
  public record PointStyle(float radiusPx, Color fill, Color outline, float outlineWidthPx, boolean dashed) {
    public BasicStroke stroke() {
      return new BasicStroke(outlineWidthPx, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f,
          dashed ? new float[] {3, 3} : null, 0f);
    }
  }

  public static Color countryFill(String iso3) {
    return COUNTRY_TINT.getOrDefault(iso3, LAND);
  }

  public static Color layerColor(LayerKind layer) {
    return LAYER_COLOR.get(layer);
  }

  public static Color statusColor(Status status) {
    return STATUS_COLOR.get(status);
  }

  static boolean faded(Status status) {
    return status == Status.ABANDONED || status == Status.PLANNED || status == Status.UNDER_CONSTRUCTION;
  }

  /** The outline of a line or of an area's edge; {@code small} is the web map below zoom 7. */
  public static LineStyle line(LayerKind layer, Feature feature, Status status, boolean small) {
    if (isArea(layer)) {
      return new LineStyle(alpha(LAYER_COLOR.get(layer), faded(status) ? 0.5 : 0.9), 1.5f, LINE_DASH.get(status));
    }
    float weight = switch (layer) {
      case ROADS -> ROAD_WEIGHT.getOrDefault(feature.text("class").orElse(""), 2f);
      case RAILWAYS -> 3.5f;
      default -> 2.5f;
    };
    if (small) {
      weight = Math.max(1.5f, weight - 1);
    }
    Color color = status == Status.ABANDONED ? ABANDONED_LINE : lineColor(layer, feature);
    double opacity = faded(status) ? 0.55 : status == Status.CLOSED ? 0.75 : 0.95;
    return new LineStyle(alpha(color, opacity), weight, LINE_DASH.get(status));
  }

  /** The fill of a zone, mine or facility area. */
  public static Color areaFill(LayerKind layer, Status status) {
    return alpha(LAYER_COLOR.get(layer), faded(status) ? 0.08 : 0.2);
  }

  /** Crossings are filled with their status colour; other points keep their layer colour and show status in the ring. */
  public static PointStyle point(LayerKind layer, Feature feature, Status status, boolean small) {
    Color statusColor = STATUS_COLOR.getOrDefault(status, new Color(0x999999));
    if (layer == LayerKind.CROSSINGS) {
      return new PointStyle(small ? 5 : 7, statusColor, Color.WHITE, 2, false);
    }
    float radius = (layer == LayerKind.PORTS ? 6 : layer == LayerKind.EVENTS ? 4.5f : 5) - (small ? 1.5f : 0);
    boolean river = layer == LayerKind.PORTS && feature != null && "river".equals(feature.text("kind").orElse(""));
    Color fill = alpha(river ? RIVER_PORT : LAYER_COLOR.get(layer), status == Status.ABANDONED ? 0.35 : 0.95);
    boolean open = status == Status.OPEN;
    return new PointStyle(radius, fill, open ? Color.WHITE : statusColor, open ? 1.5f : 2.5f,
        status == Status.PLANNED || status == Status.UNDER_CONSTRUCTION);
  }

  public static boolean isArea(LayerKind layer) {
    return layer == LayerKind.ZONES || layer == LayerKind.MINES || layer == LayerKind.FACILITIES;
  }

  private static Color lineColor(LayerKind layer, Feature feature) {
    if (layer == LayerKind.RAILWAYS && feature != null) {
      return GAUGE_COLOR.getOrDefault(feature.text("gauge").orElse(""), LAYER_COLOR.get(layer));
    }
    return LAYER_COLOR.get(layer);
  }

  static Color alpha(Color color, double opacity) {
    return new Color(color.getRed(), color.getGreen(), color.getBlue(), (int) Math.round(opacity * 255));
  }
}
