package org.corridoratlas.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.corridoratlas.geodata.Xml;
import org.corridoratlas.routing.Itinerary;
import org.corridoratlas.routing.Leg;
import org.corridoratlas.routing.RouteResult;
import org.locationtech.jts.geom.Coordinate;

/** KML 2.2 of a route result: one Placemark per leg, named by itinerary, mode, gauge and country. */
public final class RouteKmlWriter implements RouteWriter {
  @Override
  public Format format() {
    return Format.KML;
  }

  @Override
  public void write(RouteResult result, OutputStream out) throws IOException {
    out.write(kml(result).getBytes(StandardCharsets.UTF_8));
  }

  static String kml(RouteResult result) {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><name>Corridor Atlas route</name>\n");
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
    return out.append("</Document></kml>\n").toString();
  }
}
