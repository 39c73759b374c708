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
import org.corridoratlas.Atlas;
import org.corridoratlas.catalog.Layer;
import org.corridoratlas.http.embed.EmbedHandlers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** All Javalin wiring: route groups, static files, compression, logging, errors. Handlers stay thin. */
public final class AtlasServer {
  private static final Logger ACCESS = LoggerFactory.getLogger("access");

  private final Atlas atlas;
  private final Instant started = Instant.now();
  private final Javalin app;

  public AtlasServer(Atlas atlas) {
    this.atlas = atlas;
    this.app = Javalin.create(this::configure);
  }

  private void configure(JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    config.http.compressionStrategy = CompressionStrategy.GZIP;
    config.http.maxRequestSize = 1_000_000;
    config.staticFiles.enableWebjars();
    config.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = "/web";
      files.location = Location.CLASSPATH;
    });
    config.requestLogger.http((ctx, ms) -> ACCESS.info("{} {} {} {} {}ms", ctx.ip(), ctx.method(), ctx.path(),
        ctx.status().getCode(), Math.round(ms)));
    Problems.register(config);
    new EmbedHandlers(atlas.catalog()).register(config);
    config.routes.get("/health", this::health);
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
    body.put("network", Map.of("nodes", 0, "edges", 0));
    body.put("dataVersion", atlas.catalog().dataVersion());
    body.put("uptimeSeconds", Duration.between(started, Instant.now()).toSeconds());
    ctx.json(body);
  }

  public Javalin app() {
    return app;
  }

  public void start(String host, int port) {
    app.start(host, port);
  }

  public int port() {
    return app.port();
  }

  public void stop() {
    app.stop();
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
