package org.corridoratlas.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corridoratlas.Atlas;
import org.corridoratlas.analysis.Catchment;
import org.corridoratlas.analysis.Nearest;
import org.corridoratlas.analysis.Within;
import org.corridoratlas.catalog.Layer;
import org.corridoratlas.config.Limits;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.http.BadParameter;
import org.corridoratlas.http.TimeLimit;
import org.corridoratlas.network.Mode;
import org.corridoratlas.routing.Itinerary;
import org.corridoratlas.routing.Leg;
import org.corridoratlas.routing.Optimize;
import org.corridoratlas.routing.Places;
import org.corridoratlas.routing.RouteRequest;
import org.corridoratlas.routing.RouteResult;
import org.corridoratlas.routing.UnknownPlace;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * Route and analysis endpoints: parse the query into a domain request, call the router or an analysis, write the
 * answer. {@code /api/routes} (GET and POST JSON, f=geojson|gpx|kml), {@code /api/nearest}, {@code /api/catchment},
 * {@code /api/within}.
 */
public final class RoutingApi {
  /** Caps that keep one analysis request short (the shortest-path tree grows with the hours asked for). */
  private static final double MAX_CATCHMENT_HOURS = Limits.DEFAULT.catchmentHours();
  private static final int MAX_NEAREST = Limits.DEFAULT.nearest();

  private final Atlas atlas;
  private final TimeLimit limit;

  public RoutingApi(Atlas atlas, TimeLimit limit) {
    this.atlas = atlas;
    this.limit = limit;
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/routes", ctx -> routes(ctx, Params.ofQuery(ctx)));
    routes.post("/api/routes", ctx -> routes(ctx, Params.ofBody(ctx)));
    routes.get("/api/nearest", this::nearest);
    routes.get("/api/catchment", this::catchment);
    routes.get("/api/within", this::within);
  }

  /** GET|POST /api/routes */
  private void routes(Context ctx, Params params) {
    RouteRequest request = routeRequest(params);
    RouteResult result;
    try {
      // Every route runs under the time limit: vias and alternatives multiply the searches.
      result = limit.run(ctx, () -> atlas.router().route(request));
    } catch (UnknownPlace e) {
      throw new BadParameter(e.field(), e.getMessage());
    }
    String format = params.one("f").orElse("geojson");
    switch (format) {
      case "geojson", "json" -> {
        ctx.contentType("application/geo+json");
        ctx.result(write(RouteGeoJson.of(result)));
      }
      case "gpx" -> {
        ctx.contentType("application/gpx+xml");
        ctx.result(RouteGeoJson.gpx(result).getBytes(StandardCharsets.UTF_8));
      }
      case "kml" -> {
        ctx.contentType("application/vnd.google-earth.kml+xml");
        ctx.result(RouteGeoJson.kml(result).getBytes(StandardCharsets.UTF_8));
      }
      default -> throw new BadParameter("f", "must be geojson, gpx or kml");
    }
  }

  static RouteRequest routeRequest(Params params) {
    String from = params.one("from").orElseThrow(() -> new BadParameter("from", "required: feature id, place or lon,lat"));
    String to = params.one("to").orElseThrow(() -> new BadParameter("to", "required: feature id, place or lon,lat"));
    Set<Mode> modes = new LinkedHashSet<>();
    for (String m : params.list("modes", ",")) {
      modes.add(Mode.parse(m).orElseThrow(() -> new BadParameter("modes", "unknown mode \"" + m
          + "\"; use rail, road, sea or pipeline")));
    }
    Optimize optimize = params.one("optimize").map(o -> Optimize.parse(o)
        .orElseThrow(() -> new BadParameter("optimize", "must be time or distance"))).orElse(Optimize.TIME);
    int alternatives = params.one("alternatives").map(a -> integer("alternatives", a, 0, RouteRequest.MAX_ALTERNATIVES))
        .orElse(0);
    return new RouteRequest(from, to, params.list("via", ";"), modes, new LinkedHashSet<>(params.list("avoid", ",")),
        date(params.one("asOf").orElse(null)), optimize, alternatives);
  }

  /** GET /api/nearest?layer=ports&from=PLACE&k=5&by=distance|time&asOf=DATE */
  private void nearest(Context ctx) {
    Params params = Params.ofQuery(ctx);
    Layer layer = layer(params);
    Places.Place from = place(params, "from");
    int k = params.one("k").map(v -> integer("k", v, 1, MAX_NEAREST)).orElse(5);
    String by = params.one("by").orElse("distance");
    LocalDate asOf = date(params.one("asOf").orElse(null));
    List<Nearest.Neighbour> result;
    try {
      result = switch (by) {
        case "distance" -> limit.run(ctx, () -> Nearest.byDistance(layer, from, k));
        case "time" -> limit.run(ctx, () -> Nearest.byTime(layer, from, k, asOf, MAX_CATCHMENT_HOURS, atlas.router()));
        default -> throw new BadParameter("by", "must be distance or time");
      };
    } catch (UnknownPlace e) {
      throw new BadParameter("from", e.getMessage());
    }
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("layer", layer.id());
    body.put("from", from.featureId() != null ? from.featureId() : from.text());
    body.put("by", by);
    body.set("results", Json.MAPPER.valueToTree(result));
    ctx.json(body);
  }

  /** GET /api/catchment?from=PLACE&hours=12&asOf=DATE */
  private void catchment(Context ctx) {
    Params params = Params.ofQuery(ctx);
    Places.Place from = place(params, "from");
    double hours = params.one("hours").map(h -> number("hours", h, 0, MAX_CATCHMENT_HOURS))
        .orElseThrow(() -> new BadParameter("hours", "required: 0.." + (int) MAX_CATCHMENT_HOURS));
    Catchment c;
    try {
      LocalDate asOf = date(params.one("asOf").orElse(null));
      c = limit.run(ctx, () -> Catchment.of(from, hours, asOf, atlas.router()));
    } catch (UnknownPlace e) {
      throw new BadParameter("from", e.getMessage());
    }
    ObjectNode feature = Json.MAPPER.createObjectNode();
    feature.put("type", "Feature");
    feature.set("geometry", RouteGeoJson.geometry(c.area()));
    ObjectNode props = feature.putObject("properties");
    props.put("origin", c.origin());
    props.put("hours", c.hours());
    props.put("asOf", c.asOf() == null ? null : c.asOf().toString());
    props.put("areaKm2", c.areaSquareKm());
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("type", "FeatureCollection");
    body.putArray("features").add(feature);
    body.set("reached", Json.MAPPER.valueToTree(c.reached()));
    ctx.contentType("application/geo+json");
    ctx.result(write(body));
  }

  /** GET /api/within?layer=mines&zone=ID | &polygon=WKT-or-GeoJSON | &line=ID&km=20 */
  private void within(Context ctx) {
    Params params = Params.ofQuery(ctx);
    Layer layer = layer(params);
    List<Within.Hit> hits;
    if (params.one("line").isPresent()) {
      Feature line = feature("line", params.one("line").get());
      double km = params.one("km").map(v -> number("km", v, 0, 500))
          .orElseThrow(() -> new BadParameter("km", "required with line: 0..500"));
      hits = limit.run(ctx, () -> Within.near(layer, line, km));
    } else if (params.one("zone").isPresent()) {
      Feature zone = feature("zone", params.one("zone").get());
      if (zone.geometry().getDimension() != 2) {
        throw new BadParameter("zone", "\"" + zone.id() + "\" is not a polygon");
      }
      hits = limit.run(ctx, () -> Within.inside(layer, zone.geometry()));
    } else if (params.one("polygon").isPresent()) {
      Geometry polygon = polygon(params.one("polygon").get());
      hits = limit.run(ctx, () -> Within.inside(layer, polygon));
    } else {
      throw new BadParameter("zone", "give zone (a zone id), polygon (WKT or GeoJSON) or line (an id) with km");
    }
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("layer", layer.id());
    body.set("results", Json.MAPPER.valueToTree(hits));
    ctx.json(body);
  }

  private Layer layer(Params params) {
    String id = params.one("layer").orElseThrow(() -> new BadParameter("layer", "required: a layer id"));
    return atlas.catalog().findLayer(id).orElseThrow(() -> new BadParameter("layer", "unknown layer \"" + id + "\""));
  }

  private Feature feature(String name, String id) {
    return atlas.catalog().findFeature(id).orElseThrow(() -> new BadParameter(name, "no feature \"" + id + "\""));
  }

  private Places.Place place(Params params, String name) {
    String text = params.one(name).orElseThrow(() -> new BadParameter(name, "required: feature id, place or lon,lat"));
    try {
      return atlas.router().places().resolve(name, text);
    } catch (UnknownPlace e) {
      throw new BadParameter(name, e.getMessage());
    }
  }

  private static Geometry polygon(String text) {
    try {
      Geometry g = text.trim().startsWith("{") ? new GeoJsonReader().read(text) : new WKTReader().read(text);
      if (g.getDimension() != 2 || !g.isValid()) {
        throw new BadParameter("polygon", "must be a valid Polygon or MultiPolygon");
      }
      return g;
    } catch (ParseException e) {
      throw new BadParameter("polygon", "not WKT or GeoJSON: " + e.getMessage());
    }
  }

  static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new BadParameter("asOf", "not a date YYYY-MM-DD: \"" + text + "\"");
    }
  }

  private static int integer(String name, String text, int min, int max) {
    try {
      int v = Integer.parseInt(text.trim());
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadParameter(name, "must be an integer " + min + ".." + max);
  }

  private static double number(String name, String text, double min, double max) {
    try {
      double v = Double.parseDouble(text.trim());
      if (v > min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadParameter(name, "must be a number above " + (int) min + " and at most " + (int) max);
  }

  /** As UTF-8 bytes: a String result would be encoded in Jetty's default for the media type, not always UTF-8. */
  private static byte[] write(JsonNode node) {
    try {
      return Json.MAPPER.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Request parameters from the query string or a JSON body: one value, or a list (repeated or separated). */
  record Params(JsonNode values) {
    static Params ofQuery(Context ctx) {
      ObjectNode node = Json.MAPPER.createObjectNode();
      ctx.queryParamMap().forEach((k, v) -> {
        ArrayNode array = node.putArray(k);
        v.forEach(array::add);
      });
      return new Params(node);
    }

    static Params ofBody(Context ctx) {
      try {
        JsonNode body = Json.MAPPER.readTree(ctx.body());
        if (body == null || !body.isObject()) {
          throw new BadParameter("body", "must be a JSON object");
        }
        ObjectNode node = (ObjectNode) body.deepCopy();
        ctx.queryParamMap().forEach((k, v) -> node.put(k, v.get(0)));
        return new Params(node);
      } catch (IOException e) {
        throw new BadParameter("body", "not JSON: " + e.getMessage().lines().findFirst().orElse(""));
      }
    }

    Optional<String> one(String name) {
      List<String> all = list(name, null);
      return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    List<String> list(String name, String separator) {
      JsonNode node = values.get(name);
      List<String> raw = new ArrayList<>();
      if (node == null || node.isNull()) {
        return raw;
      }
      if (node.isArray()) {
        node.forEach(n -> raw.add(n.asText()));
      } else {
        raw.add(node.asText());
      }
      List<String> out = new ArrayList<>();
      for (String value : raw) {
        if (separator == null) {
          out.add(value);
        } else {
          Arrays.stream(value.split(separator)).map(String::trim).filter(s -> !s.isEmpty())
              .map(s -> name.equals("modes") ? s.toLowerCase(Locale.ROOT) : s).forEach(out::add);
        }
      }
      return out.stream().filter(s -> !s.isBlank()).toList();
    }
  }

  static ObjectNode legProperties(int route, Leg leg) {
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

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  static ObjectNode totals(Itinerary.Totals t) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("lengthKm", round(t.lengthMeters() / 1000));
    node.put("hours", round(t.hours()));
    node.put("borderCrossings", t.borderCrossings());
    node.put("gaugeBreaks", t.gaugeBreaks());
    node.put("transshipments", t.transshipments());
    return node;
  }

  static JsonNode parse(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static GeoJsonWriter writer() {
    GeoJsonWriter w = new GeoJsonWriter(7);
    w.setEncodeCRS(false);
    return w;
  }
}
