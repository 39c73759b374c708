package org.corridoratlas.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.geodata.Xml;
import org.corridoratlas.routing.Itinerary;
import org.corridoratlas.routing.Leg;
import org.corridoratlas.routing.RouteResult;
import org.corridoratlas.routing.Step;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** A route result as the web app reads it (GeoJSON, one feature per leg, plus routes and noRoute), GPX or KML. */
final class RouteGeoJson {
  private RouteGeoJson() {}

  static ObjectNode of(RouteResult result) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("type", "FeatureCollection");
    ArrayNode features = body.putArray("features");
    ArrayNode routes = body.putArray("routes");
    if (result instanceof RouteResult.Found found) {
      for (int i = 0; i < found.itineraries().size(); i++) {
        Itinerary it = found.itineraries().get(i);
        for (Leg leg : it.legs()) {
          ObjectNode f = features.addObject();
          f.put("type", "Feature");
          f.set("geometry", geometry(leg.geometry()));
          f.set("properties", RoutingApi.legProperties(i, leg));
        }
        ObjectNode route = routes.addObject();
        route.put("index", i);
        route.set("totals", RoutingApi.totals(it.totals()));
        route.set("steps", Json.MAPPER.valueToTree(it.steps()));
        ArrayNode ids = route.putArray("featureIds");
        it.featureIds().forEach(ids::add);
      }
    } else if (result instanceof RouteResult.NoRoute none) {
      ObjectNode no = body.putObject("noRoute");
      no.put("reason", none.reason());
      no.put("explanation", none.explanation());
      ArrayNode blockers = no.putArray("blockers");
      none.blockers().forEach(blockers::add);
    }
    return body;
  }

  static JsonNode geometry(Geometry g) {
    return RoutingApi.parse(RoutingApi.writer().write(g));
  }

  static String gpx(RouteResult result) {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<gpx version=\"1.1\" creator=\"Corridor Atlas\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n");
    for (int i = 0; i < itineraries(result).size(); i++) {
      Itinerary it = itineraries(result).get(i);
      for (Step s : it.steps()) {
        out.append(String.format(Locale.ROOT, "  <wpt lat=\"%.7f\" lon=\"%.7f\"><name>%s</name><type>%s</type></wpt>%n",
            s.lat(), s.lon(), xml(s.text()), s.kind()));
      }
      out.append("  <trk><name>route ").append(i).append(String.format(Locale.ROOT, " (%.1f h)", it.totals().hours()))
          .append("</name>\n");
      for (Leg leg : it.legs()) {
        out.append("    <trkseg>\n");
        for (Coordinate c : leg.geometry().getCoordinates()) {
          out.append(String.format(Locale.ROOT, "      <trkpt lat=\"%.7f\" lon=\"%.7f\"/>%n", c.y, c.x));
        }
        out.append("    </trkseg>\n");
      }
      out.append("  </trk>\n");
    }
    return out.append("</gpx>\n").toString();
  }

  static String kml(RouteResult result) {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><name>Corridor Atlas route</name>\n");
    for (int i = 0; i < itineraries(result).size(); i++) {
      for (Leg leg : itineraries(result).get(i).legs()) {
        out.append("  <Placemark><name>").append(xml("route " + i + ": " + leg.mode()
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

  private static List<Itinerary> itineraries(RouteResult result) {
    return result instanceof RouteResult.Found found ? found.itineraries() : List.of();
  }

  private static String xml(String text) {
    return Xml.text(text);
  }
}
