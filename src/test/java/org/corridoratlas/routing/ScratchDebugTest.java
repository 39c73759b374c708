package org.corridoratlas.routing;

import java.nio.file.Path;
import org.corridoratlas.Atlas;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.geodata.GeoDataLoader;
import org.corridoratlas.network.Mode;
import org.junit.jupiter.api.Test;

class ScratchDebugTest {
  @Test
  void dump() {
    Atlas atlas = new Atlas(new Catalog(GeoDataLoader.load(Path.of(System.getProperty("atlas.data", "geodata"))).data()));
    System.out.println("NODES " + atlas.network().nodes().size() + " EDGES " + atlas.network().edges().size());
    atlas.network().warnings().forEach(w -> System.out.println("WARN " + w));
    for (String q : new String[] {"Dandong", "Pyongyang", "Tumen", "Vladivostok", "Rajin"}) {
      var p = atlas.router().places().resolve("from", q);
      System.out.println("PLACE " + q + " -> " + p);
    }
    String[][] pairs = {{"Dandong", "Pyongyang"}, {"Tumen", "Rajin"}, {"Rajin", "Vladivostok"}, {"Tumen", "Vladivostok"}};
    for (String[] pr : pairs) {
      RouteResult r = atlas.router().route(RouteRequest.between(pr[0], pr[1]).withModes(Mode.RAIL));
      System.out.println("ROUTE " + pr[0] + "->" + pr[1] + ": " + summary(r));
      r = atlas.router().route(RouteRequest.between(pr[0], pr[1]));
      System.out.println("ROUTE(all) " + pr[0] + "->" + pr[1] + ": " + summary(r));
    }
  }

  static String summary(RouteResult r) {
    if (r instanceof RouteResult.Found f) {
      var it = f.itineraries().get(0);
      return String.format("%.1f h %.0f km %s %s", it.totals().hours(), it.totals().lengthMeters() / 1000,
          it.featureIds(), it.steps().stream().map(Step::text).toList());
    }
    return r.toString();
  }
}
