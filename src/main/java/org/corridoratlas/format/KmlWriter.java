package org.corridoratlas.format;

import java.io.IOException;
import java.io.Writer;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.Xml;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** KML 2.2 for Google Earth: one Placemark per feature with its description and the layer's columns. */
public final class KmlWriter extends TextWriter<Features> implements FeatureWriter {
  public KmlWriter() {
    super(Format.KML);
  }

  @Override
  void write(Features features, Writer w) throws IOException {
    w.write(XML_DECLARATION + "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>");
    w.write("<name>" + xml(features.title()) + "</name>\n");
    for (Feature f : features.features()) {
      w.write("<Placemark id=\"" + xml(f.id()) + "\"><name>" + xml(f.name()) + "</name>");
      w.write("<description>" + xml(f.description()) + "</description><ExtendedData>");
      data(w, "layer", f.layer());
      if (f.status().lastConfirmed().isPresent()) {
        data(w, "confirmed", f.status().lastConfirmed().get());
      }
      for (String column : features.columns()) {
        data(w, column, String.join(";", f.texts(column)));
      }
      w.write("</ExtendedData>");
      geometry(w, f.geometry());
      w.write("</Placemark>\n");
    }
    w.write("</Document></kml>\n");
  }

  private static void data(Writer w, String name, String value) throws IOException {
    w.write("<Data name=\"" + xml(name) + "\"><value>" + xml(value) + "</value></Data>");
  }

  private static void geometry(Writer w, Geometry g) throws IOException {
    if (g instanceof Point p) {
      w.write("<Point><coordinates>" + coordinates(p.getCoordinates()) + "</coordinates></Point>");
    } else if (g instanceof LineString line) {
      w.write("<LineString><tessellate>1</tessellate><coordinates>" + coordinates(line.getCoordinates())
          + "</coordinates></LineString>");
    } else if (g instanceof Polygon polygon) {
      w.write("<Polygon><outerBoundaryIs><LinearRing><coordinates>"
          + coordinates(polygon.getExteriorRing().getCoordinates())
          + "</coordinates></LinearRing></outerBoundaryIs>");
      for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
        w.write("<innerBoundaryIs><LinearRing><coordinates>"
            + coordinates(polygon.getInteriorRingN(i).getCoordinates())
            + "</coordinates></LinearRing></innerBoundaryIs>");
      }
      w.write("</Polygon>");
    } else {
      w.write("<MultiGeometry>");
      for (int i = 0; i < g.getNumGeometries(); i++) {
        geometry(w, g.getGeometryN(i));
      }
      w.write("</MultiGeometry>");
    }
  }

  private static String coordinates(Coordinate[] coordinates) {
    StringBuilder s = new StringBuilder();
    for (Coordinate c : coordinates) {
      s.append(s.isEmpty() ? "" : " ").append(c.x).append(',').append(c.y);
    }
    return s.toString();
  }

  static String xml(String text) {
    return Xml.text(text);
  }
}
