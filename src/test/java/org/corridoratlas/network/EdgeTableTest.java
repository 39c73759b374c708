package org.corridoratlas.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.geodata.GeoData;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.routing.Itinerary;
import org.corridoratlas.routing.NetworkRouter;
import org.corridoratlas.routing.Optimize;
import org.corridoratlas.routing.RouteRequest;
import org.corridoratlas.routing.RouteResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pgRouting edge table routed through the server's router. The square 10 → 20 → 30 → 40 → 10 (seconds): 10 → 30
 * goes round by 20 (0.1 + 0.2), unless row 1 is avoided; row 4 is open only from 10 to 40 and stored turned round
 * (its cost column is negative).
 */
class EdgeTableTest {
  @TempDir
  Path dir;

  private EdgeTable table() throws Exception {
    Path csv = dir.resolve("edges.csv");
    Files.writeString(csv, """
        id,source,target,cost,reverse_cost
        1,10,20,0.1,0.1
        2,20,30,0.2,5
        3,30,40,0.7,0.7
        4,40,10,-1,0.3
        5,30,30,1,1
        """);
    return EdgeTable.read(csv, null, EdgeTable.CostUnit.SECONDS);
  }

  private static Itinerary route(EdgeTable table, String from, String to, Set<String> avoid) {
    Catalog none = new Catalog(new GeoData(Map.of(), List.of(), Json.MAPPER.createObjectNode(), Map.of(),
        Json.MAPPER.createObjectNode(), "test"));
    NetworkRouter router = new NetworkRouter(table.network(), none, EnumSet.of(Optimize.TIME), null);
    RouteRequest request = new RouteRequest("node:" + table.node(from), "node:" + table.node(to), List.of(),
        Set.of(), avoid, null, Optimize.TIME, 0);
    return ((RouteResult.Found) router.route(request)).itineraries().get(0);
  }

  @Test
  void routes_through_the_router_and_resums_the_table_costs_exactly() throws Exception {
    EdgeTable table = table();
    assertThat(table.rows()).isEqualTo(5);
    assertThat(table.network().edges()).hasSize(4);
    Itinerary route = route(table, "10", "30", Set.of());
    assertThat(route.featureIds()).containsExactly("1", "2");
    assertThat(table.cost("10", route.featureIds())).isEqualTo(0.1 + 0.2);
    assertThat(route.totals().hours()).isCloseTo(0.3 / 3600, within(1e-12));
  }

  @Test
  void avoided_rows_are_closed_and_one_way_rows_keep_their_direction() throws Exception {
    EdgeTable table = table();
    Itinerary route = route(table, "10", "30", Set.of("1"));
    assertThat(route.featureIds()).containsExactly("4", "3");
    assertThat(table.cost("10", route.featureIds())).isEqualTo(0.3 + 0.7);
    // Back from 30 to 10: row 4 may not be used from 40 to 10, so by 20 (5 against row 2, then 0.1).
    Itinerary back = route(table, "30", "10", Set.of());
    assertThat(back.featureIds()).containsExactly("2", "1");
    assertThat(table.cost("30", back.featureIds())).isEqualTo(5 + 0.1);
  }
}
