package org.corridoratlas.http.ogcapi;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.catalog.FeaturePage;
import org.corridoratlas.catalog.Layer;
import org.corridoratlas.catalog.Queryable;
import org.corridoratlas.catalog.UnknownId;
import org.corridoratlas.format.CsvWriter;
import org.corridoratlas.format.FeatureWriter;
import org.corridoratlas.format.Features;
import org.corridoratlas.format.Format;
import org.corridoratlas.format.GeoJsonWriter;
import org.corridoratlas.format.KmlWriter;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.http.Caching;
import org.corridoratlas.http.Negotiation;
import org.corridoratlas.http.PublicUrl;
import org.corridoratlas.http.QueryParams;

/** GET /ogcapi/collections/{collectionId}/items and .../items/{featureId}, in GeoJSON, HTML, CSV and KML. */
public final class ItemsHandler {
  private static final Set<String> ITEM_PARAMS = Set.of("f", "crs");

  private final Catalog catalog;
  private final GeoJsonWriter geojson;
  /** The writers of every offered format but HTML, by format. */
  private final Map<Format, FeatureWriter> writers = new EnumMap<>(Format.class);
  private final String timeStamp;
  private final PageCache pages = new PageCache();

  /**
   * The time stamp of every answer is the data's own date (its newest source), not the load time: replicas
   * started at different times on the same data give the same bytes and ETags.
   */
  public ItemsHandler(Catalog catalog, GeoJsonWriter geojson) {
    this.catalog = catalog;
    this.geojson = geojson;
    for (FeatureWriter writer : List.of(geojson, new CsvWriter(), new KmlWriter())) {
      writers.put(writer.format(), writer);
    }
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
    ItemsRequest request = ItemsRequest.from(QueryParams.of(ctx, ItemsRequest.parameters(layer)),
        ctx.header("Accept"), layer);
    Format format = request.format();
    if (Caching.notModified(ctx, catalog.dataVersion(), "items-" + format.key())) {
      return;
    }
    // Links come from the public URL, so path and canonical query name the page whatever the Host header says.
    String pageUrl = request.pageUrl();
    PageCache.Stored stored = format == Format.GEOJSON ? pages.find(pageUrl).orElse(null) : null;
    if (stored != null) {
      send(ctx, stored);
      return;
    }
    FeaturePage page = layer.query(request.query());
    switch (format) {
      case HTML -> Answers.html(ctx, ItemsPages.items(layer, page, request.path(), request.query(-1)));
      case GEOJSON -> {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("timeStamp", timeStamp);
        members.put("numberMatched", page.numberMatched());
        members.put("numberReturned", page.features().size());
        members.put("links", request.links(PublicUrl.of(ctx), page));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        geojson.write(new Features(layer.kind().title(), page.features(), members, columns(layer)), out);
        byte[] bytes = out.toByteArray();
        PageCache.Stored kept = pages.keep(pageUrl, bytes).orElse(null);
        if (kept != null) {
          send(ctx, kept);
        } else {
          ctx.contentType(Format.GEOJSON.contentType());
          ctx.result(bytes);
        }
      }
      default -> write(ctx, writers.get(format), new Features(layer.kind().title(), page.features(), Map.of(),
          columns(layer)), format.download() ? format.fileName(layer.id()) : null);
    }
  }

  /**
   * A stored page, gzipped when the client takes it, straight to the servlet stream: Javalin's result path would
   * copy it through its compression-aware stream and gzip it again on every request.
   */
  private static void send(Context ctx, PageCache.Stored stored) throws IOException {
    ctx.contentType(Format.GEOJSON.contentType());
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
    Format format = Negotiation.choose(ctx, params, ItemsRequest.FORMATS);
    ItemsRequest.crs(params, "crs");
    if (Caching.notModified(ctx, catalog.dataVersion(), "item-" + format.key())) {
      return;
    }
    String path = OgcApi.BASE + "/collections/" + layer.id() + "/items/" + feature.id();
    switch (format) {
      case HTML -> Answers.html(ctx, ItemsPages.item(layer, feature, path));
      case GEOJSON -> {
        byte[] bytes = geojson.feature(feature);
        List<Link> links = List.of(
            new Link(Answers.url(ctx, path), "self", Format.GEOJSON.mediaType(), "This feature"),
            new Link(Answers.url(ctx, path + "?f=" + Format.HTML.key()), "alternate", Format.HTML.mediaType(),
                "This feature as HTML"),
            new Link(Answers.url(ctx, OgcApi.BASE + "/collections/" + layer.id()), "collection",
                Format.JSON.mediaType(), "The layer"));
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 512);
        out.write(bytes, 0, bytes.length - 1);
        out.write(",\"links\":".getBytes(StandardCharsets.US_ASCII));
        out.write(Json.MAPPER.writeValueAsBytes(links));
        out.write('}');
        ctx.contentType(Format.GEOJSON.contentType());
        ctx.result(out.toByteArray());
      }
      default -> write(ctx, writers.get(format), new Features(feature.name(), List.of(feature), Map.of(),
          columns(layer)), null);
    }
  }

  /** The layer's property columns for tabular formats, without those every row starts with. */
  private static List<String> columns(Layer layer) {
    return layer.queryables().stream().map(Queryable::name).filter(n -> !CsvWriter.FIXED_COLUMNS.contains(n))
        .toList();
  }

  /** {@code fileName}: a file to save under that name, or null for a page to show. */
  private static void write(Context ctx, FeatureWriter writer, Features features, String fileName)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    writer.write(features, out);
    ctx.contentType(writer.mediaType());
    if (fileName != null) {
      ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }
    ctx.result(out.toByteArray());
  }
}
