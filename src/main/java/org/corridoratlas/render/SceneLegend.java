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
import org.corridoratlas.i18n.Messages;

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
  private final Messages text;

  SceneLegend(Messages text) {
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
        new Scene.Stroke(MapStyle.alpha(MapStyle.HIGHLIGHT, MapStyle.number("highlight", "opacity")),
            (float) (7 * s), null, true))), LINE_SWATCH_PX));
  }

  /** Records a feature drawn with a status, adding the items that explain how it looks. */
  void saw(LayerKind layer, Feature feature, Status status, boolean stale) {
    LayerKind.Family family = LayerKind.Family.of(feature.geometry().getGeometryType());
    if (stale) {
      // One item, with the swatch of the first stale feature's kind (a point or a line).
      LayerKind.Family shown = family == LayerKind.Family.POINT ? family : LayerKind.Family.LINE;
      add("stale", 390, null, "stale", new Item(text.get("legend.stale"), swatch(MapStyle.symbol(
          shown == LayerKind.Family.POINT ? LayerKind.CROSSINGS : LayerKind.RAILWAYS, null, shown,
          shown == LayerKind.Family.POINT ? Status.CLOSED : Status.OPEN, shown == LayerKind.Family.POINT,
          MapStyle.STALE), shown), shown == LayerKind.Family.POINT ? POINT_SWATCH_PX : LINE_SWATCH_PX));
    }
    String gauge = layer == LayerKind.RAILWAYS ? feature.text("gauge").orElse("") : "";
    if (text.find("gauge." + gauge).isPresent()) {
      add("gauge", 100, text.layerTitle(layer), gauge, new Item(text.get("gauge." + gauge),
          swatch(MapStyle.symbol(layer, feature, family, Status.OPEN, false, null), family), LINE_SWATCH_PX));
    } else if (layer == LayerKind.CROSSINGS) {
      add("crossing", 300, text.layerTitle(layer), status.wireName(), new Item(text.get("status." + status.wireName()),
          swatch(MapStyle.symbol(layer, null, LayerKind.Family.POINT, status, true, null), LayerKind.Family.POINT),
          POINT_SWATCH_PX));
    } else {
      MapStyle.Symbol symbol = MapStyle.symbol(layer, family == LayerKind.Family.LINE ? feature : null, family,
          Status.OPEN, family != LayerKind.Family.LINE, null);
      add("layers", 400 + layer.drawOrder(), null, layer.id(), new Item(text.layerTitle(layer),
          swatch(symbol, family), family == LayerKind.Family.POINT ? POINT_SWATCH_PX : LINE_SWATCH_PX));
    }
    if (family == LayerKind.Family.LINE && status != Status.OPEN) {
      add("line", 200, text.get("legend.lines"), status.wireName(), new Item(text.get("status." + status.wireName()),
          swatch(MapStyle.symbol(LayerKind.RAILWAYS, null, family, status, false, null), family), LINE_SWATCH_PX));
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

  private static Swatch swatch(MapStyle.Symbol symbol, LayerKind.Family family) {
    Scene.Stroke stroke = new Scene.Stroke(symbol.strokeColor(), (float) symbol.width(), symbol.dash(), false);
    return switch (family) {
      case LINE -> (x, y, s) -> List.of(new Scene.PathMark(new Line2D.Double(x, y, x + LINE_SWATCH_PX * s, y), null,
          stroke));
      case AREA -> (x, y, s) -> List.of(new Scene.PathMark(new Rectangle2D.Double(x + 2 * s, y - 5 * s,
          (LINE_SWATCH_PX - 4) * s, 10 * s), symbol.fillColor(), new Scene.Stroke(symbol.strokeColor(), 1.5f,
          null, false)));
      case POINT -> (x, y, s) -> List.of(new Scene.CircleMark(x + POINT_SWATCH_PX * s / 2, y, symbol.radius(),
          symbol.fillColor(), stroke));
    };
  }
}
