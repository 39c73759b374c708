package org.corridoratlas.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.corridoratlas.geodata.Xml;
import org.corridoratlas.routing.Itinerary;
import org.corridoratlas.routing.Leg;
import org.corridoratlas.routing.RouteResult;
import org.locationtech.jts.geom.Coordinate;

/** KML 2.2 of a route result: one Placemark per leg, named by itinerary, mode, gauge and country. */
public final class RouteKmlWriter extends TextWriter<RouteResult> implements RouteWriter {
  public RouteKmlWriter() {
    super(Format.KML);
  }

  @Override
  void write(RouteResult result, Writer out) throws IOException {
    out.append(XML_DECLARATION)
        .append("<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><name>Corridor Atlas route</name>\n");
    List<Itinerary> itineraries = RouteWriter.itineraries(result);
    for (int i = 0; i < itineraries.size(); i++) {
      for (Leg leg : itineraries.get(i).legs()) {
        out.append("  <Placemark><name>").append(Xml.text("route " + i + ": " + leg.mode()
            + (leg.gauge() == null ? "" : " " + leg.gauge()) + (leg.country() == null ? "" : " " + leg.country())))
            .append("</name><LineString><coordinates>");
        for (Coordinate c : leg.geometry().getCoordinates()) {
          out.append(String.format(Locale.ROOT, "%.7f,%.7f ", c.x, c.y));
        }
        out.append("</coordinates></LineString></Placemark>\n");
      }
    }
    out.append("</Document></kml>\n");
  }
}
