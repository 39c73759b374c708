package org.corridoratlas.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import javax.imageio.ImageIO;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.geo.Bbox;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.geodata.Schematic;
import org.corridoratlas.geodata.Status;
import org.corridoratlas.i18n.Messages;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Draws PNG maps for embeds and link previews: the Natural Earth basemap in Web Mercator, the atlas layers styled as
 * the web app styles them, a highlighted corridor, route or feature, a legend and the attribution. Everything is
 * projected once at construction; a render only scales, so it serves many threads at once.
 */
public final class StaticMapRenderer {
  static {
    // A server has no display; AWT must not look for one.
    System.setProperty("java.awt.headless", "true");
  }

  private static final String FONT = "SansSerif";
  private static final String ATTRIBUTION =
      "Made with Natural Earth · © OpenStreetMap contributors · Corridor Atlas";
  private static final Map<String, double[]> COUNTRY_LABELS = new LinkedHashMap<>();

  static {
    COUNTRY_LABELS.put("CHINA", new double[] {124.2, 43.9});
    COUNTRY_LABELS.put("DPRK", new double[] {126.9, 40.0});
    COUNTRY_LABELS.put("RUSSIA", new double[] {133.0, 44.6});
    COUNTRY_LABELS.put("ROK", new double[] {128.3, 37.3});
  }

  private final Catalog catalog;
  private final List<Map.Entry<String, Geometry>> countries = new ArrayList<>();
  private final List<Geometry> boundaries = new ArrayList<>();
  private final List<Geometry> coast = new ArrayList<>();
  private final Map<String, Geometry> projected = new HashMap<>();

  public StaticMapRenderer(Catalog catalog) {
    this.catalog = catalog;
    Map<String, JsonNode> basemap = catalog.data().basemap();
    readBasemap(basemap.get("countries"), (iso, g) -> countries.add(Map.entry(iso, g)));
    readBasemap(basemap.get("boundaries"), (iso, g) -> boundaries.add(g));
    readBasemap(basemap.get("coast"), (iso, g) -> coast.add(g));
    for (Feature f : catalog.allFeatures()) {
      projected.put(f.id(), project(f.geometry()));
    }
  }

  /** The map as PNG bytes. */
  public byte[] png(MapRequest request) {
    BufferedImage image = render(request);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public BufferedImage render(MapRequest request) {
    MapFrame frame = MapFrame.fitting(request.view(), request.widthPx(), request.heightPx());
    BufferedImage image = new BufferedImage(request.widthPx(), request.heightPx(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      ShapeWriter shapes = new ShapeWriter(frame.projectedToPixels());
      // Vertices closer than half a pixel add time, not detail.
      shapes.setDecimation(0.5 / frame.pixelsPerUnit());
      drawBasemap(g, frame, shapes);
      Legend legend = new Legend(Messages.of("en"));
      drawHighlight(g, shapes, request, legend);
      drawLayers(g, frame, shapes, request, legend);
      drawHighlightPoints(g, frame, request);
      if (request.title() != null && !request.title().isBlank()) {
        drawTitle(g, request.title(), request.widthPx());
      }
      if (request.legend()) {
        legend.draw(g, request.widthPx(), request.heightPx(), highlightOnTheLeft(frame, request));
      }
      drawAttribution(g, request.widthPx(), request.heightPx());
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The Leaflet zoom level of the same scale; the web map thins its symbols below zoom 7, and so do we. */
  static double webZoom(MapFrame frame) {
    return Math.log(frame.pixelsPerUnit() * 360 / 256) / Math.log(2);
  }

  private void drawBasemap(Graphics2D g, MapFrame frame, ShapeWriter shapes) {
    g.setColor(MapStyle.SEA);
    g.fillRect(0, 0, frame.widthPx(), frame.heightPx());
    for (Map.Entry<String, Geometry> country : countries) {
      g.setColor(MapStyle.countryFill(country.getKey()));
      g.fill(shapes.toShape(country.getValue()));
    }
    g.setColor(MapStyle.COAST);
    g.setStroke(new BasicStroke(MapStyle.number("basemap", "coastWidth")));
    coast.forEach(c -> g.draw(shapes.toShape(c)));
    g.setColor(MapStyle.BOUNDARY);
    g.setStroke(new BasicStroke(MapStyle.number("basemap", "boundaryWidth"), BasicStroke.CAP_BUTT,
        BasicStroke.JOIN_ROUND, 4f, MapStyle.boundaryDash(), 0f));
    boundaries.forEach(b -> g.draw(shapes.toShape(b)));
    g.setFont(new Font(FONT, Font.BOLD, 12));
    g.setColor(MapStyle.COUNTRY_LABEL);
    FontMetrics metrics = g.getFontMetrics();
    COUNTRY_LABELS.forEach((name, at) -> {
      Point2D p = frame.pixelOf(at[0], at[1]);
      g.drawString(name, (float) (p.getX() - metrics.stringWidth(name) / 2.0), (float) p.getY());
    });
  }

  private void drawHighlight(Graphics2D g, ShapeWriter shapes, MapRequest request, Legend legend) {
    if (request.highlight().isEmpty()) {
      return;
    }
    Color stroke = MapStyle.alpha(MapStyle.HIGHLIGHT, MapStyle.number("highlight", "opacity"));
    g.setColor(stroke);
    g.setStroke(new BasicStroke(MapStyle.number("highlight", "width"), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (Geometry geometry : request.highlight()) {
      if (geometry instanceof Puntal) {
        continue;
      }
      Shape shape = shapes.toShape(project(geometry));
      if (geometry instanceof Polygonal) {
        g.setColor(MapStyle.alpha(MapStyle.HIGHLIGHT, MapStyle.number("highlight", "fillOpacity")));
        g.fill(shape);
        g.setColor(stroke);
      }
      g.draw(shape);
    }
    String name = request.highlightName() == null || request.highlightName().isBlank()
        ? "Highlighted" : request.highlightName();
    legend.add(name, (lg, x, y) -> {
      lg.setColor(stroke);
      lg.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      lg.draw(new Line2D.Double(x + 3, y, x + 25, y));
    });
  }

  /** The legend goes to the side the highlight leaves free. */
  private static boolean highlightOnTheLeft(MapFrame frame, MapRequest request) {
    Envelope box = new Envelope();
    request.highlight().forEach(h -> box.expandToInclude(h.getEnvelopeInternal()));
    return !box.isNull() && frame.pixelOf(box.centre().x, box.centre().y).getX() < frame.widthPx() / 2.0;
  }

  private void drawHighlightPoints(Graphics2D g, MapFrame frame, MapRequest request) {
    g.setColor(MapStyle.HIGHLIGHT);
    g.setStroke(new BasicStroke(MapStyle.number("highlight", "ringWidth")));
    double r = MapStyle.number("highlight", "ringRadius");
    for (Geometry geometry : request.highlight()) {
      if (geometry instanceof Puntal) {
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
          Point2D p = frame.pixelOf(geometry.getGeometryN(i).getCoordinate().x,
              geometry.getGeometryN(i).getCoordinate().y);
          g.draw(new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r));
        }
      }
    }
  }

  private void drawLayers(Graphics2D g, MapFrame frame, ShapeWriter shapes, MapRequest request, Legend legend) {
    Envelope shown = frame.lonLatShown();
    Bbox box = new Bbox(Math.max(-180, shown.getMinX()), Math.max(-90, shown.getMinY()),
        Math.min(180, shown.getMaxX()), Math.min(90, shown.getMaxY()));
    boolean small = MapStyle.small(webZoom(frame));
    for (LayerKind layer : LayerKind.inDrawOrder()) {
      if (!request.layers().contains(layer)) {
        continue;
      }
      List<Feature> features = catalog.layer(layer).intersecting(box);
      // What no longer works (or not yet) goes under what does, where both share a spot.
      for (boolean fadedPass : new boolean[] {true, false}) {
        for (Feature feature : features) {
          Optional<Status> status = layer.shownStatus(feature, request.date());
          if (status.isEmpty() || MapStyle.faded(status.get()) != fadedPass) {
            continue;
          }
          // A current status no source has confirmed for over two years is drawn lighter, as in the web map.
          boolean stale = feature.status().staleOn(request.date(), LocalDate.now(ZoneOffset.UTC));
          drawFeature(g, frame, shapes, layer, feature, status.get(), small, stale ? MapStyle.STALE : null);
          legend.saw(layer, feature, status.get(), stale);
        }
      }
    }
  }

  private void drawFeature(Graphics2D g, MapFrame frame, ShapeWriter shapes, LayerKind layer, Feature feature,
      Status status, boolean small, String variant) {
    Geometry geometry = projected.get(feature.id());
    MapStyle.Symbol style = MapStyle.symbol(layer, feature,
        LayerKind.Family.of(feature.geometry().getGeometryType()), status, small, variant);
    if (geometry instanceof Puntal) {
      for (int i = 0; i < geometry.getNumGeometries(); i++) {
        Point2D p = frame.pixelOfProjected(geometry.getGeometryN(i).getCoordinate().x,
            geometry.getGeometryN(i).getCoordinate().y);
        drawPoint(g, p.getX(), p.getY(), style);
      }
      return;
    }
    Shape shape = shapes.toShape(geometry);
    if (style.fill() != null) {
      g.setColor(style.fillColor());
      g.fill(shape);
    }
    g.setColor(style.strokeColor());
    g.setStroke(style.basicStroke());
    g.draw(shape);
    if (MapStyle.showsSchematic(layer)) {
      drawSchematicCores(g, frame, feature.geometry().getCoordinates(), geometry.getCoordinates(), style);
    }
  }

  /** A thin light core over each straight stretch that no sourced place lies on, as the web map draws it. */
  private static void drawSchematicCores(Graphics2D g, MapFrame frame, Coordinate[] lonLat, Coordinate[] mercator,
      MapStyle.Symbol line) {
    g.setColor(MapStyle.alpha(MapStyle.color(MapStyle.TABLE.path("schematic").path("color").asText()),
        MapStyle.number("schematic", "opacity")));
    g.setStroke(new BasicStroke((float) Math.max(MapStyle.number("schematic", "minWidth"),
        line.width() * MapStyle.number("schematic", "widthShare")), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
    for (int i = 1; i < lonLat.length && i < mercator.length; i++) {
      if (Schematic.isChord(lonLat[i - 1], lonLat[i])) {
        Point2D a = frame.pixelOfProjected(mercator[i - 1].x, mercator[i - 1].y);
        Point2D b = frame.pixelOfProjected(mercator[i].x, mercator[i].y);
        g.draw(new Line2D.Double(a, b));
      }
    }
  }

  static void drawPoint(Graphics2D g, double x, double y, MapStyle.Symbol style) {
    double r = style.radius();
    Ellipse2D circle = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
    g.setColor(style.fillColor());
    g.fill(circle);
    g.setColor(style.strokeColor());
    g.setStroke(style.basicStroke());
    g.draw(circle);
  }

  private static void drawTitle(Graphics2D g, String title, int widthPx) {
    g.setFont(new Font(FONT, Font.BOLD, 15));
    FontMetrics metrics = g.getFontMetrics();
    String text = fit(title, metrics, widthPx - 40);
    g.setColor(new Color(255, 255, 255, 220));
    g.fill(new Rectangle2D.Double(8, 8, metrics.stringWidth(text) + 16, metrics.getHeight() + 8));
    g.setColor(MapStyle.TEXT);
    g.drawString(text, 16, 12 + metrics.getAscent());
  }

  private static void drawAttribution(Graphics2D g, int widthPx, int heightPx) {
    g.setFont(new Font(FONT, Font.PLAIN, 11));
    FontMetrics metrics = g.getFontMetrics();
    int width = metrics.stringWidth(ATTRIBUTION) + 10;
    g.setColor(new Color(255, 255, 255, 200));
    g.fill(new Rectangle2D.Double(widthPx - width, heightPx - metrics.getHeight() - 4, width,
        metrics.getHeight() + 4));
    g.setColor(new Color(0x333333));
    g.drawString(ATTRIBUTION, widthPx - width + 5, heightPx - 4 - metrics.getDescent());
  }

  /** The text, shortened with an ellipsis until it fits the width. */
  static String fit(String text, FontMetrics metrics, int widthPx) {
    if (metrics.stringWidth(text) <= widthPx) {
      return text;
    }
    String cut = text;
    while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > widthPx) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut + "…";
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

  /** Each feature's geometry, projected, with the country code (iso_a3) that only countries have. */
  private static void readBasemap(JsonNode collection, BiConsumer<String, Geometry> sink) {
    if (collection == null) {
      return;
    }
    GeoJsonReader reader = new GeoJsonReader();
    for (JsonNode feature : collection.path("features")) {
      try {
        Geometry geometry = reader.read(feature.path("geometry").toString());
        sink.accept(feature.path("properties").path("iso_a3").asText(""), project(geometry));
      } catch (ParseException e) {
        // The loader has read these files already; a geometry it let through but JTS cannot read is skipped.
        continue;
      }
    }
  }
}
