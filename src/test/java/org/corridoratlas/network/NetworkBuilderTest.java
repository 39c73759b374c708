package org.corridoratlas.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.corridoratlas.geo.Geodesy;
import org.corridoratlas.geodata.LayerKind;
import org.junit.jupiter.api.Test;

/** The network built from {@link TestNetworks#twoCrossings()} (drawn there). */
class NetworkBuilderTest {
  private final Network network = TestNetworks.twoCrossings().network();

  private List<Edge> edges(EdgeKind kind) {
    return network.edges().stream().filter(e -> e.kind() == kind).toList();
  }

  @Test
  void border_crossing_edges_carry_the_crossing_id_and_its_dwell() {
    assertThat(edges(EdgeKind.BORDER_CROSSING)).extracting(e -> e.featureIds().get(0))
        .contains("crossing-south", "crossing-north", "crossing-road", "crossing-east");
    Edge south = edges(EdgeKind.BORDER_CROSSING).stream()
        .filter(e -> e.featureIds().contains("crossing-south")).findFirst().orElseThrow();
    assertThat(south.hours()).isEqualTo(TestNetworks.costModel().borderDwellHours("crossing-south", "rail"));
    assertThat(network.node(south.source()).country()).isNotEqualTo(network.node(south.target()).country());
  }

  @Test
  void dual_gauge_line_has_an_edge_in_each_gauge_and_breaks_at_its_ends() {
    assertThat(network.edges().stream().filter(e -> e.featureIds().contains("rail-kp-dual")))
        .extracting(Edge::gauge).containsExactlyInAnyOrder("1435", "1520");
    assertThat(edges(EdgeKind.GAUGE_BREAK)).hasSize(2);
  }

  @Test
  void mine_access_link_has_its_real_geodesic_length() {
    Edge access = edges(EdgeKind.ACCESS).stream().filter(e -> network.node(e.target()).mode() == Mode.RAIL)
        .findFirst().orElseThrow();
    assertThat(access.lengthMeters()).isCloseTo(Geodesy.metersBetween(124.95, 40.02, 125.0, 40.0), within(0.01));
  }

  @Test
  void ports_join_their_railway_and_sea_lane() {
    assertThat(edges(EdgeKind.TRANSSHIPMENT).stream().filter(e -> e.featureIds().contains("port-v")))
        .extracting(e -> network.node(e.target()).mode()).contains(Mode.RAIL, Mode.SEA);
  }

  @Test
  void lines_are_split_where_other_lines_join() {
    TestNetworks fixture = new TestNetworks()
        .add(LayerKind.RAILWAYS, "rail-main", "Main", "LINESTRING (125 40, 125.1 40, 125.2 40)", "country", "CHN")
        .add(LayerKind.RAILWAYS, "rail-branch", "Branch", "LINESTRING (125.1 40, 125.1 40.1)", "country", "CHN")
        .add(LayerKind.RAILWAYS, "rail-gap", "Gap", "LINESTRING (125.2002 40, 125.3 40)", "country", "CHN");
    Network built = fixture.network();
    assertThat(built.edges().stream().filter(e -> e.featureIds().contains("rail-main"))).hasSize(2);
    assertThat(Connectivity.components(built, Mode.RAIL)).hasSize(1);
  }

  @Test
  void connectivity_report_lists_components_per_mode() {
    assertThat(Connectivity.components(network, Mode.RAIL)).hasSize(1);
    assertThat(Connectivity.report(network)).anyMatch(line -> line.startsWith("road network: 1 connected"));
  }
}
