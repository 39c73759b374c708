package org.corridoratlas.format;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a JTS geometry as an RFC 7946 GeoJSON geometry. JTS's own writer adds a "crs" member, which RFC 7946
 * removed, and rounds coordinates; this one writes them as read.
 */
public final class GeometryJson {
  private GeometryJson() {}

  public static void write(JsonGenerator g, Geometry geometry) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", geometry.getGeometryType());
    if (geometry instanceof GeometryCollection collection && !(geometry instanceof MultiPoint)
        && !(geometry instanceof MultiLineString) && !(geometry instanceof MultiPolygon)) {
      g.writeArrayFieldStart("geometries");
      for (int i = 0; i < collection.getNumGeometries(); i++) {
        write(g, collection.getGeometryN(i));
      }
      g.writeEndArray();
    } else {
      g.writeFieldName("coordinates");
      coordinates(g, geometry);
    }
    g.writeEndObject();
  }

  private static void coordinates(JsonGenerator g, Geometry geometry) throws IOException {
    if (geometry instanceof Point p) {
      position(g, p.getCoordinate());
    } else if (geometry instanceof LineString line) {
      positions(g, line.getCoordinates());
    } else if (geometry instanceof Polygon polygon) {
      g.writeStartArray();
      positions(g, polygon.getExteriorRing().getCoordinates());
      for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
        positions(g, polygon.getInteriorRingN(i).getCoordinates());
      }
      g.writeEndArray();
    } else {
      g.writeStartArray();
      for (int i = 0; i < geometry.getNumGeometries(); i++) {
        coordinates(g, geometry.getGeometryN(i));
      }
      g.writeEndArray();
    }
  }

  private static void positions(JsonGenerator g, Coordinate[] coordinates) throws IOException {
    g.writeStartArray();
    for (Coordinate c : coordinates) {
      position(g, c);
    }
    g.writeEndArray();
  }

  private static void position(JsonGenerator g, Coordinate c) throws IOException {
    g.writeStartArray();
    g.writeNumber(c.x);
    g.writeNumber(c.y);
    g.writeEndArray();
  }
}
