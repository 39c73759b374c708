package org.corridoratlas.render;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.corridoratlas.i18n.Messages;
import org.corridoratlas.render.AtlasLayers.Drawn;
import org.locationtech.jts.geom.Envelope;

/**
 * Where the parts of a picture go: the title band and credit line, the map frame fitted to the subject with a margin
 * (or to the view), the legend in a corner that covers no part of the subject (in a strip beside or beneath the map,
 * with the frame fitted again, when no corner is free) and the inset in another free corner. The atlas features the
 * frame shows are decided here too, since the legend lists them. Boxes are in pixels; a null box is not drawn.
 *
 * @param textScale what text and furniture sizes are multiplied by (see {@link #textScale})
 * @param legend the legend laid out, drawn at {@code legendBox}
 */
record SceneLayout(double textScale, double titleHeightPx, double creditHeightPx, Rectangle2D mapArea, MapFrame frame,
    List<Drawn> drawn, SceneLegend.Box legend, Rectangle2D legendBox, Rectangle2D insetBox) {

  static SceneLayout of(MapRequest r, AtlasLayers atlas, Messages text) {
    int w = r.widthPx();
    int h = r.heightPx();
    double s = textScale(w, h);
    double titleH = titled(r) ? Math.round(26 * s) : 0;
    double creditH = Math.round(15 * s);
    double pad = Math.round(6 * s);
    Rectangle2D mapArea = new Rectangle2D.Double(0, titleH, w, h - titleH - creditH);
    Envelope fitBox = fitBox(r);
    double margin = fitsHighlight(r) ? clamp(Math.min(w, h) * 0.06, 10, 48) : 0;

    MapFrame frame = fit(fitBox, shrink(mapArea, margin), w, h);
    List<Drawn> drawn = atlas.drawn(r, frame);
    SceneLegend legend = legend(r, drawn, text);
    List<Shape> subject = SubjectMarks.footprint(r, frame);
    Rectangle2D legendBox = null;
    SceneLegend.Box box = null;
    if (r.legend() && !legend.isEmpty()) {
      double cornerWidth = clamp(w * 0.4, 150 * s, 320 * s);
      box = legend.layout(cornerWidth, mapArea.getHeight() * 0.6, s);
      legendBox = freeCorner(box.widthPx(), box.heightPx(), mapArea, pad, subject, List.of(), false);
      if (legendBox == null && subject.isEmpty()) {
        // Nothing is the subject: the corner that hides the fewest atlas symbols.
        legendBox = leastCovered(box.widthPx(), box.heightPx(), mapArea, pad, atlas.footprint(drawn, frame));
      }
      if (legendBox == null) {
        // No corner is clear of the subject: give the legend a strip of its own and fit the subject beside it.
        boolean beside = w >= h * 1.2;
        for (int pass = 0; pass < 2; pass++) {
          Rectangle2D rest = beside
              ? new Rectangle2D.Double(0, titleH, w - box.widthPx() - 2 * pad, mapArea.getHeight())
              : new Rectangle2D.Double(0, titleH, w, mapArea.getHeight() - box.heightPx() - 2 * pad);
          frame = fit(fitBox, shrink(rest, margin), w, h);
          drawn = atlas.drawn(r, frame);
          legend = legend(r, drawn, text);
          box = beside ? legend.layout(w * 0.32, mapArea.getHeight() - 2 * pad, s)
              : legend.layout(w - 2 * pad, mapArea.getHeight() * 0.45, s);
        }
        legendBox = beside
            ? new Rectangle2D.Double(w - box.widthPx() - pad, mapArea.getMaxY() - box.heightPx() - pad,
                box.widthPx(), box.heightPx())
            : new Rectangle2D.Double(pad, mapArea.getMaxY() - box.heightPx() - pad, box.widthPx(), box.heightPx());
        subject = SubjectMarks.footprint(r, frame);
      }
    }
    Rectangle2D insetBox = null;
    if (r.inset()) {
      double insetW = clamp(Math.min(w, h) * 0.26, 60, 220);
      double insetH = MapFurniture.insetHeight(insetW);
      List<Rectangle2D> others = legendBox == null ? List.of() : List.of(legendBox);
      insetBox = freeCorner(insetW, insetH, mapArea, pad, subject, others, true);
      if (insetBox == null) {
        insetBox = freeCorner(insetW, insetH, mapArea, pad, List.of(), others, true);
      }
    }
    return new SceneLayout(s, titleH, creditH, mapArea, frame, drawn, legendBox == null ? null : box, legendBox,
        insetBox);
  }

  /** Text grows with the picture: 1 at 800 × 500, never below 0.85 or above 1.8. */
  static double textScale(int w, int h) {
    return clamp(Math.sqrt((double) w * h) / 632, 0.85, 1.8);
  }

  static boolean titled(MapRequest r) {
    return r.title() != null && !r.title().isBlank();
  }

  /** Where labels may go: the map area less a 2-pixel rim. */
  Rectangle2D labelFrame() {
    return new Rectangle2D.Double(2, mapArea.getY() + 2, mapArea.getWidth() - 4, mapArea.getHeight() - 4);
  }

  /** The boxes no label may cover: the legend and the inset. */
  List<Rectangle2D> furniture() {
    List<Rectangle2D> out = new ArrayList<>();
    if (legendBox != null) {
      out.add(legendBox);
    }
    if (insetBox != null) {
      out.add(insetBox);
    }
    return out;
  }

  /** The frame that shows a lon/lat box whole inside an area of the picture, centred on it. */
  static MapFrame fit(Envelope lonLat, Rectangle2D area, int w, int h) {
    double west = MapFrame.mercatorX(lonLat.getMinX());
    double east = MapFrame.mercatorX(lonLat.getMaxX());
    double south = MapFrame.mercatorY(lonLat.getMinY());
    double north = MapFrame.mercatorY(lonLat.getMaxY());
    double scale = Math.min(Math.max(area.getWidth(), 1) / Math.max(east - west, 1e-9),
        Math.max(area.getHeight(), 1) / Math.max(north - south, 1e-9));
    double centerX = (west + east) / 2 - (area.getCenterX() - w / 2.0) / scale;
    double centerY = (south + north) / 2 + (area.getCenterY() - h / 2.0) / scale;
    return new MapFrame(w, h, centerX, centerY, scale);
  }

  static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  private static boolean fitsHighlight(MapRequest r) {
    return r.fitHighlight() && !r.highlight().isEmpty();
  }

  private static Envelope fitBox(MapRequest r) {
    if (!fitsHighlight(r)) {
      return r.view();
    }
    Envelope box = new Envelope();
    r.highlight().forEach(g -> box.expandToInclude(g.getEnvelopeInternal()));
    // A single point or a short feature still shows some country around it.
    double minSpan = 0.3;
    box.expandBy(Math.max(0, minSpan - box.getWidth()) / 2, Math.max(0, minSpan - box.getHeight()) / 2);
    return box;
  }

  private static Rectangle2D shrink(Rectangle2D r, double by) {
    return new Rectangle2D.Double(r.getX() + by, r.getY() + by, Math.max(1, r.getWidth() - 2 * by),
        Math.max(1, r.getHeight() - 2 * by));
  }

  private static SceneLegend legend(MapRequest r, List<Drawn> drawn, Messages text) {
    SceneLegend legend = new SceneLegend(text);
    if (!r.highlight().isEmpty()) {
      legend.subject(r.highlightName() == null || r.highlightName().isBlank() ? text.get("legend.highlighted")
          : r.highlightName());
    }
    drawn.forEach(d -> legend.saw(d.layer(), d.feature(), d.status(), d.stale()));
    return legend;
  }

  /**
   * A corner of the map area where a box of this size covers no subject shape and no other box; corners in the
   * cartographer's order (legend: bottom right first; inset: top right first). Null when none is free.
   */
  private static Rectangle2D freeCorner(double bw, double bh, Rectangle2D area, double pad, List<Shape> subject,
      List<Rectangle2D> others, boolean topFirst) {
    double left = area.getX() + pad;
    double right = area.getMaxX() - bw - pad;
    double top = area.getY() + pad;
    double bottom = area.getMaxY() - bh - pad;
    if (right < left || bottom < top) {
      return null;
    }
    double[][] corners = topFirst
        ? new double[][] {{right, top}, {left, top}, {left, bottom}, {right, bottom}}
        : new double[][] {{right, bottom}, {left, bottom}, {right, top}, {left, top}};
    for (double[] c : corners) {
      Rectangle2D box = new Rectangle2D.Double(c[0], c[1], bw, bh);
      if (subject.stream().noneMatch(shape -> shape.intersects(box))
          && others.stream().noneMatch(o -> o.intersects(box))) {
        return box;
      }
    }
    return null;
  }

  /** The corner where a box of this size covers the fewest marks. */
  private static Rectangle2D leastCovered(double bw, double bh, Rectangle2D area, double pad, List<Rectangle2D> marks) {
    double left = area.getX() + pad;
    double right = Math.max(left, area.getMaxX() - bw - pad);
    double top = area.getY() + pad;
    double bottom = Math.max(top, area.getMaxY() - bh - pad);
    Rectangle2D best = null;
    long bestCount = Long.MAX_VALUE;
    for (double[] c : new double[][] {{right, bottom}, {left, bottom}, {right, top}, {left, top}}) {
      Rectangle2D box = new Rectangle2D.Double(c[0], c[1], bw, bh);
      long count = marks.stream().filter(m -> m.intersects(box)).count();
      if (count < bestCount) {
        best = box;
        bestCount = count;
      }
    }
    return best;
  }
}
