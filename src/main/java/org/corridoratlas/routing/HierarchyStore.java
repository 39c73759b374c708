package org.corridoratlas.routing;

import com.graphhopper.util.Constants;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.network.Edge;
import org.corridoratlas.network.Network;
import org.corridoratlas.network.Node;

/**
 * A folder of prepared routing hierarchies shared by replicas and restarts ({@code serve --cache DIR}). Each
 * network gets its own subfolder named by a digest of everything a hierarchy depends on: every node and edge
 * (with its lengths and times, hence the cost model), the GraphHopper version and the bytes of the engine's own
 * classes, so that a changed network, cost model or engine (its weight scaling, say) never loads a stale one.
 * A subfolder is written under a temporary name and renamed when complete, so replicas that start together
 * never read one half written: the first to finish keeps its copy, the others drop theirs.
 */
public final class HierarchyStore {
  /** The classes whose code decides what a prepared hierarchy holds. */
  private static final Class<?>[] ENGINE = {ShortestPathEngine.class, EdgeCosts.class, NetworkRouter.class,
      Closures.class};

  private HierarchyStore() {}

  /** A router for this network that loads its hierarchies from {@code cacheDir}, or prepares and stores them. */
  public static NetworkRouter router(Network network, Catalog catalog, Path cacheDir) {
    Path keyed = cacheDir.resolve(key(network));
    if (Files.isDirectory(keyed)) {
      return new NetworkRouter(network, catalog, EnumSet.allOf(Optimize.class), keyed);
    }
    Path partial = cacheDir.resolve(".partial-" + UUID.randomUUID());
    try {
      Files.createDirectories(partial);
      NetworkRouter router = new NetworkRouter(network, catalog, EnumSet.allOf(Optimize.class), partial);
      try {
        Files.move(partial, keyed, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherReplicaWasFirst) {
        deleteTree(partial);
      }
      return router;
    } catch (IOException e) {
      throw new UncheckedIOException("routing cache " + cacheDir, e);
    }
  }

  /** The subfolder name of a network's hierarchies. */
  static String key(Network network) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(("graphhopper " + Constants.VERSION + "\n").getBytes(StandardCharsets.UTF_8));
      for (Class<?> c : ENGINE) {
        try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
          digest.update(in.readAllBytes());
        }
      }
      for (Node node : network.nodes()) {
        digest.update((node + "\n").getBytes(StandardCharsets.UTF_8));
      }
      for (Edge edge : network.edges()) {
        digest.update((edge + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return "ch-" + HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
