package org.corridoratlas.http.ogcapi;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.catalog.FeaturePage;
import org.corridoratlas.catalog.ItemsQuery;
import org.corridoratlas.catalog.Layer;
import org.corridoratlas.catalog.Queryable;
import org.corridoratlas.catalog.UnknownId;
import org.corridoratlas.catalog.cql2.Cql2Exception;
import org.corridoratlas.catalog.cql2.Cql2Text;
import org.corridoratlas.catalog.cql2.Expression;
import org.corridoratlas.format.CsvWriter;
import org.corridoratlas.format.Features;
import org.corridoratlas.format.GeoJsonWriter;
import org.corridoratlas.format.KmlWriter;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.geodata.Status;
import org.corridoratlas.http.BadParameter;
import org.corridoratlas.http.Caching;
import org.corridoratlas.http.Negotiation;
import org.corridoratlas.http.Negotiation.Format;
import org.corridoratlas.http.QueryParams;

/** GET /ogcapi/collections/{collectionId}/items and .../items/{featureId}, in GeoJSON, HTML, CSV and KML. */
public final class ItemsHandler {
  private static final Set<String> ITEMS_PARAMS = Set.of("f", "limit", "offset", "bbox", "bbox-crs", "crs",
      "datetime", "filter", "filter-lang", "filter-crs");
  private static final Set<String> ITEM_PARAMS = Set.of("f", "crs");

  private final Catalog catalog;
  private final GeoJsonWriter geojson;
  private final String timeStamp;
  private final PageCache pages = new PageCache();

  /**
   * The time stamp of every answer is the data's own date (its newest source), not the load time: replicas
   * started at different times on the same data give the same bytes and ETags.
   */
  public ItemsHandler(Catalog catalog, GeoJsonWriter geojson) {
    this.catalog = catalog;
    this.geojson = geojson;
    this.timeStamp = catalog.dataDate() + "T00:00:00Z";
  }

  /**
   * A Jetty handler to put in front of Javalin that answers the full page of a layer from the cache of the
   * items handler current at each request (a data reload swaps it); {@code fixedHeaders}: what the
   * before-handlers add to every /ogcapi answer (CORS, framing).
   */
  public static org.eclipse.jetty.server.Handler.Wrapper fastPath(Supplier<ItemsHandler> current,
      Map<String, String> fixedHeaders) {
    return new ItemsFastPath(current, fixedHeaders);
  }

  PageCache pages() {
    return pages;
  }

  String dataVersion() {
    return catalog.dataVersion();
  }

  /** GET /ogcapi/collections/{collectionId}/items */
  void items(Context ctx) throws IOException {
    Layer layer = catalog.getLayer(ctx.pathParam("collectionId"));
    Set<String> allowed = new HashSet<>(ITEMS_PARAMS);
    layer.queryables().forEach(q -> allowed.add(q.name()));
    QueryParams params = QueryParams.of(ctx, allowed);
    Format format = Negotiation.choose(ctx, params, EnumSet.allOf(Format.class));
    ItemsQuery query = query(layer, params);
    if (Caching.notModified(ctx, catalog.dataVersion(), "items-" + format.key())) {
      return;
    }
    String path = OgcApi.BASE + "/collections/" + layer.id() + "/items";
    // Links come from the public URL, so path and canonical query name the page whatever the Host header says.
    String pageUrl = path + queryString(params, query, query.offset());
    PageCache.Stored stored = format == Format.JSON ? pages.find(pageUrl).orElse(null) : null;
    if (stored != null) {
      send(ctx, stored);
      return;
    }
    FeaturePage page = layer.query(query);
    List<String> columns = layer.queryables().stream().map(Queryable::name)
        .filter(n -> !CsvWriter.FIXED_COLUMNS.contains(n)).toList();
    switch (format) {
      case HTML -> OgcApi.html(ctx, ItemsPages.items(layer, page, path, queryString(params, query, -1)));
      case CSV -> write(ctx, new CsvWriter(), new Features(layer.kind().title(), page.features(), Map.of(), columns),
          "attachment; filename=\"" + layer.id() + ".csv\"");
      case KML -> write(ctx, new KmlWriter(), new Features(layer.kind().title(), page.features(), Map.of(),
          columns), "attachment; filename=\"" + layer.id() + ".kml\"");
      case JSON -> {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("timeStamp", timeStamp);
        members.put("numberMatched", page.numberMatched());
        members.put("numberReturned", page.features().size());
        members.put("links", links(ctx, path, params, page));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        geojson.write(new Features(layer.kind().title(), page.features(), members, columns), out);
        byte[] bytes = out.toByteArray();
        PageCache.Stored kept = pages.keep(pageUrl, bytes).orElse(null);
        if (kept != null) {
          send(ctx, kept);
        } else {
          ctx.contentType(OgcApi.GEOJSON);
          ctx.result(bytes);
        }
      }
      default -> throw new IllegalStateException(format.name());
    }
  }

  /**
   * A stored page, gzipped when the client takes it, straight to the servlet stream: Javalin's result path would
   * copy it through its compression-aware stream and gzip it again on every request.
   */
  private static void send(Context ctx, PageCache.Stored stored) throws IOException {
    ctx.contentType(OgcApi.GEOJSON);
    byte[] body = stored.raw();
    if (acceptsGzip(ctx.header("Accept-Encoding"))) {
      body = stored.gzip();
      ctx.header("Content-Encoding", "gzip");
    }
    ctx.res().setContentLength(body.length);
    ctx.res().getOutputStream().write(body); // Jetty drops the body of a HEAD answer itself
  }

  /** True when Accept-Encoding names gzip (or *) without q=0. */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String coding : acceptEncoding.split(",")) {
      String[] parts = coding.trim().split(";");
      String name = parts[0].trim().toLowerCase(java.util.Locale.ROOT);
      if (name.equals("gzip") || name.equals("*")) {
        for (int i = 1; i < parts.length; i++) {
          if (parts[i].trim().matches("q=0(\\.0*)?")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** GET /ogcapi/collections/{collectionId}/items/{featureId} */
  void item(Context ctx) throws IOException {
    Layer layer = catalog.getLayer(ctx.pathParam("collectionId"));
    String id = ctx.pathParam("featureId");
    Feature feature = layer.findFeature(id).orElseThrow(() -> new UnknownId("feature", id,
        layer.features().stream().map(Feature::id).toList()));
    QueryParams params = QueryParams.of(ctx, ITEM_PARAMS);
    Format format = Negotiation.choose(ctx, params, EnumSet.allOf(Format.class));
    crs(params, "crs");
    if (Caching.notModified(ctx, catalog.dataVersion(), "item-" + format.key())) {
      return;
    }
    String path = OgcApi.BASE + "/collections/" + layer.id() + "/items/" + feature.id();
    List<String> columns = layer.queryables().stream().map(Queryable::name)
        .filter(n -> !CsvWriter.FIXED_COLUMNS.contains(n)).toList();
    switch (format) {
      case HTML -> OgcApi.html(ctx, ItemsPages.item(layer, feature, path));
      case CSV -> write(ctx, new CsvWriter(), new Features(feature.name(), List.of(feature), Map.of(), columns),
          null);
      case KML -> write(ctx, new KmlWriter(), new Features(feature.name(), List.of(feature), Map.of(), columns),
          null);
      case JSON -> {
        byte[] bytes = geojson.feature(feature);
        List<Link> links = List.of(
            new Link(OgcApi.url(ctx, path), "self", OgcApi.GEOJSON, "This feature"),
            new Link(OgcApi.url(ctx, path + "?f=html"), "alternate", "text/html", "This feature as HTML"),
            new Link(OgcApi.url(ctx, OgcApi.BASE + "/collections/" + layer.id()), "collection", OgcApi.JSON,
                "The layer"));
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 512);
        out.write(bytes, 0, bytes.length - 1);
        out.write(",\"links\":".getBytes(StandardCharsets.US_ASCII));
        out.write(Json.MAPPER.writeValueAsBytes(links));
        out.write('}');
        ctx.contentType(OgcApi.GEOJSON);
        ctx.result(out.toByteArray());
      }
      default -> throw new IllegalStateException(format.name());
    }
  }

  private static void write(Context ctx, org.corridoratlas.format.FeatureWriter writer, Features features,
      String disposition) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    writer.write(features, out);
    ctx.contentType(writer.mediaType());
    if (disposition != null) {
      ctx.header("Content-Disposition", disposition);
    }
    ctx.result(out.toByteArray());
  }

  private static ItemsQuery query(Layer layer, QueryParams params) {
    crs(params, "crs");
    crs(params, "bbox-crs");
    Map<String, String> filters = params.others(ITEMS_PARAMS);
    filters.replaceAll((name, value) -> filterValue(layer, name, value));
    return new ItemsQuery(params.bbox("bbox").orElse(null), params.datetime("datetime").orElse(null), filters,
        cql2(layer, params),
        params.integer("offset", 0, 0, Integer.MAX_VALUE),
        params.integer("limit", ItemsQuery.DEFAULT_LIMIT, 1, ItemsQuery.MAX_LIMIT));
  }

  /** Part 3 filter: CQL2 text only, coordinates in CRS84. */
  private static Expression cql2(Layer layer, QueryParams params) {
    crs(params, "filter-crs");
    params.string("filter-lang").ifPresent(lang -> {
      if (!lang.equals("cql2-text")) {
        throw new BadParameter("filter-lang", "only cql2-text is supported");
      }
    });
    return params.string("filter").map(text -> {
      try {
        return Cql2Text.parse(text, layer::findQueryable);
      } catch (Cql2Exception e) {
        throw new BadParameter("filter", e.getMessage());
      }
    }).orElse(null);
  }

  /** Only CRS84 is served; naming it explicitly is allowed. */
  private static void crs(QueryParams params, String name) {
    params.string(name).ifPresent(crs -> {
      if (!crs.equals(OgcApi.CRS84) && !crs.equals("[OGC:CRS84]")) {
        throw new BadParameter(name, "only " + OgcApi.CRS84 + " is supported");
      }
    });
  }

  /**
   * The filter value in the form the data holds, or a 400. Booleans may come as 1 and 0: GDAL's OAPIF driver
   * sends them so, as OGR holds booleans as integers.
   */
  private static String filterValue(Layer layer, String name, String value) {
    Queryable q = layer.findQueryable(name).orElseThrow();
    if (name.equals("status")) {
      if (Status.parse(value).isEmpty()) {
        throw new BadParameter(name, "not a valid status (open, restricted, closed, planned, "
            + "under-construction, abandoned): " + QueryParams.quote(value));
      }
      return value;
    }
    String normal = switch (q.type()) {
      case "integer" -> value.matches("-?\\d{1,18}") ? value : null;
      case "number" -> value.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?") ? value : null;
      case "boolean" -> switch (value) {
        case "true", "1" -> "true";
        case "false", "0" -> "false";
        default -> null;
      };
      default -> value;
    };
    if (normal == null) {
      throw new BadParameter(name, "not a valid " + q.type() + ": " + QueryParams.quote(value));
    }
    return normal;
  }

  private static List<Link> links(Context ctx, String path, QueryParams params, FeaturePage page) {
    ItemsQuery q = page.query();
    List<Link> links = new ArrayList<>();
    links.add(new Link(OgcApi.url(ctx, path + queryString(params, q, q.offset())), "self", OgcApi.GEOJSON,
        "This page"));
    String here = queryString(params, q, q.offset());
    String sep = "&";
    links.add(new Link(OgcApi.url(ctx, path + here + sep + "f=html"), "alternate", "text/html", "As HTML"));
    links.add(new Link(OgcApi.url(ctx, path + here + sep + "f=csv"), "alternate", "text/csv", "As CSV"));
    links.add(new Link(OgcApi.url(ctx, path + here + sep + "f=kml"), "alternate", KmlWriter.MEDIA_TYPE, "As KML"));
    if (page.hasNext()) {
      links.add(new Link(OgcApi.url(ctx, path + queryString(params, q, q.offset() + q.limit())), "next",
          OgcApi.GEOJSON, "Next page"));
    }
    if (page.hasPrevious()) {
      links.add(new Link(OgcApi.url(ctx, path + queryString(params, q, Math.max(0, q.offset() - q.limit()))),
          "prev", OgcApi.GEOJSON, "Previous page"));
    }
    links.add(new Link(OgcApi.url(ctx, path.substring(0, path.length() - "/items".length())), "collection",
        OgcApi.JSON, "The layer"));
    return links;
  }

  /**
   * The canonical query string of a page (without f): bbox and datetime as given, filters sorted, limit and
   * offset; {@code offset < 0} leaves offset out (for links that set their own).
   */
  static String queryString(QueryParams params, ItemsQuery q, int offset) {
    List<String> parts = new ArrayList<>();
    params.string("bbox").ifPresent(b -> parts.add("bbox=" + enc(b)));
    params.string("datetime").ifPresent(d -> parts.add("datetime=" + enc(d)));
    for (String name : List.of("filter", "filter-lang", "filter-crs")) {
      params.string(name).ifPresent(v -> parts.add(name + "=" + enc(v)));
    }
    q.sortedFilters().forEach((k, v) -> parts.add(enc(k) + "=" + enc(v)));
    parts.add("limit=" + q.limit());
    if (offset >= 0) {
      parts.add("offset=" + offset);
    }
    return "?" + String.join("&", parts);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
