package org.corridoratlas.http.ogcapi;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.catalog.Layer;
import org.corridoratlas.format.Format;
import org.corridoratlas.http.Caching;
import org.corridoratlas.http.Negotiation;
import org.corridoratlas.http.PublicUrl;
import org.corridoratlas.http.QueryParams;

/**
 * OGC API – Features Part 1 at {@code /ogcapi}: landing page, conformance, the OpenAPI document and its Swagger
 * UI page, collections and their queryables and schemas: thin handlers over {@link OgcDocuments} (JSON) and
 * {@link OgcPages} (HTML). Items are answered by {@link ItemsHandler}.
 */
public final class OgcApi {
  public static final String BASE = "/ogcapi";
  public static final String OPENAPI_TYPE = "application/vnd.oai.openapi+json;version=3.0";
  static final String SCHEMA_JSON = "application/schema+json";
  static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
  static final String TITLE = "Corridor Atlas";
  static final String DESCRIPTION = "Sourced atlas of the trade corridors between the DPRK, China and Russia: "
      + "crossings, railways, roads, ports, mines and more, each feature with its status timeline and sources.";
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
  private static final Set<Format> JSON_HTML = EnumSet.of(Format.JSON, Format.HTML);

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

  private Format negotiate(Context ctx, QueryParams params, String variant) {
    Format format = Negotiation.choose(ctx, params, JSON_HTML);
    return Caching.notModified(ctx, catalog.dataVersion(), variant + "-" + format.key()) ? null : format;
  }

  /** GET /ogcapi */
  void landing(Context ctx) throws IOException {
    Format format = negotiate(ctx, QueryParams.of(ctx, ONLY_F), "landing");
    if (format == Format.HTML) {
      Answers.html(ctx, OgcPages.landing());
    } else if (format != null) {
      Answers.json(ctx, Format.JSON.contentType(), OgcDocuments.landing(PublicUrl.of(ctx)));
    }
  }

  /** GET /ogcapi/conformance */
  void conformance(Context ctx) throws IOException {
    Format format = negotiate(ctx, QueryParams.of(ctx, ONLY_F), "conformance");
    if (format == Format.HTML) {
      Answers.html(ctx, OgcPages.conformance());
    } else if (format != null) {
      Answers.json(ctx, Format.JSON.contentType(), Map.of("conformsTo", CONFORMANCE));
    }
  }

  /** GET /ogcapi/api: the OpenAPI 3.0 document, or with f=html the Swagger UI page showing it. */
  void api(Context ctx) throws IOException {
    Format format = negotiate(ctx, QueryParams.of(ctx, ONLY_F), "api");
    if (format == Format.HTML) {
      Answers.html(ctx, SwaggerPage.HTML);
    } else if (format != null) {
      Answers.json(ctx, OPENAPI_TYPE, openApi.document(PublicUrl.of(ctx)));
    }
  }

  /** GET /ogcapi/collections */
  void collections(Context ctx) throws IOException {
    Format format = negotiate(ctx, QueryParams.of(ctx, ONLY_F), "collections");
    if (format == Format.HTML) {
      Answers.html(ctx, OgcPages.collections(catalog));
    } else if (format != null) {
      Answers.json(ctx, Format.JSON.contentType(), OgcDocuments.collections(PublicUrl.of(ctx), catalog));
    }
  }

  /** GET /ogcapi/collections/{collectionId} */
  void collection(Context ctx) throws IOException {
    Layer layer = catalog.getLayer(ctx.pathParam("collectionId"));
    Format format = negotiate(ctx, QueryParams.of(ctx, ONLY_F), "collection");
    if (format == Format.HTML) {
      Answers.html(ctx, OgcPages.collection(layer));
    } else if (format != null) {
      Answers.json(ctx, Format.JSON.contentType(), OgcDocuments.collection(PublicUrl.of(ctx), layer));
    }
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
    var schema = OgcDocuments.schema(PublicUrl.of(ctx), layer, what, everyProperty);
    if (format == Format.HTML) {
      Answers.html(ctx, OgcPages.schema(layer, what, schema));
      return;
    }
    String accept = ctx.header("Accept");
    Answers.json(ctx, accept != null && accept.contains(SCHEMA_JSON) ? SCHEMA_JSON : Format.JSON.contentType(),
        schema);
  }
}
