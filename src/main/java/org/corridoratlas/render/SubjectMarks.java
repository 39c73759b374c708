package org.corridoratlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;

/**
 * The subject of a picture (a corridor's features, a route's legs, one feature): drawn in the highlight colour with
 * a wide halo under the atlas layers, and the room it takes, which the legend and the inset keep clear of.
 */
final class SubjectMarks {
  private SubjectMarks() {}

  /** The subject group: a group per highlighted geometry, named by its id. */
  static List<Scene.Mark> marks(MapRequest r, MapFrame frame, ShapeWriter shapes) {
    List<Scene.Mark> out = new ArrayList<>();
    Color halo = MapStyle.alpha(MapStyle.HIGHLIGHT, MapStyle.number("highlight", "opacity"));
    Scene.Stroke haloStroke = new Scene.Stroke(halo, MapStyle.number("highlight", "width"), null, true);
    Scene.Stroke ring = Scene.Stroke.solid(MapStyle.HIGHLIGHT, MapStyle.number("highlight", "ringWidth"));
    double ringRadius = MapStyle.number("highlight", "ringRadius");
    for (int i = 0; i < r.highlight().size(); i++) {
      Geometry geometry = r.highlight().get(i);
      Geometry p = MapFrame.project(geometry);
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

  /** The subject as drawn, widened by its halo, in pixels: what a legend or inset must not cover. */
  static List<Shape> footprint(MapRequest r, MapFrame frame) {
    ShapeWriter shapes = new ShapeWriter(frame.projectedToPixels());
    shapes.setDecimation(1.0 / frame.pixelsPerUnit());
    BasicStroke halo = new BasicStroke(16f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    List<Shape> out = new ArrayList<>();
    for (Geometry g : r.highlight()) {
      Geometry p = MapFrame.project(g);
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
}
