package org.corridoratlas.render;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.geodata.Status;
import org.locationtech.jts.geom.Puntal;

/**
 * The legend of one picture: a row for each kind of thing actually drawn (the subject first, then gauges, line and
 * crossing statuses, layers), measured and laid out in one or more columns, as scene marks.
 */
final class SceneLegend {
  /** Marks of a swatch whose left edge is at x, centred on y, for a text scale. */
  interface Swatch {
    List<Scene.Mark> marks(double x, double y, double scale);
  }

  /** One swatch and its words; a group of items shares a line, wrapped when long, after its header. */
  record Item(String label, Swatch swatch, double swatchPx) {}

  private record Group(int rank, String header, Map<String, Item> items) {}

  /** A laid-out line: its header (or null) and items, each at its x offset from the legend's left edge. */
  record Line(List<Placed> placed) {}

  record Placed(double x, Item item, String text) {}

  /** The legend's size and its lines. */
  record Box(double widthPx, double heightPx, List<Line> lines) {}

  private static final double ROW_PX = 16;
  private static final double LINE_SWATCH_PX = 22;
  private static final double POINT_SWATCH_PX = 12;
  private static final double PAD_PX = 6;
  private static final double GAP_PX = 4;
  private static final double ITEM_GAP_PX = 10;
  private static final double TEXT_PX = 11;

  private final Map<String, Group> groups = new LinkedHashMap<>();
  private final MapText text;

  SceneLegend(MapText text) {
    this.text = text;
  }

  boolean isEmpty() {
    return groups.isEmpty();
  }

  private void add(String group, int rank, String header, String key, Item item) {
    groups.computeIfAbsent(group, k -> new Group(rank, header, new LinkedHashMap<>())).items().putIfAbsent(key, item);
  }

  void subject(String name) {
    add("subject", 0, null, "subject", new Item(name, (x, y, s) -> List.of(new Scene.PathMark(
        new Line2D.Double(x + 2 * s, y, x + (LINE_SWATCH_PX - 2) * s, y), null,
        new Scene.Stroke(MapStyle.alpha(MapStyle.HIGHLIGHT, 0.75), (float) (7 * s), null, true))), LINE_SWATCH_PX));
  }

  /** Records a feature drawn with a status, adding the items that explain how it looks. */
  void saw(LayerKind layer, Feature feature, Status status) {
    if (layer == LayerKind.RAILWAYS) {
      String gauge = feature.text("gauge").orElse("");
      if (MapStyle.GAUGE_TITLE.containsKey(gauge)) {
        add("gauge", 100, text.layerTitle(layer), gauge, new Item(text.get("gauge." + gauge),
            lineSwatch(MapStyle.line(layer, feature, Status.OPEN, false)), LINE_SWATCH_PX));
      }
    } else if (layer == LayerKind.CROSSINGS) {
      add("crossing", 300, text.layerTitle(layer), status.wireName(), new Item(text.get("status." + status.wireName()),
          pointSwatch(MapStyle.point(LayerKind.CROSSINGS, null, status, true)), POINT_SWATCH_PX));
    } else {
      boolean point = feature.geometry() instanceof Puntal;
      add("layers", 400, null, layer.id(), new Item(text.layerTitle(layer), layerSwatch(layer, feature),
          point ? POINT_SWATCH_PX : LINE_SWATCH_PX));
    }
    boolean line = !MapStyle.isArea(layer) && !(feature.geometry() instanceof Puntal);
    if (line && status != Status.OPEN) {
      add("line", 200, text.get("map.lines"), status.wireName(), new Item(text.get("status." + status.wireName()),
          lineSwatch(MapStyle.line(LayerKind.RAILWAYS, null, status, false)), LINE_SWATCH_PX));
    }
  }

  /** The groups in order, each from a new line, their items wrapped at the width; lines beyond the height dropped. */
  Box layout(double maxWidthPx, double maxHeightPx, double scale) {
    Scene.TextStyle style = style(scale);
    Scene.TextStyle headerStyle = headerStyle(scale);
    List<Group> ordered = new ArrayList<>(groups.values());
    ordered.sort(Comparator.comparingInt(Group::rank));
    double inner = Math.max(60 * scale, maxWidthPx - 2 * PAD_PX * scale);
    List<Line> lines = new ArrayList<>();
    double widest = 0;
    for (Group group : ordered) {
      List<Placed> line = new ArrayList<>();
      double x = 0;
      if (group.header() != null) {
        String header = group.header() + ":";
        line.add(new Placed(0, null, header));
        x = Fonts.width(header, headerStyle) + GAP_PX * scale * 1.5;
      }
      for (Item item : group.items().values()) {
        String label = fit(item.label(), style, inner - (item.swatchPx() + GAP_PX) * scale);
        double w = (item.swatchPx() + GAP_PX) * scale + Fonts.width(label, style);
        if (x > 0 && x + w > inner && !(line.size() == 1 && line.get(0).item() == null && x + w <= inner * 1.05)) {
          widest = Math.max(widest, x - ITEM_GAP_PX * scale);
          lines.add(new Line(line));
          line = new ArrayList<>();
          x = 0;
        }
        line.add(new Placed(x, item, label));
        x += w + ITEM_GAP_PX * scale;
      }
      widest = Math.max(widest, x - ITEM_GAP_PX * scale);
      lines.add(new Line(line));
    }
    int fit = Math.max(1, (int) Math.floor((maxHeightPx - 2 * PAD_PX * scale) / (ROW_PX * scale)));
    List<Line> shown = lines.subList(0, Math.min(lines.size(), fit));
    return new Box(widest + 2 * PAD_PX * scale, shown.size() * ROW_PX * scale + 2 * PAD_PX * scale, shown);
  }

  /** The legend drawn at (left, top). */
  static List<Scene.Mark> marks(Box box, double left, double top, double scale) {
    List<Scene.Mark> out = new ArrayList<>();
    out.add(new Scene.PathMark(new Rectangle2D.Double(left, top, box.widthPx(), box.heightPx()),
        new Color(255, 255, 255, 235), Scene.Stroke.solid(new Color(0xbbbbbb), 1f)));
    Scene.TextStyle style = style(scale);
    Scene.TextStyle headerStyle = headerStyle(scale);
    for (int i = 0; i < box.lines().size(); i++) {
      double y = top + PAD_PX * scale + i * ROW_PX * scale + ROW_PX * scale / 2;
      for (Placed p : box.lines().get(i).placed()) {
        double x = left + PAD_PX * scale + p.x();
        double baseline = y + TEXT_PX * scale * 0.36;
        if (p.item() == null) {
          out.add(new Scene.TextMark(x, baseline, p.text(), headerStyle, null));
        } else {
          out.addAll(p.item().swatch().marks(x, y, scale));
          out.add(new Scene.TextMark(x + (p.item().swatchPx() + GAP_PX) * scale, baseline, p.text(), style, null));
        }
      }
    }
    return out;
  }

  static Scene.TextStyle headerStyle(double scale) {
    return new Scene.TextStyle((float) (TEXT_PX * scale), true, false, MapStyle.TEXT, null, 0, Scene.Anchor.START,
        "en");
  }

  static Scene.TextStyle style(double scale) {
    return new Scene.TextStyle((float) (TEXT_PX * scale), false, false, MapStyle.TEXT, null, 0, Scene.Anchor.START,
        "en");
  }

  /** The text, shortened with an ellipsis until it fits the width. */
  static String fit(String label, Scene.TextStyle style, double widthPx) {
    if (Fonts.width(label, style) <= widthPx) {
      return label;
    }
    String cut = label;
    if (widthPx <= 0) {
      return label;
    }
    while (!cut.isEmpty() && Fonts.width(cut + "…", style) > widthPx) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut + "…";
  }

  private static Swatch lineSwatch(MapStyle.LineStyle line) {
    return (x, y, s) -> List.of(new Scene.PathMark(new Line2D.Double(x, y, x + LINE_SWATCH_PX * s, y), null,
        new Scene.Stroke(line.color(), line.widthPx(), line.dash(), false)));
  }

  private static Swatch pointSwatch(MapStyle.PointStyle p) {
    return (x, y, s) -> List.of(new Scene.CircleMark(x + POINT_SWATCH_PX * s / 2, y, p.radiusPx(), p.fill(),
        new Scene.Stroke(p.outline(), p.outlineWidthPx(), p.dashed() ? new float[] {3, 3} : null, false)));
  }

  private static Swatch layerSwatch(LayerKind layer, Feature feature) {
    if (MapStyle.isArea(layer) && !(feature.geometry() instanceof Puntal)) {
      return (x, y, s) -> List.of(new Scene.PathMark(new Rectangle2D.Double(x + 2 * s, y - 5 * s,
          (LINE_SWATCH_PX - 4) * s, 10 * s), MapStyle.areaFill(layer, Status.OPEN),
          Scene.Stroke.solid(MapStyle.layerColor(layer), 1.5f)));
    }
    if (feature.geometry() instanceof Puntal) {
      return pointSwatch(MapStyle.point(layer, feature, Status.OPEN, true));
    }
    return lineSwatch(MapStyle.line(layer, feature, Status.OPEN, false));
  }
}
