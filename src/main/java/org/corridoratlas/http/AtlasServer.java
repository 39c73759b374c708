package org.corridoratlas.http;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.corridoratlas.Atlas;
import org.corridoratlas.catalog.Layer;
import org.corridoratlas.config.Limits;
import org.corridoratlas.format.GeoJsonWriter;
import org.corridoratlas.http.api.AtlasApi;
import org.corridoratlas.http.api.RoutingApi;
import org.corridoratlas.http.embed.EmbedHandlers;
import org.corridoratlas.http.ogcapi.ItemsHandler;
import org.corridoratlas.http.ogcapi.OgcApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** All Javalin wiring: route groups, static files, compression, logging, errors. Handlers stay thin. */
public final class AtlasServer {
  private static final Logger ACCESS = LoggerFactory.getLogger("access");
  private static final Map<String, String> CORS = Map.of("Access-Control-Allow-Origin", "*",
      "Access-Control-Expose-Headers", "ETag, Link");

  private final Atlas atlas;
  private final Instant started = Instant.now();
  private final Limits limits;
  private final TimeLimit analysisLimit;
  private final RenderQueue renders;
  private final Javalin app;
  /** The scheme, host and port of every absolute link: configured, or the address listened on once started. */
  private volatile String publicUrl;

  public AtlasServer(Atlas atlas) {
    this(atlas, Limits.DEFAULT, null);
  }

  /** {@code analysisLimit}: the wall-clock time a route or analysis request may take. */
  public AtlasServer(Atlas atlas, Duration analysisLimit) {
    this(atlas, Limits.DEFAULT.withAnalysisTime(analysisLimit), null);
  }

  /** {@code publicUrl}: the base of absolute links (scheme://host[:port], no path), or null for the listened address. */
  public AtlasServer(Atlas atlas, Limits limits, String publicUrl) {
    this.atlas = atlas;
    this.limits = limits;
    this.publicUrl = publicUrl;
    this.analysisLimit = new TimeLimit(limits.analysisTime());
    this.renders = new RenderQueue(limits);
    this.app = Javalin.create(this::configure);
  }

  private void configure(JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    config.http.compressionStrategy = CompressionStrategy.GZIP;
    config.http.maxRequestSize = limits.routeBodyBytes();
    config.staticFiles.enableWebjars();
    config.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = "/web";
      files.location = Location.CLASSPATH;
    });
    config.requestLogger.http((ctx, ms) -> ACCESS.info("{} {} {} {} {}ms", ctx.ip(), ctx.method(), ctx.path(),
        ctx.status().getCode(), Math.round(ms)));
    config.http.prefer405over404 = true;
    GeoJsonWriter geojson = new GeoJsonWriter(atlas.catalog().allFeatures());
    ItemsHandler items = new ItemsHandler(atlas.catalog(), geojson, started);
    Map<String, String> itemsHeaders = new LinkedHashMap<>(EmbedHandlers.framingHeaders("/ogcapi"));
    itemsHeaders.putAll(CORS);
    config.jetty.modifyServer(server -> {
      server.setErrorHandler(new JettyErrors());
      // Javalin puts its servlet context inside a handler set here: the fast path sees requests first.
      server.setHandler(new RequestGate(limits, renders, items.fastPath(itemsHeaders)));
    });
    config.jetty.modifyHttpConfiguration(http -> {
      http.setSendServerVersion(false);
      http.setSendXPoweredBy(false);
    });
    Problems.register(config);
    config.routes.before(this::beforeEach);
    new EmbedHandlers(atlas.catalog(), atlas.router(), renders).register(config);
    config.routes.get("/health", this::health);
    new OgcApi(atlas.catalog(), items).register(config);
    new AtlasApi(atlas.catalog(), geojson, corridor -> Optional.of(atlas.profile(corridor))).register(config);
    new RoutingApi(atlas, analysisLimit).register(config.routes);
  }

  /**
   * Before every request, as one handler (Javalin matches each before-handler's path on every request): who
   * may frame the answer; CORS on the read-only data, for any page or GIS client wherever it is served from;
   * then the query's encoding, so that even that 400 carries the headers.
   */
  private void beforeEach(Context ctx) {
    PublicUrl.set(ctx, publicUrl);
    String path = ctx.path();
    EmbedHandlers.framingHeaders(path).forEach(ctx::header);
    if (path.startsWith("/api/") || path.equals("/ogcapi") || path.startsWith("/ogcapi/")) {
      CORS.forEach(ctx::header);
    }
    QueryParams.requireValidEncoding(ctx.queryString());
  }

  /** GET /health: liveness plus what was loaded. */
  private void health(Context ctx) {
    Map<String, Integer> layers = new LinkedHashMap<>();
    for (Layer layer : atlas.catalog().layers()) {
      layers.put(layer.id(), layer.features().size());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("layers", layers);
    body.put("network", Map.of("nodes", atlas.network().nodes().size(), "edges", atlas.network().edges().size()));
    body.put("dataVersion", atlas.catalog().dataVersion());
    body.put("uptimeSeconds", Duration.between(started, Instant.now()).toSeconds());
    ctx.json(body);
  }

  public Javalin app() {
    return app;
  }

  public void start(String host, int port) {
    app.start(host, port);
    if (publicUrl == null) {
      // A wildcard address is no place to link to; an operator serving others sets --public-url.
      String linkHost = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
      publicUrl = "http://" + (linkHost.contains(":") ? "[" + linkHost + "]" : linkHost) + ":" + port();
    }
  }

  /** The base of absolute links in answers. */
  public String publicUrl() {
    return publicUrl;
  }

  public int port() {
    return app.port();
  }

  public void stop() {
    app.stop();
    analysisLimit.stop();
  }

  /** Blocks until the server stops (SIGTERM runs the graceful-stop hook). */
  public void join() {
    try {
      app.jettyServer().server().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
