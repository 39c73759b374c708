package org.corridoratlas.http.ogcapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.catalog.Layer;
import org.corridoratlas.catalog.Queryable;
import org.corridoratlas.catalog.cql2.Cql2Text;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.http.Caching;
import org.corridoratlas.http.Negotiation;
import org.corridoratlas.http.Negotiation.Format;
import org.corridoratlas.http.PublicUrl;
import org.corridoratlas.http.QueryParams;
import org.locationtech.jts.geom.Envelope;

/**
 * OGC API – Features Part 1 at {@code /ogcapi}: landing page, conformance, the OpenAPI document and its Swagger
 * UI page, collections and their queryables and schemas. Items are answered by {@link ItemsHandler}.
 */
public final class OgcApi {
  public static final String BASE = "/ogcapi";
  public static final String OPENAPI_TYPE = "application/vnd.oai.openapi+json;version=3.0";
  static final String JSON = "application/json";
  static final String GEOJSON = "application/geo+json";
  static final String HTML = "text/html; charset=utf-8";
  static final String SCHEMA_JSON = "application/schema+json";
  static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
  static final String TITLE = "Corridor Atlas";
  static final List<String> CONFORMANCE = List.of(
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
      "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
      "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
      "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
      "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
      "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
      "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
      "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions",
      "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions-plus");
  private static final Set<String> ONLY_F = Set.of("f");
  private static final EnumSet<Format> JSON_HTML = EnumSet.of(Format.JSON, Format.HTML);

  private final Catalog catalog;
  private final ItemsHandler items;
  private final OpenApiDocument openApi;

  public OgcApi(Catalog catalog, ItemsHandler items) {
    this.catalog = catalog;
    this.items = items;
    this.openApi = new OpenApiDocument(catalog);
  }

  public void register(JavalinConfig config) {
    route(config, BASE, this::landing);
    route(config, BASE + "/conformance", this::conformance);
    route(config, BASE + "/api", this::api);
    route(config, BASE + "/collections", this::collections);
    route(config, BASE + "/collections/{collectionId}", this::collection);
    route(config, BASE + "/collections/{collectionId}/queryables", this::queryables);
    route(config, BASE + "/collections/{collectionId}/schema", this::schema);
    route(config, BASE + "/collections/{collectionId}/items", items::items);
    route(config, BASE + "/collections/{collectionId}/items/{featureId}", items::item);
  }

  private static void route(JavalinConfig config, String path, Handler handler) {
    config.routes.get(path, handler);
    config.routes.head(path, handler);
    config.routes.options(path, ctx -> {
      ctx.header("Allow", "GET, HEAD");
      ctx.header("Access-Control-Allow-Methods", "GET, HEAD");
      ctx.status(204);
    });
  }

  /** Absolute URL of a path of this server, from its public URL (never from the request's Host). */
  static String url(Context ctx, String path) {
    return PublicUrl.of(ctx) + path;
  }

  private Format negotiate(Context ctx, QueryParams params, String variant) {
    Format format = Negotiation.choose(ctx, params, JSON_HTML);
    return Caching.notModified(ctx, catalog.dataVersion(), variant + "-" + format.key()) ? null : format;
  }

  /** GET /ogcapi */
  void landing(Context ctx) throws IOException {
    Format format = negotiate(ctx, QueryParams.of(ctx, ONLY_F), "landing");
    if (format == null) {
      return;
    }
    List<Link> links = List.of(
        new Link(url(ctx, BASE), "self", JSON, "This document"),
        new Link(url(ctx, BASE + "?f=html"), "alternate", "text/html", "This document as HTML"),
        new Link(url(ctx, BASE + "/api"), "service-desc", OPENAPI_TYPE, "The API definition (OpenAPI 3.0)"),
        new Link(url(ctx, BASE + "/api?f=html"), "service-doc", "text/html", "The API documentation"),
        new Link(url(ctx, BASE + "/conformance"), "conformance", JSON, "Conformance classes"),
        new Link(url(ctx, BASE + "/conformance"), "http://www.opengis.net/def/rel/ogc/1.0/conformance", JSON,
            "Conformance classes"),
        new Link(url(ctx, BASE + "/collections"), "data", JSON, "The layers"),
        new Link(url(ctx, BASE + "/collections"), "http://www.opengis.net/def/rel/ogc/1.0/data", JSON,
            "The layers"));
    String description = "Sourced atlas of the trade corridors between the DPRK, China and Russia: crossings, "
        + "railways, roads, ports, mines and more, each feature with its status timeline and sources.";
    if (format == Format.HTML) {
      StringBuilder body = new StringBuilder("<p>").append(Html.esc(description)).append("</p><ul>");
      body.append("<li><a href=\"").append(BASE).append("/collections?f=html\">The layers (collections)</a></li>");
      body.append("<li><a href=\"").append(BASE).append("/api?f=html\">API documentation</a> (")
          .append("<a href=\"").append(BASE).append("/api\">OpenAPI 3.0 JSON</a>)</li>");
      body.append("<li><a href=\"").append(BASE).append("/conformance?f=html\">Conformance</a></li></ul>");
      html(ctx, Html.page(TITLE + " – OGC API – Features", List.of(), body.toString()));
      return;
    }
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("title", TITLE);
    root.put("description", description);
    root.set("links", Json.MAPPER.valueToTree(links));
    json(ctx, JSON, root);
  }

  /** GET /ogcapi/conformance */
  void conformance(Context ctx) throws IOException {
    Format format = negotiate(ctx, QueryParams.of(ctx, ONLY_F), "conformance");
    if (format == null) {
      return;
    }
    if (format == Format.HTML) {
      StringBuilder body = new StringBuilder("<ul>");
      CONFORMANCE.forEach(c -> body.append("<li><code>").append(Html.esc(c)).append("</code></li>"));
      html(ctx, Html.page("Conformance", crumbs(), body.append("</ul>").toString()));
      return;
    }
    json(ctx, JSON, Map.of("conformsTo", CONFORMANCE));
  }

  /** GET /ogcapi/api: the OpenAPI 3.0 document, or with f=html the Swagger UI page showing it. */
  void api(Context ctx) throws IOException {
    Format format = negotiate(ctx, QueryParams.of(ctx, ONLY_F), "api");
    if (format == null) {
      return;
    }
    if (format == Format.HTML) {
      html(ctx, SwaggerPage.HTML);
      return;
    }
    json(ctx, OPENAPI_TYPE, openApi.document(url(ctx, "")));
  }

  /** GET /ogcapi/collections */
  void collections(Context ctx) throws IOException {
    Format format = negotiate(ctx, QueryParams.of(ctx, ONLY_F), "collections");
    if (format == null) {
      return;
    }
    if (format == Format.HTML) {
      StringBuilder body = new StringBuilder("<table><tr><th>Layer</th><th>Features</th><th>Items</th></tr>");
      for (Layer layer : catalog.layers()) {
        String path = BASE + "/collections/" + layer.id();
        body.append("<tr><td><a href=\"").append(path).append("?f=html\">").append(Html.esc(layer.kind().title()))
            .append("</a></td><td>").append(layer.features().size()).append("</td><td><a href=\"").append(path)
            .append("/items?f=html\">browse</a> · <a href=\"").append(path).append("/items?limit=10000\">GeoJSON</a>")
            .append(" · <a href=\"").append(path).append("/items?f=csv&amp;limit=10000\">CSV</a> · <a href=\"")
            .append(path).append("/items?f=kml&amp;limit=10000\">KML</a></td></tr>");
      }
      html(ctx, Html.page("Collections", crumbs(), body.append("</table>").toString()));
      return;
    }
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.set("links", Json.MAPPER.valueToTree(List.of(
        new Link(url(ctx, BASE + "/collections"), "self", JSON, "The layers"),
        new Link(url(ctx, BASE + "/collections?f=html"), "alternate", "text/html", "The layers as HTML"))));
    ArrayNode list = root.putArray("collections");
    catalog.layers().forEach(layer -> list.add(collectionJson(ctx, layer)));
    json(ctx, JSON, root);
  }

  /** GET /ogcapi/collections/{collectionId} */
  void collection(Context ctx) throws IOException {
    Layer layer = catalog.getLayer(ctx.pathParam("collectionId"));
    Format format = negotiate(ctx, QueryParams.of(ctx, ONLY_F), "collection");
    if (format == null) {
      return;
    }
    if (format == Format.HTML) {
      String path = BASE + "/collections/" + layer.id();
      Envelope e = layer.extent();
      StringBuilder body = new StringBuilder("<p>").append(layer.features().size()).append(" features. ")
          .append("<a href=\"").append(path).append("/items?f=html\">Browse the items</a>.</p>");
      if (!e.isNull()) {
        body.append("<p>Extent: ").append(Html.esc(e.getMinX() + ", " + e.getMinY() + " – " + e.getMaxX() + ", "
            + e.getMaxY())).append("</p>");
      }
      body.append("<h2>Queryables</h2><p>Filter items with <code>?name=value</code>:</p><ul>");
      layer.queryables().forEach(q -> body.append("<li><code>").append(Html.esc(q.name())).append("</code> (")
          .append(Html.esc(q.list() ? "list of " + q.type() : q.type())).append(")</li>"));
      html(ctx, Html.page(layer.kind().title(), crumbs(new Link(BASE + "/collections?f=html", null, null,
          "Collections")), body.append("</ul>").toString()));
      return;
    }
    json(ctx, JSON, collectionJson(ctx, layer));
  }

  private ObjectNode collectionJson(Context ctx, Layer layer) {
    String path = BASE + "/collections/" + layer.id();
    ObjectNode c = Json.MAPPER.createObjectNode();
    c.put("id", layer.id());
    c.put("title", layer.kind().title());
    c.put("description", layer.kind().title() + " of the atlas (" + layer.features().size() + " features)");
    c.put("itemType", "feature");
    c.putArray("crs").add(CRS84);
    ObjectNode extent = c.putObject("extent");
    ObjectNode spatial = extent.putObject("spatial");
    Envelope e = layer.extent();
    ArrayNode box = spatial.putArray("bbox").addArray();
    if (e.isNull()) {
      box.add(-180).add(-90).add(180).add(90);
    } else {
      box.add(e.getMinX()).add(e.getMinY()).add(e.getMaxX()).add(e.getMaxY());
    }
    spatial.put("crs", CRS84);
    ObjectNode temporal = extent.putObject("temporal");
    ArrayNode interval = temporal.putArray("interval").addArray();
    interval.add(layer.firstDate().map(OgcApi::instant).orElse(null));
    interval.add(layer.lastDate().map(OgcApi::instant).orElse(null));
    temporal.put("trs", "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian");
    c.set("links", Json.MAPPER.valueToTree(List.of(
        new Link(url(ctx, path), "self", JSON, "This collection"),
        new Link(url(ctx, path + "?f=html"), "alternate", "text/html", "This collection as HTML"),
        new Link(url(ctx, path + "/items"), "items", GEOJSON, "Items as GeoJSON"),
        new Link(url(ctx, path + "/items?f=html"), "items", "text/html", "Items as HTML"),
        new Link(url(ctx, path + "/queryables"), "http://www.opengis.net/def/rel/ogc/1.0/queryables",
            SCHEMA_JSON, "Queryables"),
        new Link(url(ctx, path + "/schema"), "describedby", SCHEMA_JSON, "JSON Schema of the items"))));
    return c;
  }

  /** GET /ogcapi/collections/{collectionId}/queryables */
  void queryables(Context ctx) throws IOException {
    Layer layer = catalog.getLayer(ctx.pathParam("collectionId"));
    schemaAnswer(ctx, layer, "queryables", false);
  }

  /** GET /ogcapi/collections/{collectionId}/schema */
  void schema(Context ctx) throws IOException {
    Layer layer = catalog.getLayer(ctx.pathParam("collectionId"));
    schemaAnswer(ctx, layer, "schema", true);
  }

  private void schemaAnswer(Context ctx, Layer layer, String what, boolean everyProperty) throws IOException {
    Format format = negotiate(ctx, QueryParams.of(ctx, ONLY_F), what);
    if (format == null) {
      return;
    }
    ObjectNode schema = Json.MAPPER.createObjectNode();
    schema.put("$schema", "https://json-schema.org/draft/2019-09/schema");
    schema.put("$id", url(ctx, BASE + "/collections/" + layer.id() + "/" + what));
    schema.put("type", "object");
    schema.put("title", layer.kind().title());
    ObjectNode properties = schema.putObject("properties");
    for (Queryable q : layer.queryables()) {
      ObjectNode p = properties.putObject(q.name());
      p.put("title", q.name());
      if (q.list()) {
        p.put("type", "array");
        p.putObject("items").put("type", q.type());
      } else {
        p.put("type", q.type());
      }
    }
    ObjectNode geometry = properties.putObject(Cql2Text.GEOMETRY);
    geometry.put("title", "geometry");
    geometry.put("format", "geometry-any");
    if (everyProperty) {
      properties.putObject("names").put("type", "object");
      properties.putObject("aliases").put("type", "array").putObject("items").put("type", "string");
      properties.putObject("status").put("type", "array")
          .put("description", "The timeline: periods with from, to and status; the last one with confirmed, the "
              + "date of the newest source that confirms it.")
          .putObject("items").put("type", "object");
      properties.putObject("sources").put("type", "array").putObject("items").put("type", "object");
      properties.putObject("description").put("type", "string");
      properties.putObject("confidenceNote").put("type", "string");
      properties.putObject("layer").put("type", "string");
      properties.putObject("confirmed").put("type", "string")
          .put("description", "When a source last confirmed the current status (YYYY, YYYY-MM or YYYY-MM-DD).");
    }
    schema.put("additionalProperties", everyProperty);
    if (format == Format.HTML) {
      html(ctx, Html.page(layer.kind().title() + " – " + what, crumbs(), "<pre>"
          + Html.esc(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(schema)) + "</pre>"));
      return;
    }
    String accept = ctx.header("Accept");
    json(ctx, accept != null && accept.contains(SCHEMA_JSON) ? SCHEMA_JSON : JSON, schema);
  }

  private static String instant(LocalDate date) {
    return date + "T00:00:00Z";
  }

  static List<Link> crumbs(Link... more) {
    List<Link> all = new ArrayList<>();
    all.add(new Link(BASE + "?f=html", null, null, TITLE));
    all.addAll(List.of(more));
    return all;
  }

  static void json(Context ctx, String contentType, Object body) throws IOException {
    ctx.contentType(contentType);
    ctx.result(Json.MAPPER.writeValueAsBytes(body));
  }

  static void html(Context ctx, String page) {
    ctx.contentType(HTML);
    ctx.result(page);
  }
}
