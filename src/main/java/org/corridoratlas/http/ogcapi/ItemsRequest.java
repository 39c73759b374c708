package org.corridoratlas.http.ogcapi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridoratlas.catalog.FeaturePage;
import org.corridoratlas.catalog.ItemsQuery;
import org.corridoratlas.catalog.Layer;
import org.corridoratlas.catalog.Queryable;
import org.corridoratlas.catalog.cql2.Cql2Exception;
import org.corridoratlas.catalog.cql2.Cql2Text;
import org.corridoratlas.catalog.cql2.Expression;
import org.corridoratlas.config.BadParameter;
import org.corridoratlas.format.Format;
import org.corridoratlas.geodata.Status;
import org.corridoratlas.http.Negotiation;
import org.corridoratlas.http.QueryParams;

/**
 * One request for a layer's items, parsed once before any work: the format, the domain query (bbox, datetime,
 * property filters, CQL2 filter, offset, limit) and the parameters its links repeat as given. Every fault is a
 * {@link BadParameter} naming the parameter. The page's canonical URL and its paging links are built from it.
 */
record ItemsRequest(Layer layer, Format format, ItemsQuery query, Map<String, String> repeated) {
  /** The formats items are offered in, GeoJSON the default. */
  static final Set<Format> FORMATS = EnumSet.of(Format.GEOJSON, Format.HTML, Format.CSV, Format.KML);
  private static final Set<String> PARAMS = Set.of("f", "limit", "offset", "bbox", "bbox-crs", "crs",
      "datetime", "filter", "filter-lang", "filter-crs");
  /** Parameters that links repeat as the client wrote them, in this order. */
  private static final List<String> REPEATED = List.of("bbox", "datetime", "filter", "filter-lang", "filter-crs");

  ItemsRequest {
    repeated = Map.copyOf(repeated);
  }

  /** The parameters an items request of this layer takes: the standard ones and the layer's queryables. */
  static Set<String> parameters(Layer layer) {
    Set<String> allowed = new HashSet<>(PARAMS);
    layer.queryables().forEach(q -> allowed.add(q.name()));
    return allowed;
  }

  /** {@code params}: read with {@link #parameters}; {@code accept}: the Accept header (may be null). */
  static ItemsRequest from(QueryParams params, String accept, Layer layer) {
    Format format = Negotiation.choose(params, accept, FORMATS);
    crs(params, "crs");
    crs(params, "bbox-crs");
    Map<String, String> filters = params.others(PARAMS);
    filters.replaceAll((name, value) -> filterValue(layer, name, value));
    ItemsQuery query = new ItemsQuery(params.bbox("bbox").orElse(null), params.datetime("datetime").orElse(null),
        filters, cql2(layer, params),
        params.integer("offset", 0, 0, Integer.MAX_VALUE),
        params.integer("limit", ItemsQuery.DEFAULT_LIMIT, 1, ItemsQuery.MAX_LIMIT));
    Map<String, String> repeated = new LinkedHashMap<>();
    REPEATED.forEach(name -> params.string(name).ifPresent(value -> repeated.put(name, value)));
    return new ItemsRequest(layer, format, query, repeated);
  }

  /** The path of the items, without the public URL. */
  String path() {
    return OgcApi.BASE + "/collections/" + layer.id() + "/items";
  }

  /** The canonical URL of this page (path and query, without f): the key of the page cache. */
  String pageUrl() {
    return path() + query(query.offset());
  }

  /**
   * The canonical query string of a page (without f): bbox, datetime and the CQL2 parameters as given, property
   * filters sorted, limit and offset; {@code offset < 0} leaves offset out (for links that set their own).
   */
  String query(int offset) {
    List<String> parts = new ArrayList<>();
    REPEATED.forEach(name -> {
      String value = repeated.get(name);
      if (value != null) {
        parts.add(name + "=" + enc(value));
      }
    });
    query.sortedFilters().forEach((k, v) -> parts.add(enc(k) + "=" + enc(v)));
    parts.add("limit=" + query.limit());
    if (offset >= 0) {
      parts.add("offset=" + offset);
    }
    return "?" + String.join("&", parts);
  }

  /**
   * The links of a GeoJSON page, absolute from the public URL {@code root}: self, the page in every other offered
   * format, next and previous pages, the collection.
   */
  List<Link> links(String root, FeaturePage page) {
    List<Link> links = new ArrayList<>();
    String here = root + path() + query(query.offset());
    links.add(new Link(here, "self", Format.GEOJSON.mediaType(), "This page"));
    for (Format other : FORMATS) {
      if (other != Format.GEOJSON) {
        links.add(new Link(here + "&f=" + other.key(), "alternate", other.mediaType(), "As " + other.name()));
      }
    }
    if (page.hasNext()) {
      links.add(new Link(root + path() + query(query.offset() + query.limit()), "next",
          Format.GEOJSON.mediaType(), "Next page"));
    }
    if (page.hasPrevious()) {
      links.add(new Link(root + path() + query(Math.max(0, query.offset() - query.limit())), "prev",
          Format.GEOJSON.mediaType(), "Previous page"));
    }
    links.add(new Link(root + OgcApi.BASE + "/collections/" + layer.id(), "collection", Format.JSON.mediaType(),
        "The layer"));
    return links;
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
  static void crs(QueryParams params, String name) {
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

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
