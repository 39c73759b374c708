package org.corridoratlas.render;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.i18n.Messages;
import org.corridoratlas.render.AtlasLayers.Drawn;
import org.corridoratlas.render.ReferenceLayers.RefLine;
import org.corridoratlas.render.ReferenceLayers.RefPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Puntal;

/**
 * The labels of a picture, offered to a {@link LabelPlacer} in priority order so that the most telling ones win
 * where space is short: the subject's places (always), the subject's crossings, capitals, countries, places by rank
 * (denser as the scale grows, as in the web map), seas, rivers, provinces, then other crossings and ports. Names are
 * in the language asked for, falling back to English.
 */
final class SceneLabels {
  private static final Map<String, double[]> COUNTRY_LABELS = new LinkedHashMap<>();
  private static final Color INK = new Color(0x1a1a1a);
  private static final Color HALO = new Color(255, 255, 255, 225);
  private static final Color WATER_TEXT = new Color(0x3f6f96);

  static {
    COUNTRY_LABELS.put("CHN", new double[] {124.2, 43.9});
    COUNTRY_LABELS.put("PRK", new double[] {126.9, 40.0});
    COUNTRY_LABELS.put("RUS", new double[] {133.0, 44.6});
    COUNTRY_LABELS.put("KOR", new double[] {128.3, 37.3});
  }

  private final ReferenceLayers reference;
  private final AtlasLayers atlas;

  SceneLabels(ReferenceLayers reference, AtlasLayers atlas) {
    this.reference = reference;
    this.atlas = atlas;
  }

  /** The labels group, clear of each other and of the layout's legend and inset. */
  List<Scene.Mark> marks(MapRequest r, SceneLayout layout, Messages text) {
    MapFrame frame = layout.frame();
    double s = layout.textScale();
    Rectangle2D labelFrame = layout.labelFrame();
    LabelPlacer placer = new LabelPlacer(labelFrame);
    layout.furniture().forEach(placer::block);
    List<Scene.Mark> out = new ArrayList<>();
    double z = frame.webZoom();
    String lang = text.lang();
    Set<String> subjectIds = new HashSet<>(r.highlightIds());
    String subjectWords = " " + ReferenceLayers.fold(r.highlightName() == null ? "" : r.highlightName()) + " ";
    Set<String> asked = new HashSet<>();
    r.subjectPlaces().forEach(p -> asked.add(ReferenceLayers.fold(p).strip()));
    // The subject's own point symbols stay visible.
    for (Drawn d : layout.drawn()) {
      if (subjectIds.contains(d.feature().id()) && d.feature().geometry() instanceof Puntal) {
        Point2D at = atlas.centroidPixel(d.feature(), frame);
        placer.block(new Rectangle2D.Double(at.getX() - 7, at.getY() - 7, 14, 14));
      }
    }
    List<RefPoint> inFrame = new ArrayList<>();
    for (RefPoint p : reference.places()) {
      Point2D at = frame.pixelOfProjected(p.x(), p.y());
      if (labelFrame.contains(at)) {
        inFrame.add(p);
      }
    }
    Set<RefPoint> done = new HashSet<>();
    for (RefPoint p : inFrame) {
      boolean named = p.namedIn().stream().anyMatch(subjectIds::contains);
      boolean inName = subjectWords.contains(" " + p.foldedName() + " ");
      boolean askedFor = p.foldedNames().stream().anyMatch(asked::contains);
      if (named || inName || askedFor) {
        placeLabel(out, placer, frame, p, Scene.TextStyle.of(13 * s, true, false, INK, HALO, 3 * s, lang), s,
            true, "place subject");
        done.add(p);
      }
    }
    for (Drawn d : layout.drawn()) {
      if (subjectIds.contains(d.feature().id()) && d.layer() == LayerKind.CROSSINGS) {
        featureLabel(out, placer, frame, d, Scene.TextStyle.of(10.5 * s, false, true, new Color(0x1f5f2e), HALO,
            2.5 * s, lang), 9 * s);
      }
    }
    int maxRank = z < 5 ? 2 : z < 6 ? 3 : z < 7 ? 4 : z < 8 ? 5 : 6;
    for (RefPoint p : inFrame) {
      if (p.rank() <= Math.min(2, maxRank) && !done.contains(p)) {
        placeLabel(out, placer, frame, p, placeStyle(p, s, lang), s, false, "place");
        done.add(p);
      }
    }
    Scene.TextStyle countryStyle = Scene.TextStyle.of(12 * s, true, false, MapStyle.COUNTRY_LABEL, null, 0, lang)
        .withAnchor(Scene.Anchor.START);
    COUNTRY_LABELS.forEach((iso, at) -> {
      String name = text.get("country.label." + iso);
      Point2D p = frame.pixelOf(at[0], at[1]);
      double width = Fonts.width(name, countryStyle);
      LabelPlacer.Position pos = placer.place(p.getX(), p.getY(), width, countryStyle.sizePx() * 0.76,
          countryStyle.sizePx() * 0.24, 0, false);
      if (pos != null) {
        out.add(new Scene.Group(null, null, "country", List.of(new Scene.TextMark(pos.x(), pos.y(), name,
            countryStyle, null))));
      }
    });
    for (RefPoint p : inFrame) {
      if (p.rank() <= maxRank && !done.contains(p)) {
        placeLabel(out, placer, frame, p, placeStyle(p, s, lang), s, false, "place");
      }
    }
    Scene.TextStyle water = Scene.TextStyle.of(12 * s, false, true, WATER_TEXT, null, 0, lang);
    for (RefPoint sea : reference.seas()) {
      centred(out, placer, frame.pixelOfProjected(sea.x(), sea.y()), localName(sea.names(), sea.name(), lang),
          water, "sea");
    }
    if (z >= 6) {
      Scene.TextStyle riverStyle = Scene.TextStyle.of(10 * s, false, true, WATER_TEXT, HALO, 2 * s, lang);
      for (RefLine river : reference.rivers()) {
        Point2D at = riverLabelPoint(river, frame, labelFrame);
        if (at != null && river.rank() <= ReferenceLayers.riverRankShown(z)) {
          centred(out, placer, at, localName(river.names(), river.name(), lang), riverStyle, "river");
        }
      }
    }
    if (z >= 6.3) {
      Scene.TextStyle region = Scene.TextStyle.of(10 * s, false, false, new Color(0x8a7f99), HALO, 2 * s, lang);
      for (RefPoint a : reference.admin1()) {
        centred(out, placer, frame.pixelOfProjected(a.x(), a.y()), localName(a.names(), a.name(), lang), region,
            "admin1");
      }
    }
    if (z >= 8) {
      Scene.TextStyle st = Scene.TextStyle.of(10 * s, false, true, new Color(0x333333), HALO, 2.5 * s, lang);
      for (Drawn d : layout.drawn()) {
        if ((d.layer() == LayerKind.CROSSINGS || d.layer() == LayerKind.PORTS)
            && !subjectIds.contains(d.feature().id())) {
          featureLabel(out, placer, frame, d, st, 8 * s);
        }
      }
    }
    return out;
  }

  /** A name in the language asked for (names holds ko, zh, ru and for places en), else the English one. */
  static String localName(Map<String, String> names, String english, String lang) {
    String local = names == null ? null : names.get(lang);
    return local == null || local.isBlank() ? english : local;
  }

  private static Scene.TextStyle placeStyle(RefPoint p, double s, String lang) {
    return switch (p.rank()) {
      case 1 -> Scene.TextStyle.of(12.5 * s, true, false, new Color(0x222222), HALO, 2.5 * s, lang);
      case 2 -> Scene.TextStyle.of(12 * s, false, false, new Color(0x2a2a2a), HALO, 2.5 * s, lang);
      case 3 -> Scene.TextStyle.of(11.5 * s, false, false, new Color(0x333333), HALO, 2.5 * s, lang);
      default -> Scene.TextStyle.of(11 * s, false, false, new Color(0x444444), HALO, 2.5 * s, lang);
    };
  }

  /** A place's dot and name, the name where there is room (always: even where there is none). */
  private static void placeLabel(List<Scene.Mark> out, LabelPlacer placer, MapFrame frame, RefPoint p,
      Scene.TextStyle style, double s, boolean always, String cssClass) {
    Point2D at = frame.pixelOfProjected(p.x(), p.y());
    String name = localName(p.names(), p.name(), style.lang());
    double r = (p.rank() == 1 ? 3.6 : p.rank() <= 3 ? 3 : 2.4) * s;
    LabelPlacer.Position pos = placer.place(at.getX(), at.getY(), Fonts.width(name, style), style.sizePx() * 0.76,
        style.sizePx() * 0.24, r + 3 * s, always);
    if (pos == null) {
      return;
    }
    placer.block(new Rectangle2D.Double(at.getX() - r, at.getY() - r, 2 * r, 2 * r));
    Scene.Mark dot = p.rank() == 1
        ? new Scene.CircleMark(at.getX(), at.getY(), r, Color.WHITE, Scene.Stroke.solid(new Color(0x222222), 1.8f))
        : new Scene.CircleMark(at.getX(), at.getY(), r, new Color(0x3a3a3a), Scene.Stroke.solid(Color.WHITE, 1f));
    out.add(new Scene.Group(null, null, cssClass, List.of(dot, new Scene.TextMark(pos.x(), pos.y(), name, style,
        null))));
  }

  /** An atlas feature's name beside its symbol, where there is room. */
  private void featureLabel(List<Scene.Mark> out, LabelPlacer placer, MapFrame frame, Drawn d, Scene.TextStyle style,
      double offsetPx) {
    Point2D at = atlas.centroidPixel(d.feature(), frame);
    String name = d.feature().nameIn(style.lang());
    LabelPlacer.Position pos = placer.place(at.getX(), at.getY(), Fonts.width(name, style), style.sizePx() * 0.76,
        style.sizePx() * 0.24, offsetPx, false);
    if (pos != null) {
      out.add(new Scene.Group(null, d.feature().id(), "feature-label",
          List.of(new Scene.TextMark(pos.x(), pos.y(), name, style, null))));
    }
  }

  private static void centred(List<Scene.Mark> out, LabelPlacer placer, Point2D at, String name,
      Scene.TextStyle style, String cssClass) {
    if (at == null) {
      return;
    }
    LabelPlacer.Position pos = placer.place(at.getX(), at.getY(), Fonts.width(name, style), style.sizePx() * 0.76,
        style.sizePx() * 0.24, 0, false);
    if (pos != null) {
      out.add(new Scene.Group(null, null, cssClass, List.of(new Scene.TextMark(pos.x(), pos.y(), name, style,
          null))));
    }
  }

  /** The middle vertex of a river's longest piece in the frame, or null when none is. */
  private static Point2D riverLabelPoint(RefLine river, MapFrame frame, Rectangle2D labelFrame) {
    Point2D best = null;
    int bestCount = 4;
    for (int i = 0; i < river.mercator().getNumGeometries(); i++) {
      Coordinate[] cs = river.mercator().getGeometryN(i).getCoordinates();
      List<Point2D> inside = new ArrayList<>();
      for (Coordinate c : cs) {
        Point2D p = frame.pixelOfProjected(c.x, c.y);
        if (labelFrame.contains(p)) {
          inside.add(p);
        }
      }
      if (inside.size() > bestCount) {
        bestCount = inside.size();
        best = inside.get(inside.size() / 2);
      }
    }
    return best;
  }
}
