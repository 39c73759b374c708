package org.corridoratlas;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.corridoratlas.analysis.CorridorProfile;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.config.CostModel;
import org.corridoratlas.geodata.Corridor;
import org.corridoratlas.geodata.DataProblem;
import org.corridoratlas.geodata.GeoDataLoader;
import org.corridoratlas.geodata.validate.GeoDataValidator;
import org.corridoratlas.network.Network;
import org.corridoratlas.network.NetworkBuilder;
import org.corridoratlas.routing.HierarchyStore;
import org.corridoratlas.routing.NetworkRouter;
import org.corridoratlas.routing.Router;

/**
 * The loaded atlas: validated geodata and everything built from it once at start-up: the catalog, the network
 * and the router over it ({@code routingLoadedFromStore}: its prepared hierarchies came from a cache folder).
 */
public record Atlas(Catalog catalog, Router router, boolean routingLoadedFromStore) {

  /** Builds the network and prepares the router from the catalog and its cost model. */
  public Atlas(Catalog catalog) {
    this(catalog, (Path) null);
  }

  /**
   * As {@link #Atlas(Catalog)}; with a {@code cacheDir}, the router's prepared hierarchies are loaded from there
   * when a process already prepared them for this very network and engine, else prepared and stored there.
   */
  public Atlas(Catalog catalog, Path cacheDir) {
    this(catalog, router(catalog, cacheDir));
  }

  private Atlas(Catalog catalog, NetworkRouter router) {
    this(catalog, router, router.loadedFromStore());
  }

  private static NetworkRouter router(Catalog catalog, Path cacheDir) {
    Network network = NetworkBuilder.build(catalog, new CostModel(catalog.data().costModel()));
    return cacheDir == null ? new NetworkRouter(network, catalog) : HierarchyStore.router(network, catalog, cacheDir);
  }

  public Network network() {
    return router.network();
  }

  /** The profile of a named corridor: lengths by country, mode and gauge, crossings, gauge breaks, time. */
  public CorridorProfile profile(Corridor corridor) {
    return CorridorProfile.of(corridor, catalog, router);
  }

  /** Every problem of the geodata folder; empty when it is fit to serve. */
  public static List<DataProblem> check(Path dataDir) {
    return problems(GeoDataLoader.load(dataDir));
  }

  /** Loads, validates and indexes; refuses geodata with any problem. */
  public static Atlas load(Path dataDir) {
    return load(dataDir, null);
  }

  /** As {@link #load(Path)}, keeping prepared routing hierarchies in {@code cacheDir} when it is not null. */
  public static Atlas load(Path dataDir, Path cacheDir) {
    return load(dataDir, cacheDir, atlas -> atlas);
  }

  /**
   * As {@link #load(Path, Path)}, then {@code then} on the atlas (what a server builds on it), returned only when
   * the data is valid. Validation and building read the same immutable data, so they run side by side on two cores:
   * the build is thrown away when the validator finds a problem, and any failure of a build on invalid data gives
   * way to the validator's list, which names file, feature and field.
   */
  public static <T> T load(Path dataDir, Path cacheDir, Function<Atlas, T> then) {
    GeoDataLoader.Result result = GeoDataLoader.load(dataDir);
    if (!result.problems().isEmpty()) {
      throw new InvalidGeoData(dataDir, problems(result));
    }
    CompletableFuture<List<DataProblem>> validation = new CompletableFuture<>();
    Thread validator = new Thread(() -> {
      try {
        validation.complete(problems(result));
      } catch (Throwable e) {
        validation.completeExceptionally(e);
      }
    }, "validate");
    validator.setDaemon(true);
    validator.start();
    T built = null;
    RuntimeException buildFailure = null;
    try {
      built = then.apply(new Atlas(new Catalog(result.data()), cacheDir));
    } catch (RuntimeException e) {
      buildFailure = e;
    }
    List<DataProblem> problems;
    try {
      problems = validation.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
    if (!problems.isEmpty()) {
      throw new InvalidGeoData(dataDir, problems);
    }
    if (buildFailure != null) {
      throw buildFailure;
    }
    return built;
  }

  /**
   * What the loader found, then what the validator finds. A file that is missing or not JSON is the first cause of
   * everything the validator would say about the data it lacks, so then only the loader's problems are told.
   */
  private static List<DataProblem> problems(GeoDataLoader.Result result) {
    List<DataProblem> problems = new ArrayList<>(result.problems());
    if (problems.stream().anyMatch(p -> p.featureId().equals("-") && p.field().equals("-"))) {
      return problems;
    }
    problems.addAll(GeoDataValidator.validate(result.data()).stream().sorted().toList());
    return problems;
  }

  /** Thrown by {@link #load} with every problem found. */
  public static final class InvalidGeoData extends RuntimeException {
    private final transient List<DataProblem> problems;

    public InvalidGeoData(Path dir, List<DataProblem> problems) {
      super(problems.size() + " problem(s) in the geodata at " + dir);
      this.problems = problems;
    }

    public List<DataProblem> problems() {
      return problems;
    }
  }
}
