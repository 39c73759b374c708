package org.corridoratlas.render;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corridoratlas.i18n.Messages;
import org.locationtech.jts.awt.PointTransformation;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The furniture around the geography that a published map needs: the title band, the credit line (data date,
 * sources link, basemap credit) and the locator inset that shows where the frame lies in the atlas region.
 */
final class MapFurniture {
  /** The atlas region, which the locator inset shows. */
  private static final Envelope REGION = new Envelope(118, 136, 36, 47);

  private MapFurniture() {}

  /** The inset's height for a width: the region's proportions in Mercator. */
  static double insetHeight(double widthPx) {
    return widthPx * (MapFrame.mercatorY(REGION.getMaxY()) - MapFrame.mercatorY(REGION.getMinY()))
        / REGION.getWidth();
  }

  /** The region's countries in a box, the frame shown as a red rectangle over them. */
  static List<Scene.Mark> inset(Rectangle2D box, MapFrame frame, List<Map.Entry<String, Geometry>> countries) {
    MapFrame small = MapFrame.fitting(REGION, (int) Math.round(box.getWidth()), (int) Math.round(box.getHeight()));
    PointTransformation toInset = (src, dest) -> {
      Point2D p = small.pixelOfProjected(src.x, src.y);
      dest.setLocation(p.getX() + box.getX(), p.getY() + box.getY());
    };
    ShapeWriter shapes = new ShapeWriter(toInset);
    shapes.setDecimation(1.0 / small.pixelsPerUnit());
    List<Scene.Mark> out = new ArrayList<>();
    out.add(new Scene.PathMark(box, MapStyle.SEA, null));
    for (Map.Entry<String, Geometry> country : countries) {
      out.add(new Scene.PathMark(shapes.toShape(country.getValue()), country.getKey().equals("PRK")
          ? new Color(0xf0dca8) : new Color(0xe6e3dc), Scene.Stroke.solid(new Color(0x9aa5ad), 0.4f)));
    }
    Envelope shown = frame.lonLatShown();
    Point2D a = small.pixelOf(shown.getMinX(), shown.getMaxY());
    Point2D b = small.pixelOf(shown.getMaxX(), shown.getMinY());
    double x0 = SceneLayout.clamp(Math.min(a.getX(), b.getX()), 0, box.getWidth());
    double x1 = SceneLayout.clamp(Math.max(a.getX(), b.getX()), 0, box.getWidth());
    double y0 = SceneLayout.clamp(Math.min(a.getY(), b.getY()), 0, box.getHeight());
    double y1 = SceneLayout.clamp(Math.max(a.getY(), b.getY()), 0, box.getHeight());
    out.add(new Scene.PathMark(new Rectangle2D.Double(box.getX() + x0, box.getY() + y0, Math.max(2, x1 - x0),
        Math.max(2, y1 - y0)), new Color(214, 40, 40, 40), Scene.Stroke.solid(new Color(0xd62828), 1.5f)));
    out.add(new Scene.PathMark(box, null, Scene.Stroke.solid(new Color(0x777777), 1f)));
    return out;
  }

  /** A white band across the top with the title, shortened to fit. */
  static List<Scene.Mark> title(String title, int w, double titleH, double s, String lang) {
    Scene.TextStyle style = Scene.TextStyle.of(15 * s, true, false, MapStyle.TEXT, null, 0, lang);
    String text = SceneLegend.fit(title, style, w - 16 * s);
    return List.of(new Scene.PathMark(new Rectangle2D.Double(0, 0, w, titleH), new Color(255, 255, 255, 235), null),
        new Scene.TextMark(8 * s, titleH * 0.5 + style.sizePx() * 0.36, text, style, null));
  }

  /** A white band across the bottom: data date and sources, then the basemap's credit where the width allows. */
  static List<Scene.Mark> credit(MapRequest r, Messages text, int w, int h, double creditH, double s) {
    Scene.TextStyle style = Scene.TextStyle.of(10 * s, false, false, new Color(0x444444), null, 0, text.lang());
    String main = text.get("map.credit", "date", r.date(), "link", r.sourcesLink().isBlank() ? "Corridor Atlas"
        : r.sourcesLink());
    String full = main + " · " + text.get("map.basemapCredit");
    String line = Fonts.width(full, style) <= w - 12 * s ? full : SceneLegend.fit(main, style, w - 12 * s);
    return List.of(new Scene.PathMark(new Rectangle2D.Double(0, h - creditH, w, creditH),
        new Color(255, 255, 255, 220), null),
        new Scene.TextMark(6 * s, h - creditH / 2 + style.sizePx() * 0.36, line, style, null));
  }
}
