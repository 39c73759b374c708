package org.corridoratlas.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.corridoratlas.Atlas;
import org.corridoratlas.analysis.Catchment;
import org.corridoratlas.analysis.Nearest;
import org.corridoratlas.analysis.Within;
import org.corridoratlas.catalog.Layer;
import org.corridoratlas.config.BadParameter;
import org.corridoratlas.config.Limits;
import org.corridoratlas.format.Format;
import org.corridoratlas.format.RouteGeoJsonWriter;
import org.corridoratlas.format.RouteWriter;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.http.Negotiation;
import org.corridoratlas.http.QueryParams;
import org.corridoratlas.http.TimeLimit;
import org.corridoratlas.network.Mode;
import org.corridoratlas.routing.Deadline;
import org.corridoratlas.routing.Optimize;
import org.corridoratlas.routing.Places;
import org.corridoratlas.routing.RouteRequest;
import org.corridoratlas.routing.RouteResult;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.geojson.GeoJsonReader;

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

  /** The parameters each endpoint takes: anything else, or anything given twice, is a 400 naming it. */
  static final Set<String> ROUTE_PARAMS = Set.of("from", "to", "via", "modes", "avoid", "asOf", "optimize",
      "alternatives", "f");
  private static final Set<String> NEAREST_PARAMS = Set.of("layer", "from", "k", "by", "asOf");
  private static final Set<String> CATCHMENT_PARAMS = Set.of("from", "hours", "asOf");
  private static final Set<String> WITHIN_PARAMS = Set.of("layer", "zone", "polygon", "line", "km");

  public void register(RoutesConfig routes) {
    routes.get("/api/routes", ctx -> routes(ctx, QueryParams.of(ctx, ROUTE_PARAMS)));
    routes.post("/api/routes", ctx -> routes(ctx, RouteBody.read(ctx, ROUTE_PARAMS)));
    routes.get("/api/nearest", this::nearest);
    routes.get("/api/catchment", this::catchment);
    routes.get("/api/within", this::within);
  }

  /** GET|POST /api/routes */
  private void routes(Context ctx, QueryParams params) throws IOException {
    RouteRequest request = routeRequest(params);
    RouteWriter writer = RouteWriter.of(Negotiation.requested(params, RouteWriter.formats())
        .orElse(RouteWriter.ALL.get(0).format()));
    // Every route runs under the time limit (vias and alternatives multiply the searches), and its searches give
    // up at the deadline or when the pool interrupts them.
    RouteResult result = limit.run(ctx, () -> atlas.router().route(request, Deadline.after(limit.limit())));
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    writer.write(result, out);
    ctx.contentType(writer.format().contentType());
    ctx.result(out.toByteArray());
  }

  /** The route question a request asks, each parameter checked: values of the wrong kind are 400 naming them. */
  RouteRequest routeRequest(QueryParams params) {
    String from = params.string("from").filter(v -> !v.isBlank())
        .orElseThrow(() -> new BadParameter("from", "required: feature id, place or lon,lat"));
    String to = params.string("to").filter(v -> !v.isBlank())
        .orElseThrow(() -> new BadParameter("to", "required: feature id, place or lon,lat"));
    Set<Mode> modes = new LinkedHashSet<>();
    for (String m : params.list("modes", ",")) {
      modes.add(Mode.parse(m.toLowerCase(Locale.ROOT)).orElseThrow(() -> new BadParameter("modes", "unknown mode "
          + QueryParams.quote(m) + "; use rail, road, sea or pipeline")));
    }
    Set<String> avoid = new LinkedHashSet<>();
    for (String id : params.list("avoid", ",")) {
      if (atlas.catalog().findFeature(id).isEmpty() && !countries().contains(id)) {
        throw new BadParameter("avoid", "unknown id " + QueryParams.quote(id) + ": give feature ids (as in the "
            + "layers) or country codes (" + String.join(", ", countries()) + "), exactly as written");
      }
      avoid.add(id);
    }
    Optimize optimize = params.string("optimize").map(o -> Optimize.parse(o)
        .orElseThrow(() -> new BadParameter("optimize", "must be time or distance"))).orElse(Optimize.TIME);
    int alternatives = params.string("alternatives")
        .map(a -> integer("alternatives", a, 0, RouteRequest.MAX_ALTERNATIVES)).orElse(0);
    return new RouteRequest(from, to, params.list("via", ";"), modes, avoid, date(params.string("asOf").orElse(null)),
        optimize, alternatives);
  }

  /** The country codes an avoid list may name: those of the network's nodes. */
  private SortedSet<String> countries() {
    SortedSet<String> codes = new TreeSet<>();
    atlas.router().network().nodes().forEach(n -> {
      if (n.country() != null) {
        codes.add(n.country());
      }
    });
    return codes;
  }

  /** GET /api/nearest?layer=ports&from=PLACE&k=5&by=distance|time&asOf=DATE */
  private void nearest(Context ctx) {
    QueryParams params = QueryParams.of(ctx, NEAREST_PARAMS);
    Layer layer = layer(params);
    Places.Place from = place(params, "from");
    int k = params.string("k").map(v -> integer("k", v, 1, MAX_NEAREST)).orElse(5);
    String by = params.string("by").orElse("distance");
    LocalDate asOf = date(params.string("asOf").orElse(null));
    List<Nearest.Neighbour> result = switch (by) {
      case "distance" -> limit.run(ctx, () -> Nearest.byDistance(layer, from, k));
      case "time" -> limit.run(ctx, () -> Nearest.byTime(layer, from, k, asOf, MAX_CATCHMENT_HOURS, atlas.router()));
      default -> throw new BadParameter("by", "must be distance or time");
    };
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("layer", layer.id());
    body.put("from", from.featureId() != null ? from.featureId() : from.text());
    body.put("by", by);
    body.set("results", Json.MAPPER.valueToTree(result));
    ctx.json(body);
  }

  /** GET /api/catchment?from=PLACE&hours=12&asOf=DATE */
  private void catchment(Context ctx) {
    QueryParams params = QueryParams.of(ctx, CATCHMENT_PARAMS);
    Places.Place from = place(params, "from");
    double hours = params.string("hours").map(h -> number("hours", h, 0, MAX_CATCHMENT_HOURS))
        .orElseThrow(() -> new BadParameter("hours", "required: 0.." + (int) MAX_CATCHMENT_HOURS));
    LocalDate asOf = date(params.string("asOf").orElse(null));
    Catchment c = limit.run(ctx, () -> Catchment.of(from, hours, asOf, atlas.router()));
    ObjectNode feature = Json.MAPPER.createObjectNode();
    feature.put("type", "Feature");
    feature.set("geometry", RouteGeoJsonWriter.geometry(c.area()));
    ObjectNode props = feature.putObject("properties");
    props.put("origin", c.origin());
    props.put("hours", c.hours());
    props.put("asOf", c.asOf() == null ? null : c.asOf().toString());
    props.put("areaKm2", c.areaSquareKm());
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("type", "FeatureCollection");
    body.putArray("features").add(feature);
    body.set("reached", Json.MAPPER.valueToTree(c.reached()));
    ctx.contentType(Format.GEOJSON.contentType());
    ctx.result(write(body));
  }

  /** GET /api/within?layer=mines&zone=ID | &polygon=WKT-or-GeoJSON | &line=ID&km=20 */
  private void within(Context ctx) {
    QueryParams params = QueryParams.of(ctx, WITHIN_PARAMS);
    Layer layer = layer(params);
    List<Within.Hit> hits;
    if (params.string("line").isPresent()) {
      Feature line = feature("line", params.string("line").get());
      double km = params.string("km").map(v -> number("km", v, 0, 500))
          .orElseThrow(() -> new BadParameter("km", "required with line: 0..500"));
      hits = limit.run(ctx, () -> Within.near(layer, line, km));
    } else if (params.string("zone").isPresent()) {
      Feature zone = feature("zone", params.string("zone").get());
      if (zone.geometry().getDimension() != 2) {
        throw new BadParameter("zone", "\"" + zone.id() + "\" is not a polygon");
      }
      hits = limit.run(ctx, () -> Within.inside(layer, zone.geometry()));
    } else if (params.string("polygon").isPresent()) {
      Geometry polygon = polygon(params.string("polygon").get());
      hits = limit.run(ctx, () -> Within.inside(layer, polygon));
    } else {
      throw new BadParameter("zone", "give zone (a zone id), polygon (WKT or GeoJSON) or line (an id) with km");
    }
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("layer", layer.id());
    body.set("results", Json.MAPPER.valueToTree(hits));
    ctx.json(body);
  }

  private Layer layer(QueryParams params) {
    String id = params.string("layer").orElseThrow(() -> new BadParameter("layer", "required: a layer id"));
    return atlas.catalog().findLayer(id).orElseThrow(() -> new BadParameter("layer", "unknown layer \"" + id + "\""));
  }

  private Feature feature(String name, String id) {
    return atlas.catalog().findFeature(id).orElseThrow(() -> new BadParameter(name, "no feature \"" + id + "\""));
  }

  private Places.Place place(QueryParams params, String name) {
    String text = params.string(name).orElseThrow(() -> new BadParameter(name, "required: feature id, place or lon,lat"));
    return atlas.router().places().resolve(name, text);
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
}
