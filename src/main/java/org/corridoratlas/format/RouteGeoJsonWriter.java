package org.corridoratlas.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.routing.Itinerary;
import org.corridoratlas.routing.Leg;
import org.corridoratlas.routing.RouteResult;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/** A route result as the web app reads it: GeoJSON, one feature per leg, plus routes and noRoute. */
public final class RouteGeoJsonWriter implements RouteWriter {
  @Override
  public Format format() {
    return Format.GEOJSON;
  }

  @Override
  public void write(RouteResult result, OutputStream out) throws IOException {
    out.write(Json.MAPPER.writeValueAsBytes(of(result)));
  }

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
          f.set("properties", legProperties(i, leg));
        }
        ObjectNode route = routes.addObject();
        route.put("index", i);
        route.set("totals", totals(it.totals()));
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

  /** A geometry as GeoJSON with 7 decimals (about 1 cm), as routes and catchments are drawn. */
  public static JsonNode geometry(Geometry g) {
    GeoJsonWriter writer = new GeoJsonWriter(7);
    writer.setEncodeCRS(false);
    try {
      return Json.MAPPER.readTree(writer.write(g));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode legProperties(int route, Leg leg) {
    ObjectNode props = Json.MAPPER.createObjectNode();
    props.put("route", route);
    props.put("mode", leg.mode());
    props.put("gauge", leg.gauge());
    props.put("country", leg.country());
    props.put("lengthKm", round(leg.lengthMeters() / 1000));
    props.put("hours", round(leg.hours()));
    ArrayNode ids = props.putArray("featureIds");
    leg.featureIds().forEach(ids::add);
    return props;
  }

  private static ObjectNode totals(Itinerary.Totals t) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("lengthKm", round(t.lengthMeters() / 1000));
    node.put("hours", round(t.hours()));
    node.put("borderCrossings", t.borderCrossings());
    node.put("gaugeBreaks", t.gaugeBreaks());
    node.put("transshipments", t.transshipments());
    return node;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
