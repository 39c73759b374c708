package org.corridoratlas.geodata;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A GeoJSON geometry object already parsed by Jackson, as a JTS geometry. JTS's own {@code GeoJsonReader} takes
 * only text, so the tree would be written out and parsed a second time by another JSON parser: a sixth of the
 * start-up went there.
 */
public final class GeoJsonGeometry {
  private GeoJsonGeometry() {}

  /** The geometry; {@link IllegalArgumentException} naming what is wrong when it is not GeoJSON geometry. */
  public static Geometry read(JsonNode node, GeometryFactory factory) {
    String type = node.path("type").asText("");
    if (type.equals("GeometryCollection")) {
      JsonNode parts = array(node.path("geometries"), "geometries");
      Geometry[] geometries = new Geometry[parts.size()];
      for (int i = 0; i < geometries.length; i++) {
        geometries[i] = read(parts.get(i), factory);
      }
      return factory.createGeometryCollection(geometries);
    }
    JsonNode c = node.path("coordinates");
    return switch (type) {
      case "Point" -> point(c, factory);
      case "MultiPoint" -> {
        Point[] points = new Point[array(c, "coordinates").size()];
        for (int i = 0; i < points.length; i++) {
          points[i] = point(c.get(i), factory);
        }
        yield factory.createMultiPoint(points);
      }
      case "LineString" -> factory.createLineString(path(c));
      case "MultiLineString" -> {
        LineString[] lines = new LineString[array(c, "coordinates").size()];
        for (int i = 0; i < lines.length; i++) {
          lines[i] = factory.createLineString(path(c.get(i)));
        }
        yield factory.createMultiLineString(lines);
      }
      case "Polygon" -> polygon(c, factory);
      case "MultiPolygon" -> {
        Polygon[] polygons = new Polygon[array(c, "coordinates").size()];
        for (int i = 0; i < polygons.length; i++) {
          polygons[i] = polygon(c.get(i), factory);
        }
        yield factory.createMultiPolygon(polygons);
      }
      default -> throw new IllegalArgumentException("unknown geometry type \"" + type + "\"");
    };
  }

  private static Point point(JsonNode position, GeometryFactory factory) {
    return position.isArray() && position.isEmpty() ? factory.createPoint() : factory.createPoint(position(position));
  }

  private static Polygon polygon(JsonNode rings, GeometryFactory factory) {
    if (array(rings, "coordinates").isEmpty()) {
      return factory.createPolygon();
    }
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 0; i < holes.length; i++) {
      holes[i] = factory.createLinearRing(path(rings.get(i + 1)));
    }
    return factory.createPolygon(factory.createLinearRing(path(rings.get(0))), holes);
  }

  private static Coordinate[] path(JsonNode positions) {
    Coordinate[] path = new Coordinate[array(positions, "coordinates").size()];
    for (int i = 0; i < path.length; i++) {
      path[i] = position(positions.get(i));
    }
    return path;
  }

  private static Coordinate position(JsonNode position) {
    if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()
        || (position.size() > 2 && !position.get(2).isNumber())) {
      throw new IllegalArgumentException("a position must be an array of two or three numbers, not " + position);
    }
    double x = position.get(0).doubleValue();
    double y = position.get(1).doubleValue();
    return position.size() > 2 ? new Coordinate(x, y, position.get(2).doubleValue()) : new Coordinate(x, y);
  }

  private static JsonNode array(JsonNode node, String name) {
    if (!node.isArray()) {
      throw new IllegalArgumentException("\"" + name + "\" must be an array");
    }
    return node;
  }
}
