package org.corridoratlas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridoratlas.Atlas;
import org.corridoratlas.config.Limits;
import org.corridoratlas.geodata.Corridor;
import org.corridoratlas.http.AtlasServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Starts the atlas as {@code serve} does, asks it for one answer of each kind a reader gets, and stops. The build
 * runs it once under {@code -XX:ArchiveClassesAtExit}: the classes it loaded become a class-data-sharing archive
 * that a later {@code serve} maps instead of loading and verifying them again (README, "Two commands").
 */
@Command(name = "self-test", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Start the atlas on a free loopback port, request the health, the app, the layers, OGC items, "
        + "a route, an embed and static maps built from the data, print each answer, stop; exit 1 unless every "
        + "answer is 200.")
public final class SelfTestCommand implements Callable<Integer> {
  /**
   * The drain at the stop. Every answer has been read by then, but the server may still be completing the last
   * one; without a wait it would be logged as abandoned.
   */
  private static final Duration ANSWERS_COMPLETE = Duration.ofSeconds(5);

  @Mixin
  DataOption data;

  @Override
  public Integer call() {
    if (data.missing() != null) {
      System.err.println(data.missing());
      return 2;
    }
    AtlasServer.preinitialize();
    record Built(Atlas atlas, AtlasServer server) {}
    Built built;
    try {
      built = Atlas.load(data.dir(), null,
          atlas -> new Built(atlas, new AtlasServer(atlas, Limits.DEFAULT, null, ANSWERS_COMPLETE)));
    } catch (Atlas.InvalidGeoData e) {
      e.problems().forEach(System.err::println);
      System.err.println(e.getMessage());
      return 1;
    }
    AtlasServer server = built.server();
    server.start("127.0.0.1", 0);
    try {
      int failed = 0;
      for (String path : paths(built.atlas())) {
        failed += ask(server.publicUrl() + path) ? 0 : 1;
      }
      System.out.println(failed == 0 ? "self-test passed" : "self-test failed: " + failed + " answer(s) not 200");
      return failed == 0 ? 0 : 1;
    } finally {
      server.stop();
    }
  }

  /** One request of each kind, named from the data itself so that any valid geodata folder can be tested. */
  private static List<String> paths(Atlas atlas) {
    List<String> paths = new ArrayList<>(List.of("/health", "/", "/api/layers", "/api/events"));
    atlas.catalog().layers().stream().max(Comparator.comparingInt(l -> l.features().size())).ifPresent(l -> {
      paths.add("/api/layers/" + l.id());
      paths.add("/ogcapi/collections/" + l.id() + "/items?limit=10000");
    });
    if (!atlas.catalog().corridors().isEmpty()) {
      Corridor corridor = atlas.catalog().corridors().get(0);
      String id = encode(corridor.id());
      paths.add("/embed?corridor=" + id);
      paths.add("/static.png?corridor=" + id);
      paths.add("/static.svg?corridor=" + id);
      List<String> ids = corridor.featureIds();
      paths.add("/api/routes?from=" + encode(ids.get(0)) + "&to=" + encode(ids.get(ids.size() - 1)));
    }
    return paths;
  }

  private static boolean ask(String url) {
    long start = System.nanoTime();
    int status;
    try {
      HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
      status = connection.getResponseCode();
      try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
        if (body != null) {
          body.readAllBytes();
        }
      }
    } catch (IOException e) {
      System.out.println("fail " + url + ": " + e.getMessage());
      return false;
    }
    System.out.printf("%d %6.1f ms  %s%n", status, (System.nanoTime() - start) / 1e6, url);
    return status == 200;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
