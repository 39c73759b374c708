package org.corridoratlas.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.catalog.UnknownId;
import org.corridoratlas.config.BadParameter;
import org.corridoratlas.config.Limits;
import org.corridoratlas.catalog.search.SearchIndex;
import org.corridoratlas.format.Features;
import org.corridoratlas.format.Format;
import org.corridoratlas.format.GeoJsonWriter;
import org.corridoratlas.geodata.Corridor;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.GeoDataLoader;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.geodata.PartialDate;
import org.corridoratlas.http.Caching;
import org.corridoratlas.http.PublicUrl;
import org.corridoratlas.http.QueryParams;
import org.corridoratlas.render.MapStyle;

/** The atlas's own read-only JSON API: search, corridors, trade, events and the basemap. */
public final class AtlasApi {
  private static final String JSON = Format.JSON.mediaType();

  private final Catalog catalog;
  private final GeoJsonWriter geojson;
  private final CorridorProfiles profiles;
  private final MapLayers mapLayers = new MapLayers();

  public AtlasApi(Catalog catalog, GeoJsonWriter geojson, CorridorProfiles profiles) {
    this.catalog = catalog;
    this.geojson = geojson;
    this.profiles = profiles;
  }

  public void register(JavalinConfig config) {
    get(config, "/api/search", this::search);
    get(config, "/api/corridors", this::corridors);
    get(config, "/api/corridors/{corridorId}", this::corridor);
    get(config, "/api/trade", this::trade);
    get(config, "/api/events", this::events);
    get(config, "/api/basemap/{name}", this::basemap);
    get(config, "/api/layers", this::layers);
    get(config, "/api/layers/{layerId}", this::layerFeatures);
  }

  private static void get(JavalinConfig config, String path, Handler handler) {
    config.routes.get(path, handler);
    config.routes.head(path, handler);
  }

  /** GET /api/search?q=&limit= */
  void search(Context ctx) throws IOException {
    QueryParams params = QueryParams.of(ctx, Set.of("q", "limit"));
    String q = params.string("q").orElseThrow(() -> new BadParameter("q", "required: the text to look for"));
    if (q.length() > SearchIndex.MAX_QUERY_LENGTH) {
      throw new BadParameter("q", "longer than " + SearchIndex.MAX_QUERY_LENGTH + " characters");
    }
    int limit = params.integer("limit", 10, 1, 50);
    if (Caching.notModified(ctx, catalog.dataVersion(), "search")) {
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", q);
    body.put("results", catalog.search().search(q, limit));
    json(ctx, body);
  }

  /** GET /api/corridors */
  void corridors(Context ctx) throws IOException {
    QueryParams.of(ctx, Set.of());
    if (Caching.notModified(ctx, catalog.dataVersion(), "corridors")) {
      return;
    }
    json(ctx, Map.of("corridors", catalog.corridors().stream().map(AtlasApi::summary).toList()));
  }

  /** GET /api/corridors/{corridorId}: its features in order, with trade series and profile. */
  void corridor(Context ctx) throws IOException {
    Corridor corridor = catalog.getCorridor(ctx.pathParam("corridorId"));
    QueryParams.of(ctx, Set.of());
    if (Caching.notModified(ctx, catalog.dataVersion(), "corridor")) {
      return;
    }
    List<Feature> features = corridor.featureIds().stream().map(catalog::findFeature)
        .flatMap(java.util.Optional::stream).toList();
    Map<String, Object> about = new LinkedHashMap<>(summary(corridor));
    ArrayNode trade = Json.MAPPER.createArrayNode();
    for (JsonNode series : catalog.data().trade().path("series")) {
      if (corridor.tradeSeries().contains(series.path("id").asText())) {
        trade.add(series);
      }
    }
    about.put("trade", trade);
    about.put("profile", profiles.profile(corridor).orElse(null));
    writeFeatures(ctx, features, Map.of("corridor", about));
  }

  /** GET /api/trade: trade.json as curated. */
  void trade(Context ctx) throws IOException {
    QueryParams.of(ctx, Set.of());
    if (Caching.notModified(ctx, catalog.dataVersion(), "trade")) {
      return;
    }
    json(ctx, catalog.data().trade().isMissingNode() ? Map.of("series", List.of()) : catalog.data().trade());
  }

  /** GET /api/events?from=&to=&limit=&offset= : events whose date lies in the range, by date, a page at a time. */
  void events(Context ctx) throws IOException {
    QueryParams params = QueryParams.of(ctx, Set.of("from", "to", "limit", "offset"));
    int max = Limits.DEFAULT.eventsPage();
    int limit = params.integer("limit", max, 1, max);
    int offset = params.integer("offset", 0, 0, Integer.MAX_VALUE);
    LocalDate from = params.date("from").orElse(LocalDate.MIN);
    LocalDate to = params.date("to").orElse(LocalDate.MAX);
    if (to.isBefore(from)) {
      throw new BadParameter("to", "is before from");
    }
    if (Caching.notModified(ctx, catalog.dataVersion(), "events")) {
      return;
    }
    List<Feature> events = catalog.layer(LayerKind.EVENTS).features().stream()
        .filter(e -> eventDate(e) != null && !eventDate(e).isBefore(from) && !eventDate(e).isAfter(to))
        .sorted(Comparator.comparing(AtlasApi::eventDate).thenComparing(Feature::id))
        .toList();
    List<Feature> page = events.subList(Math.min(offset, events.size()),
        (int) Math.min(events.size(), (long) offset + limit));
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("numberMatched", events.size());
    members.put("numberReturned", page.size());
    members.put("links", pageLinks(ctx, params, limit, offset, events.size()));
    writeFeatures(ctx, page, members);
  }

  private record PageLink(String href, String rel, String type) {}

  /** self, and next and prev where there are such pages, as the OGC items pages link them. */
  private static List<PageLink> pageLinks(Context ctx, QueryParams params, int limit, int offset,
      int matched) {
    StringBuilder fixed = new StringBuilder(PublicUrl.of(ctx)).append("/api/events?");
    for (String name : List.of("from", "to")) {
      params.string(name).ifPresent(v -> fixed.append(name).append('=')
          .append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
    }
    fixed.append("limit=").append(limit).append("&offset=");
    List<PageLink> links = new ArrayList<>();
    links.add(new PageLink(fixed.toString() + offset, "self", Format.GEOJSON.mediaType()));
    if ((long) offset + limit < matched) {
      links.add(new PageLink(fixed.toString() + (offset + limit), "next", Format.GEOJSON.mediaType()));
    }
    if (offset > 0) {
      links.add(new PageLink(fixed.toString() + Math.max(0, offset - limit), "prev", Format.GEOJSON.mediaType()));
    }
    return links;
  }

  private static LocalDate eventDate(Feature event) {
    return event.text("date").flatMap(PartialDate::firstDay).orElse(null);
  }

  /** GET /api/layers: the layer registry in its order and the style table, what every map builds from. */
  void layers(Context ctx) throws IOException {
    QueryParams.of(ctx, Set.of());
    if (Caching.notModified(ctx, catalog.dataVersion(), "layers")) {
      return;
    }
    List<Map<String, Object>> layers = new ArrayList<>();
    for (LayerKind kind : LayerKind.values()) {
      Map<String, Object> layer = new LinkedHashMap<>();
      layer.put("id", kind.id());
      layer.put("title", kind.title());
      layer.put("idPrefix", kind.idPrefix());
      layer.put("family", kind.family().wireName());
      layer.put("geometryTypes", kind.geometryTypes().stream().sorted().toList());
      layer.put("drawOrder", kind.drawOrder());
      layer.put("labelPriority", kind.labelPriority());
      layer.put("defaultVisible", kind.defaultVisible());
      layer.put("dateProperty", kind.dateProperty().orElse(null));
      layers.add(layer);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("layers", layers);
    body.put("styles", MapStyle.TABLE);
    json(ctx, body);
  }

  /** GET /api/layers/{id}: every feature of a layer with what maps draw (see {@link MapLayers}). */
  void layerFeatures(Context ctx) throws IOException {
    var layer = catalog.getLayer(ctx.pathParam("layerId"));
    QueryParams.of(ctx, Set.of());
    if (Caching.notModified(ctx, catalog.dataVersion(), "layer-map")) {
      return;
    }
    ctx.contentType(Format.GEOJSON.contentType());
    ctx.result(mapLayers.of(layer));
  }

  /** GET /api/basemap/{name}: the Natural Earth geometry and the reference layers (places, rivers, lakes, admin1, seas). */
  void basemap(Context ctx) throws IOException {
    String name = ctx.pathParam("name");
    JsonNode layer = catalog.data().basemap().get(name);
    if (layer == null) {
      throw new UnknownId("basemap layer", name, List.of(GeoDataLoader.BASEMAP));
    }
    QueryParams.of(ctx, Set.of());
    if (Caching.notModified(ctx, catalog.dataVersion(), "basemap")) {
      return;
    }
    ctx.contentType(Format.GEOJSON.mediaType());
    ctx.result(Json.MAPPER.writeValueAsBytes(layer));
  }

  private static Map<String, Object> summary(Corridor c) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", c.id());
    s.put("name", c.name());
    s.put("names", c.names());
    s.put("description", c.description());
    s.put("featureIds", c.featureIds());
    return s;
  }

  private void writeFeatures(Context ctx, List<Feature> features, Map<String, Object> members) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    geojson.write(new Features("", features, members, List.of()), out);
    ctx.contentType(Format.GEOJSON.mediaType());
    ctx.result(out.toByteArray());
  }

  private static void json(Context ctx, Object body) throws IOException {
    ctx.contentType(JSON);
    ctx.result(Json.MAPPER.writeValueAsBytes(body));
  }
}
