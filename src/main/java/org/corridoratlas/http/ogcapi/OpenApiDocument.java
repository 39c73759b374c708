package org.corridoratlas.http.ogcapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.Set;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.catalog.ItemsQuery;
import org.corridoratlas.catalog.Layer;
import org.corridoratlas.catalog.Queryable;
import org.corridoratlas.format.Format;
import org.corridoratlas.format.RouteWriter;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.http.Problems;

/**
 * The OpenAPI 3.0 document of the whole server. OGC API paths are relative to the {@code /ogcapi} server, as
 * clients such as GDAL expect ({@code /collections/{id}/items}); the atlas API paths carry their own server.
 * Each collection's items path declares {@code limit} with its maximum and every property filter.
 */
final class OpenApiDocument {
  private final Catalog catalog;

  OpenApiDocument(Catalog catalog) {
    this.catalog = catalog;
  }

  ObjectNode document(String root) {
    ObjectNode doc = Json.MAPPER.createObjectNode();
    doc.put("openapi", "3.0.3");
    ObjectNode info = doc.putObject("info");
    info.put("title", "Corridor Atlas API");
    info.put("version", "1.0.0");
    info.put("description", "OGC API – Features over every layer of the atlas, and the atlas's own JSON API "
        + "(search, corridors, trade, events, routes). Errors are RFC 9457 application/problem+json.");
    info.putObject("license").put("name", "Data: see each feature's sources");
    doc.putArray("servers").addObject().put("url", root + OgcApi.BASE);
    ObjectNode paths = doc.putObject("paths");
    simple(paths, "/", "Landing page", Format.JSON.mediaType());
    simple(paths, "/conformance", "Conformance classes", Format.JSON.mediaType());
    simple(paths, "/api", "This document", OgcApi.OPENAPI_TYPE);
    simple(paths, "/collections", "The layers", Format.JSON.mediaType());
    ObjectNode collection = simple(paths, "/collections/{collectionId}", "One layer", Format.JSON.mediaType());
    collectionIdParameter(collection.with("get").withArray("parameters"));
    ObjectNode queryables = simple(paths, "/collections/{collectionId}/queryables", "The layer's queryables",
        OgcApi.SCHEMA_JSON);
    collectionIdParameter(queryables.with("get").withArray("parameters"));
    for (Layer layer : catalog.layers()) {
      items(paths, layer);
      item(paths, layer);
    }
    atlasApi(paths, root);
    ObjectNode schemas = doc.putObject("components").putObject("schemas");
    ObjectNode problem = schemas.putObject("Problem");
    problem.put("type", "object");
    ObjectNode props = problem.putObject("properties");
    for (String p : new String[] {"type", "title", "detail", "instance"}) {
      props.putObject(p).put("type", "string");
    }
    props.putObject("status").put("type", "integer");
    return doc;
  }

  private static ObjectNode simple(ObjectNode paths, String path, String summary, String mediaType) {
    ObjectNode item = paths.putObject(path);
    ObjectNode get = item.putObject("get");
    get.put("summary", summary);
    ArrayNode parameters = get.putArray("parameters");
    formatParameter(parameters, EnumSet.of(Format.JSON, Format.HTML));
    ok(get, mediaType);
    return item;
  }

  private void items(ObjectNode paths, Layer layer) {
    ObjectNode get = paths.putObject("/collections/" + layer.id() + "/items").putObject("get");
    get.put("summary", layer.kind().title() + ": items");
    get.put("operationId", "getItems-" + layer.id());
    get.putArray("tags").add(layer.id());
    ArrayNode parameters = get.putArray("parameters");
    // limit, bbox and datetime as OGC API - Features 1.0 writes them (/req/core/fc-limit-definition,
    // fc-bbox-definition, fc-time-definition), style and explode included: the OGC's suite compares them literally.
    ObjectNode limit = query(parameters, "limit", "The most features on one page.", "integer");
    limit.with("schema").put("minimum", 1).put("maximum", ItemsQuery.MAX_LIMIT)
        .put("default", ItemsQuery.DEFAULT_LIMIT);
    limit.put("style", "form").put("explode", false);
    query(parameters, "offset", "How many matching features to skip (follow the next links instead).", "integer")
        .with("schema").put("minimum", 0).put("default", 0);
    ObjectNode bbox = query(parameters, "bbox", "west,south,east,north in CRS84 (or with heights: 6 numbers); west "
        + "greater than east crosses the antimeridian.", "array");
    bbox.with("schema").put("minItems", 4).put("maxItems", 6).putObject("items").put("type", "number");
    bbox.put("style", "form").put("explode", false);
    query(parameters, "datetime", "A date or an interval (start/end, \"..\" for open): features that exist then "
        + "according to their status timelines.", "string").put("style", "form").put("explode", false);
    query(parameters, "filter", "CQL2-text filter (Basic CQL2 and S_INTERSECTS) over the queryables.", "string");
    query(parameters, "filter-lang", "Only cql2-text.", "string").with("schema").putArray("enum").add("cql2-text");
    query(parameters, "filter-crs", "Only CRS84.", "string");
    query(parameters, "crs", "Only CRS84.", "string");
    query(parameters, "bbox-crs", "Only CRS84.", "string");
    formatParameter(parameters, ItemsRequest.FORMATS);
    for (Queryable q : layer.queryables()) {
      ObjectNode p = query(parameters, q.name(), q.name().equals("status")
          ? "Status on the datetime instant (today when none); over an interval, any period with it."
          : q.list() ? "Features whose list holds this value." : "Features with this value.", q.type());
      if (q.name().equals("status")) {
        ArrayNode values = p.with("schema").putArray("enum");
        for (String s : new String[] {"open", "restricted", "closed", "planned", "under-construction", "abandoned"}) {
          values.add(s);
        }
      }
    }
    ok(get, mediaTypes(ItemsRequest.FORMATS));
  }

  private static void item(ObjectNode paths, Layer layer) {
    ObjectNode get = paths.putObject("/collections/" + layer.id() + "/items/{featureId}").putObject("get");
    get.put("summary", layer.kind().title() + ": one feature");
    get.put("operationId", "getItem-" + layer.id());
    get.putArray("tags").add(layer.id());
    ArrayNode parameters = get.putArray("parameters");
    ObjectNode id = parameters.addObject();
    id.put("name", "featureId").put("in", "path").put("required", true);
    id.putObject("schema").put("type", "string");
    formatParameter(parameters, ItemsRequest.FORMATS);
    ok(get, Format.GEOJSON.mediaType());
  }

  private void atlasApi(ObjectNode paths, String root) {
    ObjectNode search = api(paths, root, "/api/search", "Ranked name search (any script, romanisation variants, "
        + "typos, prefixes)");
    query(search.withArray("parameters"), "q", "What to look for.", "string").put("required", true);
    query(search.withArray("parameters"), "limit", "Most results (1..50).", "integer")
        .with("schema").put("minimum", 1).put("maximum", 50).put("default", 10);
    api(paths, root, "/api/corridors", "The named corridors");
    ObjectNode corridor = api(paths, root, "/api/corridors/{corridorId}",
        "One corridor's features in order, with its trade figures and profile");
    ObjectNode cid = corridor.withArray("parameters").addObject();
    cid.put("name", "corridorId").put("in", "path").put("required", true);
    cid.putObject("schema").put("type", "string");
    api(paths, root, "/api/trade", "Trade series (China–DPRK, Russia–DPRK), each value cited");
    ObjectNode events = api(paths, root, "/api/events", "Events in a date range, sorted by date");
    query(events.withArray("parameters"), "from", "First day (YYYY-MM-DD).", "string");
    query(events.withArray("parameters"), "to", "Last day (YYYY-MM-DD).", "string");
    ObjectNode basemap = api(paths, root, "/api/basemap/{name}", "Natural Earth basemap layer");
    ObjectNode name = basemap.withArray("parameters").addObject();
    name.put("name", "name").put("in", "path").put("required", true);
    name.putObject("schema").put("type", "string").putArray("enum").add("countries").add("boundaries").add("coast");
    ObjectNode routes = api(paths, root, "/api/routes", "Routes between two places over rail, road and sea");
    ArrayNode rp = routes.withArray("parameters");
    query(rp, "from", "Feature id, place name, lon,lat or node:N (export-network).", "string").put("required", true);
    query(rp, "to", "Feature id, place name, lon,lat or node:N (export-network).", "string").put("required", true);
    query(rp, "via", "Feature id, place name, lon,lat or node:N (export-network).", "string");
    query(rp, "modes", "Comma-separated: rail, road, sea.", "string");
    query(rp, "avoid", "Comma-separated feature ids.", "string");
    query(rp, "asOf", "Date (YYYY-MM-DD) whose crossing statuses apply.", "string");
    query(rp, "optimize", "time or distance.", "string");
    query(rp, "alternatives", "0..5.", "integer");
    formatParameter(rp, RouteWriter.formats());
    ObjectNode nearest = api(paths, root, "/api/nearest", "The nearest features of a layer to a place");
    ArrayNode np = nearest.withArray("parameters");
    query(np, "layer", "Layer id.", "string").put("required", true);
    query(np, "from", "Feature id, place name or lon,lat.", "string").put("required", true);
    query(np, "k", "How many (1..50).", "integer").with("schema").put("minimum", 1).put("maximum", 50)
        .put("default", 5);
    query(np, "by", "distance or time (over the network).", "string").with("schema").putArray("enum")
        .add("distance").add("time");
    query(np, "asOf", "Date (YYYY-MM-DD) whose statuses apply.", "string");
    ObjectNode catchment = api(paths, root, "/api/catchment", "What can be reached from a place within hours");
    ArrayNode cp = catchment.withArray("parameters");
    query(cp, "from", "Feature id, place name or lon,lat.", "string").put("required", true);
    query(cp, "hours", "Travel time budget (0..96).", "number").with("schema").put("minimum", 0).put("maximum", 96);
    query(cp, "asOf", "Date (YYYY-MM-DD) whose statuses apply.", "string");
    ObjectNode within = api(paths, root, "/api/within", "Features of a layer inside a zone or polygon, or near a line");
    ArrayNode wp = within.withArray("parameters");
    query(wp, "layer", "Layer id.", "string").put("required", true);
    query(wp, "zone", "A zone id.", "string");
    query(wp, "polygon", "A polygon as WKT or GeoJSON.", "string");
    query(wp, "line", "A line feature id (with km).", "string");
    query(wp, "km", "Distance from the line (0..500).", "number");
  }

  private static ObjectNode api(ObjectNode paths, String root, String path, String summary) {
    ObjectNode item = paths.putObject(path);
    item.putArray("servers").addObject().put("url", root);
    ObjectNode get = item.putObject("get");
    get.put("summary", summary);
    get.putArray("tags").add("atlas");
    get.putArray("parameters");
    ok(get, Format.JSON.mediaType());
    return get;
  }

  private static ObjectNode query(ArrayNode parameters, String name, String description, String type) {
    ObjectNode p = parameters.addObject();
    p.put("name", name).put("in", "query").put("required", false).put("description", description);
    p.putObject("schema").put("type", type);
    return p;
  }

  private static void collectionIdParameter(ArrayNode parameters) {
    ObjectNode p = parameters.addObject();
    p.put("name", "collectionId").put("in", "path").put("required", true);
    p.putObject("schema").put("type", "string");
  }

  private static void formatParameter(ArrayNode parameters, Set<Format> offered) {
    ObjectNode p = query(parameters, "f", "Encoding (overrides Accept).", "string");
    ArrayNode values = p.with("schema").putArray("enum");
    Format.keys(offered).forEach(values::add);
  }

  /** The media types of the offered formats, the default first. */
  private static String[] mediaTypes(Set<Format> offered) {
    return offered.stream().sorted().map(Format::mediaType).toArray(String[]::new);
  }

  /** The answers of an operation: 200 in each media type given, problems for 400 and 404. */
  private static void ok(ObjectNode operation, String... mediaTypes) {
    ObjectNode responses = operation.putObject("responses");
    ObjectNode content = responses.putObject("200").put("description", "OK").putObject("content");
    for (String mediaType : mediaTypes) {
      content.putObject(mediaType);
    }
    ObjectNode problem = Json.MAPPER.createObjectNode();
    problem.putObject(Problems.MEDIA_TYPE).putObject("schema").put("$ref", "#/components/schemas/Problem");
    responses.putObject("400").put("description", "A parameter is wrong (named in the problem)")
        .set("content", problem.deepCopy());
    responses.putObject("404").put("description", "Unknown id, with suggestions").set("content", problem);
  }
}
