package org.corridoratlas.render;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.geo.Bbox;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.geodata.Schematic;
import org.corridoratlas.geodata.Status;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Puntal;

/**
 * The atlas layers of a picture: which features a frame shows as they were on the request's date, and their symbols
 * as the web map draws them (schematic stretches with a light core). Each feature is projected to Mercator once, at
 * construction, and its schematic stretches measured once, when first drawn.
 */
final class AtlasLayers {
  /** One atlas feature drawn with a status. */
  record Drawn(LayerKind layer, Feature feature, Status status, boolean stale) {}

  private final Catalog catalog;
  private final Map<String, Geometry> projected = new HashMap<>();
  private final Map<String, List<Coordinate[]>> chords = new ConcurrentHashMap<>();

  AtlasLayers(Catalog catalog) {
    this.catalog = catalog;
    for (Feature f : catalog.allFeatures()) {
      projected.put(f.id(), MapFrame.project(f.geometry()));
    }
  }

  /** The features of the request's layers in the frame, in drawing order, each with the status it is drawn with. */
  List<Drawn> drawn(MapRequest r, MapFrame frame) {
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

  /** The layers group: a group per layer, in it a group per feature. */
  List<Scene.Mark> marks(List<Drawn> drawn, MapFrame frame, ShapeWriter shapes) {
    boolean small = MapStyle.small(frame.webZoom());
    Map<LayerKind, List<Scene.Mark>> byLayer = new LinkedHashMap<>();
    for (Drawn d : drawn) {
      byLayer.computeIfAbsent(d.layer(), k -> new ArrayList<>())
          .add(Scene.Group.feature(d.feature().id(), featureMarks(d, frame, shapes, small)));
    }
    List<Scene.Mark> out = new ArrayList<>();
    byLayer.forEach((layer, marks) -> out.add(new Scene.Group(null, null, "layer-" + layer.id(), marks)));
    return out;
  }

  /** The pixel of a feature's centroid, where its label goes. */
  Point2D centroidPixel(Feature feature, MapFrame frame) {
    Point centroid = projected.get(feature.id()).getCentroid();
    return frame.pixelOfProjected(centroid.getX(), centroid.getY());
  }

  /** Small boxes along the drawn atlas features, every 8 pixels: what a legend had better not hide. */
  List<Rectangle2D> footprint(List<Drawn> drawn, MapFrame frame) {
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

  /** The schematic stretches of a line as Mercator segment ends (geodesic lengths: measured once, not per picture). */
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
}
