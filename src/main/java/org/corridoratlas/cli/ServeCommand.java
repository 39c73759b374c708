package org.corridoratlas.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.BindException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.corridoratlas.Atlas;
import org.corridoratlas.config.AtlasConfig;
import org.corridoratlas.config.Limits;
import org.corridoratlas.http.AtlasServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Serve the web map, OGC API - Features and the atlas API.")
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--analysis-time-limit", defaultValue = "5", paramLabel = "SECONDS",
      description = "Wall-clock seconds a route, catchment, nearest or within request may take "
          + "before it is answered 503 and cancelled (default: ${DEFAULT-VALUE}, at most 600).")
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

  @Option(names = "--public-url", paramLabel = "URL",
      description = "Scheme, host and port of every absolute link in answers, as clients reach the atlas, e.g. "
          + "https://atlas.example.org (default: the address it listens on). The Host header is never used.")
  String publicUrl;

  @Mixin
  DataOption data;

  @Override
  public Integer call() {
    AtlasConfig config;
    String base;
    try {
      config = new AtlasConfig(host, port, data.dir(), seconds(analysisTimeLimit),
          Duration.ofMillis(Math.round(drainSeconds * 1000)), cache, watch);
      requireLocalAddress(host);
      base = publicUrl == null ? null : publicBase(publicUrl);
    } catch (IllegalArgumentException e) {
      return usageError(e.getMessage());
    }
    if (data.missing() != null) {
      return usageError(data.missing());
    }
    AtlasServer.preinitialize();
    record Built(Atlas atlas, AtlasServer server) {}
    Built built;
    try {
      // The server's handlers are built while the data is validated; the port opens only once it passed.
      built = load(config, atlas -> new Built(atlas, new AtlasServer(atlas,
          Limits.DEFAULT.withAnalysisTime(config.analysisTimeLimit()), base, config.drain())));
    } catch (Atlas.InvalidGeoData e) {
      e.problems().forEach(System.err::println);
      System.err.println(e.getMessage() + "; not starting (run `validate` for the same list)");
      return 1;
    }
    Atlas atlas = built.atlas();
    AtlasServer server = built.server();
    try {
      server.start(config.host(), config.port());
    } catch (RuntimeException e) {
      server.stop();
      return usageError("cannot listen on " + displayHost(config.host()) + ":" + config.port() + ": "
          + bindReason(e));
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "graceful-stop"));
    Runnable reload = () -> server.reload(() -> load(config));
    Reloads.onHangup(reload);
    if (config.watch()) {
      Reloads.watch(config.dataDir(), reload);
    }
    System.out.println("Corridor Atlas is serving " + atlas.catalog().allFeatures().size()
        + " features (data version " + atlas.catalog().dataVersion() + cacheNote(config, atlas) + "): open http://"
        + displayHost(config.host()) + ":" + server.port() + "/" + (base == null ? "" : " (links name " + base + ")"));
    server.join();
    return 0;
  }

  private static Atlas load(AtlasConfig config) {
    return load(config, atlas -> atlas);
  }

  private static <T> T load(AtlasConfig config, Function<Atlas, T> then) {
    if (config.cacheDir() != null) {
      try {
        Files.createDirectories(config.cacheDir());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the cache folder " + config.cacheDir(), e);
      }
    }
    return Atlas.load(config.dataDir(), config.cacheDir(), then);
  }

  private static String cacheNote(AtlasConfig config, Atlas atlas) {
    if (config.cacheDir() == null) {
      return "";
    }
    return atlas.routingLoadedFromStore() ? "; routing hierarchies loaded from " + config.cacheDir()
        : "; routing hierarchies prepared and stored in " + config.cacheDir();
  }

  /** A bad option: one line on stderr, exit 2, as picocli does for a malformed one. */
  private static int usageError(String message) {
    System.err.println("serve: " + message);
    return 2;
  }

  static Duration seconds(double value) {
    double max = Limits.MAX_ANALYSIS_TIME.toSeconds();
    if (!(value > 0 && value <= max)) { // also NaN
      throw new IllegalArgumentException("--analysis-time-limit must be above 0 and at most " + (long) max
          + " seconds, not " + value);
    }
    return Duration.ofMillis(Math.max(1, Math.round(value * 1000)));
  }

  /** The host must name an address of this machine (or the wildcard): anything else cannot be listened on. */
  static void requireLocalAddress(String host) {
    InetAddress address;
    try {
      address = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("--host " + host + " is not a known host name or address");
    }
    try {
      if (!address.isAnyLocalAddress() && !address.isLoopbackAddress()
          && NetworkInterface.getByInetAddress(address) == null) {
        throw new IllegalArgumentException("--host " + host + " is not an address of this machine");
      }
    } catch (SocketException e) {
      throw new IllegalArgumentException("--host " + host + ": " + e.getMessage());
    }
  }

  /** scheme://host[:port] of an absolute http(s) URL without query or fragment; a trailing slash is dropped. */
  static String publicBase(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("--public-url is not a URL: " + url);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawQuery() != null
        || uri.getRawFragment() != null || uri.getRawUserInfo() != null || !(path.isEmpty() || path.equals("/"))) {
      throw new IllegalArgumentException("--public-url must be http(s)://host[:port] without path, query or user, "
          + "not " + url);
    }
    return scheme + "://" + uri.getRawAuthority();
  }

  private static String bindReason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return t.getMessage();
      }
    }
    return e.getMessage();
  }

  private static String displayHost(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }
}
