package org.corridoratlas.http;

import io.javalin.config.JavalinConfig;
import io.javalin.config.JavalinState;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corridoratlas.Atlas;
import org.corridoratlas.format.GeoJsonWriter;
import org.corridoratlas.http.api.AtlasApi;
import org.corridoratlas.http.api.RoutingApi;
import org.corridoratlas.http.embed.EmbedHandlers;
import org.corridoratlas.http.ogcapi.ItemsHandler;
import org.corridoratlas.http.ogcapi.OgcApi;

/**
 * Every handler built on one loaded atlas (encoded features, page cache, projected basemap, router). A reload
 * builds a new site beside the running one and the server swaps it in with one reference write; a request keeps
 * the site it started with, so it finishes on the data it began on.
 *
 * <p>The handlers register their routes on a scratch Javalin configuration that is never started; the server
 * registers each route once on its real configuration and dispatches it to the current site's handler.
 */
final class Site {
  private final Atlas atlas;
  private final ItemsHandler items;
  private final Map<String, Handler> handlers = new LinkedHashMap<>();
  private final List<Endpoint> endpoints;

  Site(Atlas atlas, TimeLimit analysisLimit, RenderQueue renders) {
    this.atlas = atlas;
    GeoJsonWriter geojson = new GeoJsonWriter(atlas.catalog().allFeatures());
    this.items = new ItemsHandler(atlas.catalog(), geojson);
    JavalinState scratch = new JavalinState();
    JavalinConfig config = new JavalinConfig(scratch);
    new EmbedHandlers(atlas.catalog(), atlas.router(), renders).register(config);
    new OgcApi(atlas.catalog(), items).register(config);
    new AtlasApi(atlas.catalog(), geojson, corridor -> Optional.of(atlas.profile(corridor))).register(config);
    new RoutingApi(atlas, analysisLimit).register(config.routes);
    this.endpoints = scratch.internalRouter.allHttpHandlers().stream().map(p -> p.endpoint).toList();
    for (Endpoint e : endpoints) {
      handlers.put(key(e.method, e.path), e.handler);
    }
  }

  Atlas atlas() {
    return atlas;
  }

  ItemsHandler items() {
    return items;
  }

  String dataVersion() {
    return atlas.catalog().dataVersion();
  }

  /** The routes of every site (the same code registers them, so they do not change with the data). */
  List<Endpoint> endpoints() {
    return endpoints;
  }

  /** This site's handler of a route, or null when its code did not register it. */
  Handler handler(HandlerType method, String path) {
    return handlers.get(key(method, path));
  }

  private static String key(HandlerType method, String path) {
    return method.name() + " " + path;
  }
}
