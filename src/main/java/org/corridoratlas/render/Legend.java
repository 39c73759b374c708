package org.corridoratlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
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

/** The legend of one picture: a row for each kind of thing actually drawn, in the web app's legend order. */
final class Legend {
  private static final int ROW_PX = 17;
  private static final int SWATCH_PX = 28;
  private static final int PAD_PX = 6;

  /** Paints a swatch with its left edge at x, centred on y. */
  interface Swatch {
    void paint(Graphics2D g, double x, double y);
  }

  private record Row(int rank, String label, Swatch swatch) {}

  private final Map<String, Row> rows = new LinkedHashMap<>();
  private final Messages messages;

  Legend(Messages messages) {
    this.messages = messages;
  }

  void add(String label, Swatch swatch) {
    rows.putIfAbsent("highlight", new Row(0, label, swatch));
  }

  /** Records a feature drawn with a status, adding the rows that explain how it looks. */
  void saw(LayerKind layer, Feature feature, Status status, boolean stale) {
    if (stale) {
      // One row, with the swatch of the first stale feature's kind (a point or a line).
      rows.computeIfAbsent("stale", k -> new Row(390, messages.get("legend.stale"),
          family(feature) == LayerKind.Family.POINT
              ? (g, x, y) -> StaticMapRenderer.drawPoint(g, x + SWATCH_PX / 2.0, y, MapStyle.symbol(LayerKind.CROSSINGS,
                  null, LayerKind.Family.POINT, Status.CLOSED, true, MapStyle.STALE))
              : lineSwatch(MapStyle.symbol(LayerKind.RAILWAYS, null, LayerKind.Family.LINE, Status.OPEN, false,
                  MapStyle.STALE))));
    }
    LayerKind.Family family = LayerKind.Family.of(feature.geometry().getGeometryType());
    String gauge = layer == LayerKind.RAILWAYS ? feature.text("gauge").orElse("") : "";
    if (messages.find("gauge." + gauge).isPresent()) {
      rows.computeIfAbsent("gauge-" + gauge, k -> new Row(100, messages.get("gauge." + gauge),
          lineSwatch(MapStyle.symbol(layer, feature, family, Status.OPEN, false, null))));
    } else if (layer != LayerKind.CROSSINGS) {
      rows.computeIfAbsent("layer-" + layer.id(), k -> new Row(400 + layer.ordinal(), messages.layerTitle(layer),
          swatch(layer, feature, family)));
    }
    String statusTitle = messages.get("status." + status.wireName());
    if (family == LayerKind.Family.LINE && status != Status.OPEN) {
      rows.computeIfAbsent("line-" + status.wireName(), k -> new Row(200 + status.ordinal(),
          messages.get("legend.lineStatus", "status", statusTitle),
          lineSwatch(MapStyle.symbol(LayerKind.RAILWAYS, null, family, status, false, null))));
    }
    if (layer == LayerKind.CROSSINGS) {
      rows.computeIfAbsent("crossing-" + status.wireName(), k -> new Row(300 + status.ordinal(),
          messages.get("legend.crossingStatus", "status", statusTitle),
          (g, x, y) -> StaticMapRenderer.drawPoint(g, x + SWATCH_PX / 2.0, y,
              MapStyle.symbol(LayerKind.CROSSINGS, null, LayerKind.Family.POINT, status, true, null))));
    }
  }

  private static LayerKind.Family family(Feature feature) {
    return LayerKind.Family.of(feature.geometry().getGeometryType());
  }

  /** Draws the legend in a bottom corner: the right one (above the attribution) or the left one. */
  void draw(Graphics2D g, int widthPx, int heightPx, boolean right) {
    if (rows.isEmpty()) {
      return;
    }
    List<Row> ordered = new ArrayList<>(rows.values());
    ordered.sort(Comparator.comparingInt(Row::rank));
    int fitting = Math.max(1, (heightPx - 56) / ROW_PX);
    if (ordered.size() > fitting) {
      ordered = ordered.subList(0, fitting);
    }
    g.setFont(new Font("SansSerif", Font.PLAIN, 11));
    FontMetrics metrics = g.getFontMetrics();
    int textWidth = ordered.stream().mapToInt(r -> metrics.stringWidth(r.label())).max().orElse(0);
    int width = Math.min(textWidth, 260) + SWATCH_PX + 3 * PAD_PX;
    int height = ordered.size() * ROW_PX + 2 * PAD_PX;
    int left = right ? widthPx - width - 8 : 8;
    int top = heightPx - height - (right ? 24 : 8);
    g.setColor(new Color(255, 255, 255, 225));
    g.fill(new Rectangle2D.Double(left, top, width, height));
    g.setColor(new Color(0xbbbbbb));
    g.setStroke(new BasicStroke(1f));
    g.draw(new Rectangle2D.Double(left, top, width, height));
    for (int i = 0; i < ordered.size(); i++) {
      Row row = ordered.get(i);
      double y = top + PAD_PX + i * ROW_PX + ROW_PX / 2.0;
      row.swatch().paint(g, left + PAD_PX, y);
      g.setColor(MapStyle.TEXT);
      g.drawString(StaticMapRenderer.fit(row.label(), metrics, 260), left + 2 * PAD_PX + SWATCH_PX,
          (float) (y + metrics.getAscent() / 2.0 - 1));
    }
  }

  private static Swatch lineSwatch(MapStyle.Symbol style) {
    return (g, x, y) -> {
      g.setColor(style.strokeColor());
      g.setStroke(style.basicStroke());
      g.draw(new Line2D.Double(x, y, x + SWATCH_PX, y));
    };
  }

  private static Swatch swatch(LayerKind layer, Feature feature, LayerKind.Family family) {
    MapStyle.Symbol style = MapStyle.symbol(layer, family == LayerKind.Family.LINE ? feature : null, family,
        Status.OPEN, true, null);
    return switch (family) {
      case AREA -> (g, x, y) -> {
        Rectangle2D box = new Rectangle2D.Double(x + 2, y - 5, SWATCH_PX - 4, 10);
        g.setColor(style.fillColor());
        g.fill(box);
        g.setColor(MapStyle.layerColor(layer));
        g.setStroke(new BasicStroke(1.5f));
        g.draw(box);
      };
      case POINT -> (g, x, y) -> StaticMapRenderer.drawPoint(g, x + SWATCH_PX / 2.0, y, style);
      case LINE -> lineSwatch(MapStyle.symbol(layer, feature, family, Status.OPEN, false, null));
    };
  }
}
