package org.corridoratlas.http;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.staticfiles.JavalinStaticResourceHandler;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.Endpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.corridoratlas.Atlas;
import org.corridoratlas.catalog.Layer;
import org.corridoratlas.config.Limits;
import org.corridoratlas.http.embed.EmbedHandlers;
import org.corridoratlas.http.ogcapi.ItemsHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All Javalin wiring: route groups, static files, compression, logging, errors. Handlers stay thin.
 *
 * <p>The data-dependent handlers live in a {@link Site}; {@link #reload} builds a new one beside the running one
 * and swaps it in with one write, so a request finishes on the data it started on. {@code /health} is liveness,
 * {@code /health/ready} is 503 while reloading or stopping. {@link #stop} turns not-ready, stops accepting,
 * lets the requests in flight finish within the drain time, then logs and cancels those left and closes.
 */
public final class AtlasServer {
  private static final Logger ACCESS = LoggerFactory.getLogger("access");
  private static final Logger RELOAD = LoggerFactory.getLogger("reload");
  /** The data version a page started with can be compared with every later answer (web/api.js does). */
  public static final String DATA_VERSION_HEADER = "X-Data-Version";
  private static final Map<String, String> CORS = Map.of("Access-Control-Allow-Origin", "*",
      "Access-Control-Expose-Headers", "ETag, Link, " + DATA_VERSION_HEADER);
  private static final String SITE = "atlas.site";
  public static final Duration DEFAULT_DRAIN = Duration.ofSeconds(10);

  /** What a balancer should do with this replica. */
  public enum State { READY, RELOADING, STOPPING }

  /** The last reload that failed: when, and every problem it found; the old data stays served. */
  public record FailedReload(Instant at, List<String> problems) {}

  private final Instant started = Instant.now();
  private final Limits limits;
  private final TimeLimit analysisLimit;
  private final Duration drain;
  private final AtomicReference<Site> site = new AtomicReference<>();
  private final Consumer<RoutesConfig> extraRoutes;
  private volatile State state = State.READY;
  private volatile FailedReload failedReload;
  private InFlight inFlight;
  private final RenderQueue renders;
  private final Javalin app;
  /** The scheme, host and port of every absolute link: configured, or the address listened on once started. */
  private volatile String publicUrl;

  public AtlasServer(Atlas atlas) {
    this(atlas, Limits.DEFAULT, null);
  }

  /** {@code analysisLimit}: the wall-clock time a route or analysis request may take. */
  public AtlasServer(Atlas atlas, Duration analysisLimit) {
    this(atlas, analysisLimit, DEFAULT_DRAIN);
  }

  /** {@code drain}: how long a stop waits for the requests in flight before it cancels them. */
  public AtlasServer(Atlas atlas, Duration analysisLimit, Duration drain) {
    this(atlas, Limits.DEFAULT.withAnalysisTime(analysisLimit), null, drain, routes -> {});
  }

  /** {@code publicUrl}: the base of absolute links (scheme://host[:port], no path), or null for the listened address. */
  public AtlasServer(Atlas atlas, Limits limits, String publicUrl) {
    this(atlas, limits, publicUrl, DEFAULT_DRAIN, routes -> {});
  }

  /** {@code extraRoutes}: routes a test adds (a request that waits for its signal, to stop while it runs). */
  AtlasServer(Atlas atlas, Duration analysisLimit, Duration drain, Consumer<RoutesConfig> extraRoutes) {
    this(atlas, Limits.DEFAULT.withAnalysisTime(analysisLimit), null, drain, extraRoutes);
  }

  public AtlasServer(Atlas atlas, Limits limits, String publicUrl, Duration drain) {
    this(atlas, limits, publicUrl, drain, routes -> {});
  }

  private AtlasServer(Atlas atlas, Limits limits, String publicUrl, Duration drain,
      Consumer<RoutesConfig> extraRoutes) {
    // ImageIO's file cache registers a shutdown hook per stream: a picture drawn during the drain would fail.
    ImageIO.setUseCache(false);
    this.limits = limits;
    this.publicUrl = publicUrl;
    this.analysisLimit = new TimeLimit(limits.analysisTime());
    this.renders = new RenderQueue(limits);
    this.drain = drain;
    this.extraRoutes = extraRoutes;
    this.site.set(new Site(atlas, this.analysisLimit, renders));
    this.app = Javalin.create(this::configure);
  }

  private void configure(JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    config.http.compressionStrategy = CompressionStrategy.GZIP;
    config.http.maxRequestSize = limits.routeBodyBytes();
    // Javalin's own handler reads classpath files by URL; Jetty's (the default) mounts the whole jar as a zip file
    // system first, a fifth of a second of start-up for two folders of small files.
    config.resourceHandler(new JavalinStaticResourceHandler());
    // Webjar URLs carry their version, and the pages load our own files under /v/{digest}/: both immutable.
    config.staticFiles.add(files -> {
      files.hostedPath = "/webjars";
      files.directory = "META-INF/resources/webjars";
      files.location = Location.CLASSPATH;
      files.headers = Map.of("Cache-Control", WebAssets.IMMUTABLE);
    });
    config.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = "/web";
      files.location = Location.CLASSPATH;
    });
    config.requestLogger.http((ctx, ms) -> ACCESS.info("{} {} {} {} {}ms", ctx.ip(), ctx.method(), ctx.path(),
        ctx.status().getCode(), Math.round(ms)));
    config.http.prefer405over404 = true;
    Map<String, String> itemsHeaders = new LinkedHashMap<>(EmbedHandlers.framingHeaders("/ogcapi"));
    itemsHeaders.putAll(CORS);
    Supplier<ItemsHandler> items = () -> site.get().items();
    config.jetty.modifyServer(server -> {
      server.setErrorHandler(new JettyErrors());
      // Javalin puts its servlet context inside the handlers set here: first the count of requests in flight that
      // a stop drains, then the gate (bounded bodies, HEAD, nosniff, render admission), then the items fast path.
      inFlight = new InFlight(new RequestGate(limits, renders, ItemsHandler.fastPath(items, itemsHeaders)));
      server.setHandler(inFlight);
    });
    config.jetty.modifyHttpConfiguration(http -> {
      http.setSendServerVersion(false);
      http.setSendXPoweredBy(false);
    });
    Problems.register(config);
    config.routes.before(this::beforeEach);
    config.routes.get("/health", this::health);
    config.routes.get("/health/ready", this::ready);
    config.routes.get(WebAssets.PATH, WebAssets::serve);
    for (Endpoint e : site.get().endpoints()) {
      config.routes.addEndpoint(new Endpoint(e.method, e.path, dispatch(e.method, e.path)));
    }
    extraRoutes.accept(config.routes);
  }

  /**
   * A route's handler on the site the request started with. A GET whose handler sets no validators of its own
   * gets them here: its answer depends only on the data and the URL.
   */
  private static Handler dispatch(HandlerType method, String path) {
    boolean read = method.equals(HandlerType.GET) || method.equals(HandlerType.HEAD);
    return ctx -> {
      Site current = ctx.attribute(SITE);
      Handler handler = current.handler(method, path);
      if (handler == null) {
        throw new NotFoundResponse();
      }
      if (read && Caching.notModifiedByUrl(ctx, current.dataVersion())) {
        return;
      }
      handler.handle(ctx);
      if (read) {
        Caching.markByUrl(ctx, current.dataVersion());
      }
    };
  }

  /**
   * Before every request, as one handler (Javalin matches each before-handler's path on every request): the
   * site (data) it will be answered from; who may frame the answer; CORS on the read-only data, for any page
   * or GIS client wherever it is served from; then the query's encoding, so that even that 400 carries the
   * headers.
   */
  private void beforeEach(Context ctx) {
    Site current = site.get();
    ctx.attribute(SITE, current);
    ctx.header(DATA_VERSION_HEADER, current.dataVersion());
    PublicUrl.set(ctx, publicUrl);
    String path = ctx.path();
    EmbedHandlers.framingHeaders(path).forEach(ctx::header);
    if (path.startsWith("/api/") || path.equals("/ogcapi") || path.startsWith("/ogcapi/")) {
      CORS.forEach(ctx::header);
    }
    QueryParams.requireValidEncoding(ctx.queryString());
  }

  /** GET /health: liveness plus what is served (this process's own state: never cached). */
  private void health(Context ctx) {
    Atlas atlas = ctx.<Site>attribute(SITE).atlas();
    Map<String, Integer> layers = new LinkedHashMap<>();
    for (Layer layer : atlas.catalog().layers()) {
      layers.put(layer.id(), layer.features().size());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("ready", state == State.READY);
    body.put("state", state.name().toLowerCase(Locale.ROOT));
    body.put("dataVersion", atlas.catalog().dataVersion());
    body.put("layers", layers);
    body.put("network", Map.of("nodes", atlas.network().nodes().size(), "edges", atlas.network().edges().size()));
    body.put("uptimeSeconds", Duration.between(started, Instant.now()).toSeconds());
    FailedReload failed = failedReload;
    if (failed != null) {
      Map<String, Object> attempt = new LinkedHashMap<>();
      attempt.put("at", failed.at().toString());
      attempt.put("problems", failed.problems().size());
      attempt.put("firstProblems", failed.problems().subList(0, Math.min(20, failed.problems().size())));
      body.put("failedReload", attempt);
    }
    ctx.header("Cache-Control", "no-store");
    ctx.json(body);
  }

  /** GET /health/ready: 200 when a balancer may send requests here, else 503 (reloading or stopping). */
  private void ready(Context ctx) {
    State now = state;
    ctx.header("Cache-Control", "no-store");
    ctx.status(now == State.READY ? 200 : 503);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ready", now == State.READY);
    body.put("state", now.name().toLowerCase(Locale.ROOT));
    body.put("dataVersion", ctx.<Site>attribute(SITE).dataVersion());
    ctx.json(body);
  }

  public Javalin app() {
    return app;
  }

  /**
   * Initializes the HTTP server's classes that owe nothing to the data on a thread of their own, while the data
   * loads: constructing Jetty's server (not started, then dropped) reaches for the JMX platform server and the MIME
   * tables, a quarter of the main thread's start-up when it waited for them in {@link #start}.
   */
  public static void preinitialize() {
    Thread thread = new Thread(org.eclipse.jetty.server.Server::new, "preinitialize-http");
    thread.setDaemon(true);
    thread.start();
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

  public State state() {
    return state;
  }

  /** The data version served now. */
  public String dataVersion() {
    return site.get().dataVersion();
  }

  public Optional<FailedReload> failedReload() {
    return Optional.ofNullable(failedReload);
  }

  /**
   * Loads new data beside the running one and swaps it in; not ready meanwhile. When loading fails (invalid
   * geodata, an unreadable file), every problem is logged, kept for /health, and the old data stays served.
   * Returns whether the new data is served now.
   */
  public synchronized boolean reload(Supplier<Atlas> load) {
    if (state == State.STOPPING) {
      return false;
    }
    state = State.RELOADING;
    String before = dataVersion();
    try {
      Site next = new Site(load.get(), analysisLimit, renders);
      site.set(next);
      failedReload = null;
      RELOAD.info("reloaded: data version {} (was {})", next.dataVersion(), before);
      return true;
    } catch (Atlas.InvalidGeoData e) {
      List<String> problems = e.problems().stream().map(Object::toString).toList();
      problems.forEach(p -> RELOAD.warn("invalid new data: {}", p));
      failed(e.getMessage(), problems, before);
      return false;
    } catch (RuntimeException e) {
      failed(String.valueOf(e.getMessage()), List.of(String.valueOf(e.getMessage())), before);
      return false;
    } finally {
      if (state == State.RELOADING) {
        state = State.READY;
      }
    }
  }

  private void failed(String message, List<String> problems, String kept) {
    failedReload = new FailedReload(Instant.now(), problems);
    RELOAD.warn("reload refused ({}); still serving data version {}", message, kept);
  }

  /**
   * Graceful stop: not ready first, then no new connections, the requests in flight finish within the drain
   * time (those still running after it are logged and cancelled), then the server closes.
   */
  public void stop() {
    state = State.STOPPING;
    if (inFlight != null && app.jettyServer().server().isStarted()) {
      inFlight.drain(app.jettyServer().server(), drain);
    }
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
