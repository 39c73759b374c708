package org.corridoratlas.cli;

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

  @Mixin
  DataOption data;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    AtlasConfig config;
    try {
      config = new AtlasConfig(host, port, data.dir(), Duration.ofMillis(Math.round(analysisTimeLimit * 1000)));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Atlas atlas;
    try {
      atlas = Atlas.load(config.dataDir());
    } catch (Atlas.InvalidGeoData e) {
      e.problems().forEach(System.err::println);
      System.err.println(e.getMessage() + "; not starting (run `validate` for the same list)");
      return 1;
    }
    AtlasServer server = new AtlasServer(atlas, config.analysisTimeLimit());
    server.start(config.host(), config.port());
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "graceful-stop"));
    System.out.println("Corridor Atlas is serving " + atlas.catalog().allFeatures().size()
        + " features: open http://" + displayHost(config.host()) + ":" + server.port() + "/");
    server.join();
    return 0;
  }

  private static String displayHost(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }
}
