package org.corridoratlas.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.corridoratlas.Atlas;
import org.corridoratlas.config.AtlasConfig;
import org.corridoratlas.http.AtlasServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Serve the web map, OGC API - Features and the atlas API.")
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--analysis-time-limit", defaultValue = "5", paramLabel = "SECONDS",
      description = "Wall-clock seconds a catchment, nearest, within or route-alternatives request may take "
          + "before it is answered 503 (default: ${DEFAULT-VALUE}).")
  double analysisTimeLimit;

  @Option(names = "--drain", defaultValue = "10", paramLabel = "SECONDS",
      description = "On SIGTERM: not ready at once, then at most this long for the requests in flight to finish "
          + "before they are cancelled and the server closes (default: ${DEFAULT-VALUE}).")
  double drainSeconds;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Keep the prepared routing hierarchies here, shared by replicas and restarts (one subfolder "
          + "per network and engine version).")
  Path cache;

  @Option(names = "--watch", description = "Reload the data when a file under --data changes (as SIGHUP does).")
  boolean watch;

  @Mixin
  DataOption data;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    AtlasConfig config;
    try {
      config = new AtlasConfig(host, port, data.dir(), Duration.ofMillis(Math.round(analysisTimeLimit * 1000)),
          Duration.ofMillis(Math.round(drainSeconds * 1000)), cache, watch);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Atlas atlas;
    try {
      atlas = load(config);
    } catch (Atlas.InvalidGeoData e) {
      e.problems().forEach(System.err::println);
      System.err.println(e.getMessage() + "; not starting (run `validate` for the same list)");
      return 1;
    }
    AtlasServer server = new AtlasServer(atlas, config.analysisTimeLimit(), config.drain());
    server.start(config.host(), config.port());
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "graceful-stop"));
    Runnable reload = () -> server.reload(() -> load(config));
    Reloads.onHangup(reload);
    if (config.watch()) {
      Reloads.watch(config.dataDir(), reload);
    }
    System.out.println("Corridor Atlas is serving " + atlas.catalog().allFeatures().size()
        + " features (data version " + atlas.catalog().dataVersion() + cacheNote(config, atlas) + "): open http://"
        + displayHost(config.host()) + ":" + server.port() + "/");
    server.join();
    return 0;
  }

  private static Atlas load(AtlasConfig config) {
    if (config.cacheDir() != null) {
      try {
        Files.createDirectories(config.cacheDir());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the cache folder " + config.cacheDir(), e);
      }
    }
    return Atlas.load(config.dataDir(), config.cacheDir());
  }

  private static String cacheNote(AtlasConfig config, Atlas atlas) {
    if (config.cacheDir() == null) {
      return "";
    }
    return atlas.router().loadedFromStore() ? "; routing hierarchies loaded from " + config.cacheDir()
        : "; routing hierarchies prepared and stored in " + config.cacheDir();
  }

  private static String displayHost(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }
}
