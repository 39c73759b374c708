package org.corridoratlas.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.corridoratlas.geodata.Xml;
import org.corridoratlas.routing.Itinerary;
import org.corridoratlas.routing.Leg;
import org.corridoratlas.routing.RouteResult;
import org.corridoratlas.routing.Step;
import org.locationtech.jts.geom.Coordinate;

/** GPX 1.1 of a route result: the steps as waypoints, each itinerary a track with one segment per leg. */
public final class RouteGpxWriter extends TextWriter<RouteResult> implements RouteWriter {
  public RouteGpxWriter() {
    super(Format.GPX);
  }

  @Override
  void write(RouteResult result, Writer out) throws IOException {
    out.append(XML_DECLARATION)
        .append("<gpx version=\"1.1\" creator=\"Corridor Atlas\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n");
    List<Itinerary> itineraries = RouteWriter.itineraries(result);
    for (int i = 0; i < itineraries.size(); i++) {
      Itinerary it = itineraries.get(i);
      for (Step s : it.steps()) {
        out.append(String.format(Locale.ROOT, "  <wpt lat=\"%.7f\" lon=\"%.7f\"><name>%s</name><type>%s</type></wpt>%n",
            s.lat(), s.lon(), Xml.text(s.text()), s.kind()));
      }
      out.append("  <trk><name>route ").append(String.valueOf(i))
          .append(String.format(Locale.ROOT, " (%.1f h)", it.totals().hours())).append("</name>\n");
      for (Leg leg : it.legs()) {
        out.append("    <trkseg>\n");
        for (Coordinate c : leg.geometry().getCoordinates()) {
          out.append(String.format(Locale.ROOT, "      <trkpt lat=\"%.7f\" lon=\"%.7f\"/>%n", c.y, c.x));
        }
        out.append("    </trkseg>\n");
      }
      out.append("  </trk>\n");
    }
    out.append("</gpx>\n");
  }
}
