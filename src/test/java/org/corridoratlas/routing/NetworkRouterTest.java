package org.corridoratlas.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.corridoratlas.network.Mode;
import org.corridoratlas.network.TestNetworks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Routes on {@link TestNetworks#twoCrossings()} (drawn there), with answers known by construction. */
class NetworkRouterTest {
  private static NetworkRouter router;

  @BeforeAll
  static void build() {
    TestNetworks fixture = TestNetworks.twoCrossings();
    router = new NetworkRouter(fixture.network(), fixture.catalog());
  }

  private static Itinerary best(RouteRequest request) {
    RouteResult result = router.route(request);
    assertThat(result).isInstanceOf(RouteResult.Found.class);
    return ((RouteResult.Found) result).itineraries().get(0);
  }

  @Test
  void default_route_takes_the_shorter_south_crossing() {
    Itinerary route = best(RouteRequest.between("125.0,40.0", "125.2,40.0").withModes(Mode.RAIL));
    assertThat(route.featureIds()).containsSubsequence("rail-cn-s", "crossing-south", "rail-kp-s");
    assertThat(route.totals().borderCrossings()).isEqualTo(1);
    assertThat(route.steps()).extracting(Step::kind).containsExactly("border-crossing");
    assertThat(route.legs()).extracting(Leg::country).containsExactly("CHN", "PRK");
  }

  @Test
  void route_avoids_crossing_closed_on_asOf_date() {
    Itinerary route = best(RouteRequest.between("125.0,40.0", "125.2,40.0").withModes(Mode.RAIL)
        .asOf(LocalDate.of(2020, 2, 15)));
    assertThat(route.featureIds()).contains("crossing-north").doesNotContain("crossing-south");
  }

  @Test
  void avoid_list_moves_the_route_to_the_other_crossing() {
    Itinerary route = best(RouteRequest.between("125.0,40.0", "125.2,40.0").withModes(Mode.RAIL)
        .avoiding("crossing-south"));
    assertThat(route.featureIds()).contains("crossing-north").doesNotContain("crossing-south");
  }

  @Test
  void via_forces_the_north_crossing() {
    Itinerary route = best(RouteRequest.between("125.0,40.0", "125.2,40.0").withModes(Mode.RAIL)
        .withVia("crossing-north"));
    assertThat(route.featureIds()).contains("crossing-north", "rail-kp-n").doesNotContain("crossing-south");
  }

  @Test
  void alternatives_offer_both_crossings() {
    RouteResult result = router.route(RouteRequest.between("125.0,40.0", "125.2,40.0").withModes(Mode.RAIL)
        .withAlternatives(2));
    List<Itinerary> routes = ((RouteResult.Found) result).itineraries();
    assertThat(routes).hasSizeGreaterThanOrEqualTo(2);
    assertThat(routes.get(0).featureIds()).contains("crossing-south");
    assertThat(routes.get(1).featureIds()).contains("crossing-north");
    assertThat(routes.get(1).totals().hours()).isGreaterThan(routes.get(0).totals().hours());
  }

  @Test
  void via_route_offers_alternatives_between_its_stops() {
    RouteResult result = router.route(RouteRequest.between("125.0,40.0", "port-v").withModes(Mode.RAIL)
        .withVia("125.2,40.0").withAlternatives(2));
    List<Itinerary> routes = ((RouteResult.Found) result).itineraries();
    // A→B has two crossings; B→V one line only: the alternative changes the first part and keeps the second.
    assertThat(routes).hasSize(2);
    assertThat(routes.get(0).featureIds()).contains("crossing-south", "rail-ru").doesNotContain("crossing-north");
    assertThat(routes.get(1).featureIds()).contains("crossing-north", "rail-kp-n", "rail-ru")
        .doesNotContain("crossing-south");
    assertThat(routes.get(1).totals().hours()).isGreaterThan(routes.get(0).totals().hours());
  }

  @Test
  void a_stop_may_name_a_network_node() {
    int a = router.network().nearestNode(125.0, 40.0, n -> true).orElseThrow().id();
    Itinerary byNode = best(RouteRequest.between("node:" + a, "port-v").withModes(Mode.RAIL));
    Itinerary byPosition = best(RouteRequest.between("125.0,40.0", "port-v").withModes(Mode.RAIL));
    assertThat(byNode.totals().hours()).isLessThanOrEqualTo(byPosition.totals().hours());
    assertThatThrownBy(() -> router.route(RouteRequest.between("node:99999", "port-v")))
        .isInstanceOf(UnknownPlace.class).extracting("parameter").isEqualTo("from");
  }

  @Test
  void no_rail_route_when_every_crossing_is_closed_names_the_closures() {
    RouteResult result = router.route(RouteRequest.between("125.0,40.0", "125.2,40.0").withModes(Mode.RAIL)
        .asOf(LocalDate.of(2021, 6, 1)));
    assertThat(result).isInstanceOf(RouteResult.NoRoute.class);
    RouteResult.NoRoute none = (RouteResult.NoRoute) result;
    assertThat(none.reason()).isEqualTo("closed");
    assertThat(none.blockers()).containsExactlyInAnyOrder("crossing-south", "crossing-north");
    assertThat(none.explanation()).contains("South Bridge", "North Bridge", "2021-06-01");
  }

  @Test
  void every_search_gives_up_once_its_deadline_has_passed() {
    Deadline passed = new Deadline(System.nanoTime() - 1);
    RouteRequest plain = RouteRequest.between("125.0,40.0", "125.2,40.0");
    for (RouteRequest request : List.of(plain, plain.asOf(LocalDate.of(2021, 6, 1)), plain.withAlternatives(2))) {
      assertThatThrownBy(() -> router.route(request, passed)).as("%s", request)
          .isInstanceOf(Deadline.SearchStopped.class).hasMessageContaining("time limit");
    }
    Places.Place from = router.places().resolve("from", "125.0,40.0");
    assertThatThrownBy(() -> router.reachability().hoursFrom(from, null, 100, passed))
        .isInstanceOf(Deadline.SearchStopped.class);
    // The same questions without a deadline are answered.
    assertThat(router.route(plain.asOf(LocalDate.of(2021, 6, 1)), Deadline.NONE)).isInstanceOf(RouteResult.Found.class);
    assertThat(router.reachability().hoursFrom(from, null, 100, Deadline.NONE)).isNotEmpty();
  }

  @Test
  void road_still_connects_when_rail_crossings_are_closed() {
    Itinerary route = best(RouteRequest.between("125.0,40.0", "125.2,40.0").asOf(LocalDate.of(2021, 6, 1)));
    assertThat(route.featureIds()).contains("crossing-road");
  }

  @Test
  void dual_gauge_to_broad_gauge_changes_gauge_once() {
    Itinerary route = best(RouteRequest.between("125.0,40.0", "port-v").withModes(Mode.RAIL));
    assertThat(route.totals().gaugeBreaks()).isEqualTo(1);
    assertThat(route.featureIds()).containsSubsequence("crossing-south", "rail-kp-dual", "crossing-east", "rail-ru");
    assertThat(route.legs()).extracting(Leg::gauge).contains("1435", "1520");
    assertThat(route.steps()).extracting(Step::kind).contains("gauge-break", "transshipment");
  }

  @Test
  void mine_reaches_a_port_by_access_link_rail_and_sea() {
    Itinerary route = best(RouteRequest.between("M Mine", "port-z"));
    assertThat(route.steps()).extracting(Step::kind).startsWith("access");
    assertThat(route.legs()).extracting(Leg::mode).contains("rail", "sea");
    assertThat(route.totals().lengthMeters()).isGreaterThan(0);
  }

  @Test
  void optimize_distance_minimises_length() {
    Itinerary byTime = best(RouteRequest.between("125.0,40.0", "125.2,40.0"));
    Itinerary byLength = best(RouteRequest.between("125.0,40.0", "125.2,40.0").optimizing(Optimize.DISTANCE));
    assertThat(byLength.totals().lengthMeters()).isLessThanOrEqualTo(byTime.totals().lengthMeters());
  }

  @Test
  void unknown_place_names_the_field() {
    assertThatThrownBy(() -> router.route(RouteRequest.between("Atlantis", "port-v")))
        .isInstanceOf(UnknownPlace.class).extracting("parameter").isEqualTo("from");
  }

  @Test
  void town_at_the_end_of_a_line_name_resolves_to_that_end() {
    Places.Place place = router.places().resolve("from", "A");
    assertThat(place.lon()).isEqualTo(125.0);
  }
}
