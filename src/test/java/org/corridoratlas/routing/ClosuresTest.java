package org.corridoratlas.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.config.CostModel;
import org.corridoratlas.geodata.GeoDataLoader;
import org.corridoratlas.network.Edge;
import org.corridoratlas.network.EdgeKind;
import org.corridoratlas.network.Mode;
import org.corridoratlas.network.Network;
import org.corridoratlas.network.NetworkBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The closed sets built from indexes close exactly the edges {@link NetworkRouter#allowed} refuses, on the real
 * network, under dates across the 2020–2023 closure, avoid lists of features and countries, and other modes.
 */
class ClosuresTest {
  private static Network network;
  private static Closures closures;

  @BeforeAll
  static void build() {
    Catalog catalog = new Catalog(GeoDataLoader.load(Path.of(System.getProperty("atlas.data", "geodata"))).data());
    network = NetworkBuilder.build(catalog, new CostModel(catalog.data().costModel()));
    closures = new Closures(network);
  }

  @Test
  void closes_exactly_what_the_rule_refuses() {
    String someCrossing = network.edges().stream().filter(e -> e.kind() == EdgeKind.BORDER_CROSSING)
        .map(e -> e.featureIds().get(0)).findFirst().orElseThrow();
    String someLine = network.edges().stream().filter(e -> e.mode() == Mode.RAIL)
        .map(e -> e.featureIds().get(0)).findFirst().orElseThrow();
    List<Closures.Constraints> cases = List.of(
        Closures.Constraints.DEFAULT,
        new Closures.Constraints(Mode.DEFAULT, LocalDate.of(2021, 6, 1), Set.of()),
        new Closures.Constraints(Mode.DEFAULT, LocalDate.of(2010, 1, 1), Set.of()),
        new Closures.Constraints(Mode.DEFAULT, LocalDate.of(2025, 3, 1), Set.of()),
        new Closures.Constraints(Set.of(Mode.RAIL), null, Set.of()),
        new Closures.Constraints(Set.of(Mode.ROAD, Mode.PIPELINE), LocalDate.of(2019, 6, 1), Set.of()),
        new Closures.Constraints(Mode.DEFAULT, null, Set.of(someCrossing, someLine)),
        new Closures.Constraints(Set.of(Mode.RAIL, Mode.SEA), LocalDate.of(2023, 9, 1), Set.of("CHN", someLine)));
    int closedSomewhere = 0;
    for (Closures.Constraints c : cases) {
      BitSet closed = closures.closed(c);
      for (Edge edge : network.edges()) {
        assertThat(closed.get(edge.id())).as("edge %d under %s", edge.id(), c)
            .isEqualTo(!NetworkRouter.allowed(edge, c.modes(), c.asOf(), c.avoid()));
      }
      closedSomewhere += closed.cardinality() > 0 ? 1 : 0;
      // The same constraints again give the set kept from before.
      assertThat(closures.closed(new Closures.Constraints(c.modes(), c.asOf(), c.avoid()))).isSameAs(closed);
    }
    assertThat(closedSomewhere).isEqualTo(cases.size());
  }
}
