package org.corridoratlas.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.geo.Bbox;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.GeoJsonGeometry;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.geodata.Schematic;
import org.corridoratlas.geodata.Status;
import org.corridoratlas.i18n.Messages;
import org.locationtech.jts.awt.PointTransformation;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;

/**
 * Builds the one {@link Scene} of a map picture, which {@link PngPainter} and {@link SvgPainter} paint: the basemap
 * with its reference layers, the atlas layers as of a date, the highlighted subject fitted into the frame with a
 * margin, place and feature labels placed without overlaps (density by scale; the subject's places always), a
 * compact legend where it covers no part of the subject (in a strip beside or beneath the map when no corner is
 * free), an optional title, locator inset and the credit line. Geometry is projected once at construction; a
 * picture only scales it, so one renderer serves many threads.
 */
public final class SceneRenderer {
  static {
    // A server has no display; AWT must not look for one.
    System.setProperty("java.awt.headless", "true");
    // Encoding to memory needs no disk cache; with it on, an unwritable java.io.tmpdir fails every picture.
    javax.imageio.ImageIO.setUseCache(false);
  }

  /** The atlas region, which the locator inset shows. */
  private static final Envelope REGION = new Envelope(118, 136, 36, 47);
  private static final Map<String, double[]> COUNTRY_LABELS = new LinkedHashMap<>();
  private static final Color INK = new Color(0x1a1a1a);
  private static final Color HALO = new Color(255, 255, 255, 225);
  private static final Color WATER_TEXT = new Color(0x3f6f96);
  private static final Color RIVER = new Color(0x8db4d3);
  private static final Color LAKE = new Color(0xc9dff0);
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");

  static {
    COUNTRY_LABELS.put("CHN", new double[] {124.2, 43.9});
    COUNTRY_LABELS.put("PRK", new double[] {126.9, 40.0});
    COUNTRY_LABELS.put("RUS", new double[] {133.0, 44.6});
    COUNTRY_LABELS.put("KOR", new double[] {128.3, 37.3});
  }

  /** A point of a reference layer in Mercator units, with its names and label rank. */
  record RefPoint(double x, double y, String name, Map<String, String> names, String kind, int rank,
      Set<String> namedIn, String foldedName, Set<String> foldedNames) {}

  record RefLine(Geometry mercator, String name, Map<String, String> names, int rank) {}

  /** One atlas feature drawn with a status. */
  private record Drawn(LayerKind layer, Feature feature, Status status, boolean stale) {}

  private final Catalog catalog;
  private final Map<String, Geometry> projected = new HashMap<>();
  private final Map<String, List<Coordinate[]>> chords = new java.util.concurrent.ConcurrentHashMap<>();
  private final List<Map.Entry<String, Geometry>> countries = new ArrayList<>();
  private final List<Geometry> boundaries = new ArrayList<>();
  private final List<Geometry> admin1Lines = new ArrayList<>();
  private final List<Geometry> coast = new ArrayList<>();
  private final List<Geometry> lakes = new ArrayList<>();
  private final List<RefLine> rivers = new ArrayList<>();
  private final List<RefPoint> places = new ArrayList<>();
  private final List<RefPoint> seas = new ArrayList<>();
  private final List<RefPoint> admin1 = new ArrayList<>();
  /** The painted basemap of the frames asked for lately: the same region or corridor is asked for again and again. */
  private final BasemapCache basemaps = new BasemapCache();

  private static final GeometryFactory BASEMAP = new GeometryFactory();

  public SceneRenderer(Catalog catalog) {
    this.catalog = catalog;
    Map<String, JsonNode> basemap = catalog.data().basemap();
    forEach(basemap.get("countries"), (p, g) -> countries.add(Map.entry(p.path("iso_a3").asText(""), g)));
    forEach(basemap.get("boundaries"), (p, g) -> boundaries.add(g));
    forEach(basemap.get("admin1-lines"), (p, g) -> admin1Lines.add(g));
    forEach(basemap.get("coast"), (p, g) -> coast.add(g));
    forEach(basemap.get("lakes"), (p, g) -> lakes.add(g));
    forEach(basemap.get("rivers"), (p, g) -> rivers.add(new RefLine(g, p.path("name").asText(), names(p),
        p.path("rank").asInt(9))));
    forEach(basemap.get("places"), (p, g) -> places.add(refPoint(p, g)));
    forEach(basemap.get("seas"), (p, g) -> seas.add(refPoint(p, g)));
    forEach(basemap.get("admin1"), (p, g) -> admin1.add(refPoint(p, g)));
    for (Feature f : catalog.allFeatures()) {
      projected.put(f.id(), project(f.geometry()));
    }
  }

  public byte[] png(MapRequest request) {
    Scene scene = scene(request);
    return PngPainter.png(scene, basemaps.get(scene));
  }

  public String svg(MapRequest request) {
    String title = request.title() != null ? request.title()
        : request.highlightName() != null ? request.highlightName() : "Corridor Atlas";
    return SvgPainter.svg(scene(request), title, request.lang());
  }

  /** The scene of a request: what both painters draw. */
  public Scene scene(MapRequest r) {
    int w = r.widthPx();
    int h = r.heightPx();
    double s = textScale(w, h);
    Messages text = Messages.of(r.lang());
    boolean titled = r.title() != null && !r.title().isBlank();
    double titleH = titled ? Math.round(26 * s) : 0;
    double creditH = Math.round(15 * s);
    double pad = Math.round(6 * s);
    Rectangle2D mapArea = new Rectangle2D.Double(0, titleH, w, h - titleH - creditH);
    Envelope fitBox = fitBox(r);
    double margin = fitsHighlight(r) ? clamp(Math.min(w, h) * 0.06, 10, 48) : 0;

    MapFrame frame = fit(fitBox, shrink(mapArea, margin), w, h);
    List<Drawn> drawn = drawn(r, frame);
    SceneLegend legend = legend(r, drawn, text);
    List<Shape> subject = subjectShapes(r, frame);
    Rectangle2D legendBox = null;
    SceneLegend.Box box = null;
    if (r.legend() && !legend.isEmpty()) {
      double cornerWidth = clamp(w * 0.4, 150 * s, 320 * s);
      box = legend.layout(cornerWidth, mapArea.getHeight() * 0.6, s);
      legendBox = freeCorner(box.widthPx(), box.heightPx(), mapArea, pad, subject, List.of(), false);
      if (legendBox == null && subject.isEmpty()) {
        // Nothing is the subject: the corner that hides the fewest atlas symbols.
        legendBox = leastCovered(box.widthPx(), box.heightPx(), mapArea, pad, drawnShapes(drawn, frame));
      }
      if (legendBox == null) {
        // No corner is clear of the subject: give the legend a strip of its own and fit the subject beside it.
        boolean beside = w >= h * 1.2;
        for (int pass = 0; pass < 2; pass++) {
          Rectangle2D rest = beside
              ? new Rectangle2D.Double(0, titleH, w - box.widthPx() - 2 * pad, mapArea.getHeight())
              : new Rectangle2D.Double(0, titleH, w, mapArea.getHeight() - box.heightPx() - 2 * pad);
          frame = fit(fitBox, shrink(rest, margin), w, h);
          drawn = drawn(r, frame);
          legend = legend(r, drawn, text);
          box = beside ? legend.layout(w * 0.32, mapArea.getHeight() - 2 * pad, s)
              : legend.layout(w - 2 * pad, mapArea.getHeight() * 0.45, s);
        }
        legendBox = beside
            ? new Rectangle2D.Double(w - box.widthPx() - pad, mapArea.getMaxY() - box.heightPx() - pad,
                box.widthPx(), box.heightPx())
            : new Rectangle2D.Double(pad, mapArea.getMaxY() - box.heightPx() - pad, box.widthPx(), box.heightPx());
        subject = subjectShapes(r, frame);
      }
    }
    Rectangle2D insetBox = null;
    if (r.inset()) {
      double insetW = clamp(Math.min(w, h) * 0.26, 60, 220);
      double insetH = insetW * (MapFrame.mercatorY(REGION.getMaxY()) - MapFrame.mercatorY(REGION.getMinY()))
          / REGION.getWidth();
      List<Rectangle2D> others = legendBox == null ? List.of() : List.of(legendBox);
      insetBox = freeCorner(insetW, insetH, mapArea, pad, subject, others, true);
      if (insetBox == null) {
        insetBox = freeCorner(insetW, insetH, mapArea, pad, List.of(), others, true);
      }
    }

    ShapeWriter shapes = new ShapeWriter(frame.projectedToPixels());
    // Vertices closer than half a pixel add time, not detail.
    shapes.setDecimation(0.5 / frame.pixelsPerUnit());
    List<Scene.Group> groups = new ArrayList<>();
    groups.add(Scene.Group.named("basemap", basemap(frame, shapes)));
    groups.add(Scene.Group.named("subject", subjectMarks(r, frame, shapes)));
    groups.add(Scene.Group.named("layers", layerMarks(drawn, frame, shapes)));
    List<Rectangle2D> blocked = new ArrayList<>();
    if (legendBox != null) {
      blocked.add(legendBox);
    }
    if (insetBox != null) {
      blocked.add(insetBox);
    }
    Rectangle2D labelFrame = new Rectangle2D.Double(2, titleH + 2, w - 4, mapArea.getHeight() - 4);
    groups.add(Scene.Group.named("labels", labels(r, frame, drawn, text, s, labelFrame, blocked)));
    groups.add(Scene.Group.named("legend", legendBox == null ? List.of()
        : SceneLegend.marks(box, legendBox.getX(), legendBox.getY(), s)));
    if (insetBox != null) {
      groups.add(Scene.Group.named("inset", inset(insetBox, frame)));
    }
    if (titled) {
      groups.add(Scene.Group.named("title", title(r.title(), w, titleH, s, r.lang())));
    }
    groups.add(Scene.Group.named("credit", credit(r, text, w, h, creditH, s)));
    return new Scene(w, h, MapStyle.SEA, groups, frame);
  }

  /** Text grows with the picture: 1 at 800 × 500, never below 0.85 or above 1.8. */
  static double textScale(int w, int h) {
    return clamp(Math.sqrt((double) w * h) / 632, 0.85, 1.8);
  }

  /** The Leaflet zoom level of the same scale; the web map thins its symbols below zoom 7, and so do we. */
  static double webZoom(MapFrame frame) {
    return Math.log(frame.pixelsPerUnit() * 360 / 256) / Math.log(2);
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

  private static Rectangle2D shrink(Rectangle2D r, double by) {
    return new Rectangle2D.Double(r.getX() + by, r.getY() + by, Math.max(1, r.getWidth() - 2 * by),
        Math.max(1, r.getHeight() - 2 * by));
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

  /** Small boxes along the drawn atlas features, every 8 pixels: what a legend had better not hide. */
  private List<Rectangle2D> drawnShapes(List<Drawn> drawn, MapFrame frame) {
    List<Rectangle2D> out = new ArrayList<>();
    for (Drawn d : drawn) {
      Geometry g = projected.get(d.feature().id());
      for (int part = 0; part < g.getNumGeometries(); part++) {
        Point2D previous = null;
        for (Coordinate c : g.getGeometryN(part).getCoordinates()) {
          Point2D p = frame.pixelOfProjected(c.x, c.y);
          int steps = previous == null ? 0 : (int) (previous.distance(p) / 8);
          for (int i = 1; i <= steps; i++) {
            double t = i / (steps + 1.0);
            out.add(new Rectangle2D.Double(previous.getX() + (p.getX() - previous.getX()) * t - 3,
                previous.getY() + (p.getY() - previous.getY()) * t - 3, 6, 6));
          }
          out.add(new Rectangle2D.Double(p.getX() - 3, p.getY() - 3, 6, 6));
          previous = p;
        }
      }
    }
    return out;
  }

  /** The subject as drawn, widened by its halo, in pixels: what a legend or inset must not cover. */
  private List<Shape> subjectShapes(MapRequest r, MapFrame frame) {
    ShapeWriter shapes = new ShapeWriter(frame.projectedToPixels());
    shapes.setDecimation(1.0 / frame.pixelsPerUnit());
    BasicStroke halo = new BasicStroke(16f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    List<Shape> out = new ArrayList<>();
    for (Geometry g : r.highlight()) {
      Geometry p = project(g);
      if (g instanceof Puntal) {
        for (int i = 0; i < p.getNumGeometries(); i++) {
          Point2D at = frame.pixelOfProjected(p.getGeometryN(i).getCoordinate().x, p.getGeometryN(i).getCoordinate().y);
          out.add(new Rectangle2D.Double(at.getX() - 18, at.getY() - 18, 36, 36));
        }
      } else {
        Shape shape = shapes.toShape(p);
        out.add(halo.createStrokedShape(shape));
        if (g instanceof Polygonal) {
          out.add(shape);
        }
      }
    }
    return out;
  }

  private List<Drawn> drawn(MapRequest r, MapFrame frame) {
    Envelope shown = frame.lonLatShown();
    Bbox box = new Bbox(Math.max(-180, shown.getMinX()), Math.max(-90, shown.getMinY()),
        Math.min(180, shown.getMaxX()), Math.min(90, shown.getMaxY()));
    List<Drawn> out = new ArrayList<>();
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    for (LayerKind layer : LayerKind.inDrawOrder()) {
      if (!r.layers().contains(layer)) {
        continue;
      }
      List<Feature> features = catalog.layer(layer).intersecting(box);
      // What no longer works (or not yet) goes under what does, where both share a spot.
      for (boolean fadedPass : new boolean[] {true, false}) {
        for (Feature feature : features) {
          Optional<Status> status = layer.shownStatus(feature, r.date());
          if (status.isPresent() && MapStyle.faded(status.get()) == fadedPass) {
            // A current status no source has confirmed for over two years is drawn lighter, as in the web map.
            out.add(new Drawn(layer, feature, status.get(), feature.status().staleOn(r.date(), today)));
          }
        }
      }
    }
    return out;
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

  private List<Scene.Mark> basemap(MapFrame frame, ShapeWriter shapes) {
    List<Scene.Mark> out = new ArrayList<>();
    for (Map.Entry<String, Geometry> country : countries) {
      out.add(new Scene.PathMark(shapes.toShape(country.getValue()), MapStyle.countryFill(country.getKey()), null));
    }
    for (Geometry lake : lakes) {
      out.add(new Scene.PathMark(shapes.toShape(lake), LAKE, Scene.Stroke.solid(MapStyle.alpha(MapStyle.COAST, 0.6),
          0.6f)));
    }
    // Provinces: thin, light and finely dashed under the rivers, coast and national borders.
    Scene.Stroke admin1 = new Scene.Stroke(MapStyle.ADMIN1, MapStyle.number("basemap", "admin1Width"),
        MapStyle.admin1Dash(), false);
    admin1Lines.forEach(line -> out.add(new Scene.PathMark(shapes.toShape(line), null, admin1)));
    double z = webZoom(frame);
    for (RefLine river : rivers) {
      if (river.rank() <= riverRankShown(z)) {
        out.add(new Scene.PathMark(shapes.toShape(river.mercator()), null,
            new Scene.Stroke(RIVER, river.rank() <= 6 ? 1.4f : 1.0f, null, true)));
      }
    }
    Scene.Stroke coastStroke = Scene.Stroke.solid(MapStyle.COAST, MapStyle.number("basemap", "coastWidth"));
    coast.forEach(c -> out.add(new Scene.PathMark(shapes.toShape(c), null, coastStroke)));
    Scene.Stroke boundary = new Scene.Stroke(MapStyle.BOUNDARY, MapStyle.number("basemap", "boundaryWidth"),
        MapStyle.boundaryDash(), false);
    boundaries.forEach(b -> out.add(new Scene.PathMark(shapes.toShape(b), null, boundary)));
    return out;
  }

  private static int riverRankShown(double zoom) {
    return zoom < 5.5 ? 6 : zoom < 6.5 ? 8 : 9;
  }

  private List<Scene.Mark> subjectMarks(MapRequest r, MapFrame frame, ShapeWriter shapes) {
    List<Scene.Mark> out = new ArrayList<>();
    Color halo = MapStyle.alpha(MapStyle.HIGHLIGHT, MapStyle.number("highlight", "opacity"));
    Scene.Stroke haloStroke = new Scene.Stroke(halo, MapStyle.number("highlight", "width"), null, true);
    Scene.Stroke ring = Scene.Stroke.solid(MapStyle.HIGHLIGHT, MapStyle.number("highlight", "ringWidth"));
    double ringRadius = MapStyle.number("highlight", "ringRadius");
    for (int i = 0; i < r.highlight().size(); i++) {
      Geometry geometry = r.highlight().get(i);
      Geometry p = project(geometry);
      List<Scene.Mark> marks = new ArrayList<>();
      if (geometry instanceof Puntal) {
        for (int k = 0; k < p.getNumGeometries(); k++) {
          Point2D at = frame.pixelOfProjected(p.getGeometryN(k).getCoordinate().x, p.getGeometryN(k).getCoordinate().y);
          marks.add(new Scene.CircleMark(at.getX(), at.getY(), ringRadius, null, ring));
        }
      } else {
        Shape shape = shapes.toShape(p);
        marks.add(new Scene.PathMark(shape, geometry instanceof Polygonal ? MapStyle.alpha(MapStyle.HIGHLIGHT,
            MapStyle.number("highlight", "fillOpacity")) : null, haloStroke));
      }
      out.add(Scene.Group.feature(r.highlightIds().get(i), marks));
    }
    return out;
  }

  private List<Scene.Mark> layerMarks(List<Drawn> drawn, MapFrame frame, ShapeWriter shapes) {
    boolean small = MapStyle.small(webZoom(frame));
    Map<LayerKind, List<Scene.Mark>> byLayer = new LinkedHashMap<>();
    for (Drawn d : drawn) {
      byLayer.computeIfAbsent(d.layer(), k -> new ArrayList<>())
          .add(Scene.Group.feature(d.feature().id(), featureMarks(d, frame, shapes, small)));
    }
    List<Scene.Mark> out = new ArrayList<>();
    byLayer.forEach((layer, marks) -> out.add(new Scene.Group(null, null, "layer-" + layer.id(), marks)));
    return out;
  }

  private List<Scene.Mark> featureMarks(Drawn d, MapFrame frame, ShapeWriter shapes, boolean small) {
    Geometry geometry = projected.get(d.feature().id());
    MapStyle.Symbol symbol = MapStyle.symbol(d.layer(), d.feature(),
        LayerKind.Family.of(d.feature().geometry().getGeometryType()), d.status(), small,
        d.stale() ? MapStyle.STALE : null);
    Scene.Stroke stroke = new Scene.Stroke(symbol.strokeColor(), (float) symbol.width(), symbol.dash(), false);
    List<Scene.Mark> out = new ArrayList<>();
    if (geometry instanceof Puntal) {
      for (int i = 0; i < geometry.getNumGeometries(); i++) {
        Point2D p = frame.pixelOfProjected(geometry.getGeometryN(i).getCoordinate().x,
            geometry.getGeometryN(i).getCoordinate().y);
        out.add(new Scene.CircleMark(p.getX(), p.getY(), symbol.radius(), symbol.fillColor(), stroke));
      }
      return out;
    }
    out.add(new Scene.PathMark(shapes.toShape(geometry), symbol.fillColor(), stroke));
    if (MapStyle.showsSchematic(d.layer())) {
      schematicCores(out, frame, d.feature(), symbol);
    }
    return out;
  }

  /** A thin light core over each straight stretch that no sourced place lies on, as the web map draws it. */
  private void schematicCores(List<Scene.Mark> out, MapFrame frame, Feature feature, MapStyle.Symbol line) {
    List<Coordinate[]> stretches = chords.computeIfAbsent(feature.id(),
        id -> chordsOf(feature.geometry(), projected.get(id)));
    if (stretches.isEmpty()) {
      return;
    }
    Scene.Stroke core = Scene.Stroke.solid(MapStyle.alpha(MapStyle.color(MapStyle.TABLE.path("schematic")
        .path("color").asText()), MapStyle.number("schematic", "opacity")), (float) Math.max(
        MapStyle.number("schematic", "minWidth"), line.width() * MapStyle.number("schematic", "widthShare")));
    for (Coordinate[] m : stretches) {
      out.add(new Scene.PathMark(new Line2D.Double(frame.pixelOfProjected(m[0].x, m[0].y),
          frame.pixelOfProjected(m[1].x, m[1].y)), null, core));
    }
  }

  /** The schematic stretches of a line as Mercator segment ends (geodesic lengths, so measured once, not per picture). */
  private static List<Coordinate[]> chordsOf(Geometry lonLat, Geometry mercator) {
    List<Coordinate[]> out = new ArrayList<>();
    for (int part = 0; part < lonLat.getNumGeometries() && part < mercator.getNumGeometries(); part++) {
      Coordinate[] ll = lonLat.getGeometryN(part).getCoordinates();
      Coordinate[] m = mercator.getGeometryN(part).getCoordinates();
      for (int i = 1; i < ll.length && i < m.length; i++) {
        if (Schematic.isChord(ll[i - 1], ll[i])) {
          out.add(new Coordinate[] {m[i - 1], m[i]});
        }
      }
    }
    return List.copyOf(out);
  }

  private static Scene.TextStyle style(double size, boolean bold, boolean italic, Color fill, Color halo,
      double haloPx, String lang) {
    return new Scene.TextStyle((float) size, bold, italic, fill, halo, (float) haloPx, Scene.Anchor.START, lang);
  }

  /** The labels, in priority order: subject places, subject crossings, capitals, places by rank, water, regions. */
  private List<Scene.Mark> labels(MapRequest r, MapFrame frame, List<Drawn> drawn, Messages text, double s,
      Rectangle2D labelFrame, List<Rectangle2D> blocked) {
    LabelPlacer placer = new LabelPlacer(labelFrame);
    blocked.forEach(placer::block);
    List<Scene.Mark> out = new ArrayList<>();
    double z = webZoom(frame);
    String lang = text.lang();
    Set<String> subjectIds = new HashSet<>(r.highlightIds());
    String subjectWords = " " + fold(r.highlightName() == null ? "" : r.highlightName()) + " ";
    Set<String> asked = new HashSet<>();
    r.subjectPlaces().forEach(p -> asked.add(fold(p).strip()));
    // The subject's own point symbols stay visible.
    for (Drawn d : drawn) {
      if (subjectIds.contains(d.feature().id()) && d.feature().geometry() instanceof Puntal) {
        Point2D at = pixel(frame, projected.get(d.feature().id()));
        placer.block(new Rectangle2D.Double(at.getX() - 7, at.getY() - 7, 14, 14));
      }
    }
    List<RefPoint> inFrame = new ArrayList<>();
    for (RefPoint p : places) {
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
        placeLabel(out, placer, frame, p, text, style(13 * s, true, false, INK, HALO, 3 * s, lang), s, true,
            "place subject");
        done.add(p);
      }
    }
    for (Drawn d : drawn) {
      if (subjectIds.contains(d.feature().id()) && d.layer() == LayerKind.CROSSINGS) {
        Point2D at = pixel(frame, projected.get(d.feature().id()));
        String name = localName(d.feature().names(), d.feature().name(), text.lang());
        Scene.TextStyle st = style(10.5 * s, false, true, new Color(0x1f5f2e), HALO, 2.5 * s, lang);
        LabelPlacer.Position pos = placer.place(at.getX(), at.getY(), Fonts.width(name, st), st.sizePx() * 0.76,
            st.sizePx() * 0.24, 9 * s, false);
        if (pos != null) {
          out.add(new Scene.Group(null, d.feature().id(), "feature-label",
              List.of(new Scene.TextMark(pos.x(), pos.y(), name, st, null))));
        }
      }
    }
    int maxRank = z < 5 ? 2 : z < 6 ? 3 : z < 7 ? 4 : z < 8 ? 5 : 6;
    for (RefPoint p : inFrame) {
      if (p.rank() <= Math.min(2, maxRank) && !done.contains(p)) {
        placeLabel(out, placer, frame, p, text, placeStyle(p, s, lang), s, false, "place");
        done.add(p);
      }
    }
    Scene.TextStyle countryStyle = style(12 * s, true, false, MapStyle.COUNTRY_LABEL, null, 0, lang)
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
        placeLabel(out, placer, frame, p, text, placeStyle(p, s, lang), s, false, "place");
      }
    }
    Scene.TextStyle water = style(12 * s, false, true, WATER_TEXT, null, 0, lang);
    for (RefPoint sea : seas) {
      centred(out, placer, frame.pixelOfProjected(sea.x(), sea.y()), localName(sea.names(), sea.name(), text.lang()), water,
          "sea");
    }
    if (z >= 6) {
      Scene.TextStyle riverStyle = style(10 * s, false, true, WATER_TEXT, HALO, 2 * s, lang);
      for (RefLine river : rivers) {
        Point2D at = riverLabelPoint(river, frame, labelFrame);
        if (at != null && river.rank() <= riverRankShown(z)) {
          centred(out, placer, at, localName(river.names(), river.name(), text.lang()), riverStyle, "river");
        }
      }
    }
    if (z >= 6.3) {
      Scene.TextStyle region = style(10 * s, false, false, new Color(0x8a7f99), HALO, 2 * s, lang);
      for (RefPoint a : admin1) {
        centred(out, placer, frame.pixelOfProjected(a.x(), a.y()), localName(a.names(), a.name(), text.lang()), region, "admin1");
      }
    }
    if (z >= 8) {
      Scene.TextStyle st = style(10 * s, false, true, new Color(0x333333), HALO, 2.5 * s, lang);
      for (Drawn d : drawn) {
        if ((d.layer() == LayerKind.CROSSINGS || d.layer() == LayerKind.PORTS)
            && !subjectIds.contains(d.feature().id())) {
          Point2D at = pixel(frame, projected.get(d.feature().id()));
          String name = localName(d.feature().names(), d.feature().name(), text.lang());
          LabelPlacer.Position pos = placer.place(at.getX(), at.getY(), Fonts.width(name, st), st.sizePx() * 0.76,
              st.sizePx() * 0.24, 8 * s, false);
          if (pos != null) {
            out.add(new Scene.Group(null, d.feature().id(), "feature-label",
                List.of(new Scene.TextMark(pos.x(), pos.y(), name, st, null))));
          }
        }
      }
    }
    return out;
  }

  private static Scene.TextStyle placeStyle(RefPoint p, double s, String lang) {
    return switch (p.rank()) {
      case 1 -> style(12.5 * s, true, false, new Color(0x222222), HALO, 2.5 * s, lang);
      case 2 -> style(12 * s, false, false, new Color(0x2a2a2a), HALO, 2.5 * s, lang);
      case 3 -> style(11.5 * s, false, false, new Color(0x333333), HALO, 2.5 * s, lang);
      default -> style(11 * s, false, false, new Color(0x444444), HALO, 2.5 * s, lang);
    };
  }

  private static void placeLabel(List<Scene.Mark> out, LabelPlacer placer, MapFrame frame, RefPoint p, Messages text,
      Scene.TextStyle style, double s, boolean always, String cssClass) {
    Point2D at = frame.pixelOfProjected(p.x(), p.y());
    String name = localName(p.names(), p.name(), text.lang());
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

  private static Point2D pixel(MapFrame frame, Geometry mercator) {
    Point centroid = mercator.getCentroid();
    return frame.pixelOfProjected(centroid.getX(), centroid.getY());
  }

  private List<Scene.Mark> inset(Rectangle2D box, MapFrame frame) {
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
    double x0 = clamp(Math.min(a.getX(), b.getX()), 0, box.getWidth());
    double x1 = clamp(Math.max(a.getX(), b.getX()), 0, box.getWidth());
    double y0 = clamp(Math.min(a.getY(), b.getY()), 0, box.getHeight());
    double y1 = clamp(Math.max(a.getY(), b.getY()), 0, box.getHeight());
    out.add(new Scene.PathMark(new Rectangle2D.Double(box.getX() + x0, box.getY() + y0, Math.max(2, x1 - x0),
        Math.max(2, y1 - y0)), new Color(214, 40, 40, 40), Scene.Stroke.solid(new Color(0xd62828), 1.5f)));
    out.add(new Scene.PathMark(box, null, Scene.Stroke.solid(new Color(0x777777), 1f)));
    return out;
  }

  private static List<Scene.Mark> title(String title, int w, double titleH, double s, String lang) {
    Scene.TextStyle style = style(15 * s, true, false, MapStyle.TEXT, null, 0, lang);
    String text = SceneLegend.fit(title, style, w - 16 * s);
    return List.of(new Scene.PathMark(new Rectangle2D.Double(0, 0, w, titleH), new Color(255, 255, 255, 235), null),
        new Scene.TextMark(8 * s, titleH * 0.5 + style.sizePx() * 0.36, text, style, null));
  }

  private static List<Scene.Mark> credit(MapRequest r, Messages text, int w, int h, double creditH, double s) {
    Scene.TextStyle style = style(10 * s, false, false, new Color(0x444444), null, 0, text.lang());
    String main = text.get("map.credit", "date", r.date(), "link", r.sourcesLink().isBlank() ? "Corridor Atlas"
        : r.sourcesLink());
    String full = main + " · " + text.get("map.basemapCredit");
    String line = Fonts.width(full, style) <= w - 12 * s ? full : SceneLegend.fit(main, style, w - 12 * s);
    return List.of(new Scene.PathMark(new Rectangle2D.Double(0, h - creditH, w, creditH),
        new Color(255, 255, 255, 220), null),
        new Scene.TextMark(6 * s, h - creditH / 2 + style.sizePx() * 0.36, line, style, null));
  }

  /** A copy in Mercator units (see {@link MapFrame}); geometries are never changed in place. */
  static Geometry project(Geometry lonLat) {
    Geometry copy = lonLat.copy();
    copy.apply((CoordinateFilter) c -> {
      c.x = MapFrame.mercatorX(c.x);
      c.y = MapFrame.mercatorY(c.y);
    });
    copy.geometryChanged();
    return copy;
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  /** Lower case, accents and apostrophes gone, any other run of non-letters one space: for matching names. */
  static String fold(String text) {
    String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
        .replace("'", "").replace("’", "").toLowerCase(Locale.ROOT);
    return NON_LETTERS.matcher(bare).replaceAll(" ");
  }

  /** A name in the language asked for (names holds ko, zh, ru and for places en), else the English one. */
  static String localName(Map<String, String> names, String english, String lang) {
    String local = names == null ? null : names.get(lang);
    return local == null || local.isBlank() ? english : local;
  }

  private static Map<String, String> names(JsonNode properties) {
    Map<String, String> out = new HashMap<>();
    properties.path("names").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  private static RefPoint refPoint(JsonNode p, Geometry g) {
    Set<String> namedIn = new HashSet<>();
    p.path("namedIn").forEach(id -> namedIn.add(id.asText()));
    Coordinate c = g.getCoordinate();
    String name = p.path("name").asText();
    Map<String, String> names = names(p);
    // Folded once here: matching a subject's places against every place is the scene's most frequent text work.
    Set<String> folded = new HashSet<>();
    folded.add(fold(name).strip());
    names.values().forEach(n -> folded.add(fold(n).strip()));
    return new RefPoint(c.x, c.y, name, names, p.path("kind").asText(""), p.path("rank").asInt(6), namedIn,
        fold(name), folded);
  }

  private interface Sink {
    void accept(JsonNode properties, Geometry mercator);
  }

  /** Each feature's properties and projected geometry; features without a readable geometry are skipped. */
  private static void forEach(JsonNode collection, Sink sink) {
    if (collection == null) {
      return;
    }
    for (JsonNode feature : collection.path("features")) {
      try {
        sink.accept(feature.path("properties"), project(GeoJsonGeometry.read(feature.path("geometry"), BASEMAP)));
      } catch (IllegalArgumentException e) {
        // The loader has read these files already; a geometry it let through but JTS cannot read is skipped.
        continue;
      }
    }
  }
}
