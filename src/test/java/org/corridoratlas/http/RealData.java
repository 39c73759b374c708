package org.corridoratlas.http;

import java.nio.file.Path;
import org.corridoratlas.Atlas;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.geodata.GeoDataLoader;

/**
 * The repository's own geodata for HTTP tests. Validation is GeoDataValidatorTest's job; here the data is loaded
 * even with problems so that API tests say something about the API while the data is still being curated.
 */
public final class RealData {
  public static final Path DIR = Path.of("geodata");

  private RealData() {}

  public static Atlas atlas() {
    try {
      return Atlas.load(DIR);
    } catch (Atlas.InvalidGeoData e) {
      System.err.println("RealData: " + e.getMessage() + "; serving it anyway for the API tests");
      return new Atlas(new Catalog(GeoDataLoader.load(DIR).data()));
    }
  }

  /** Serves the repository's data on the given port (default 7070), for trying the API by hand. */
  public static void main(String[] args) {
    AtlasServer server = new AtlasServer(atlas());
    server.start("127.0.0.1", args.length > 0 ? Integer.parseInt(args[0]) : 7070);
    server.join();
  }
}
