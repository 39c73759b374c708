package org.corridoratlas.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.corridoratlas.Atlas;
import org.corridoratlas.analysis.CorridorProfile;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.geodata.Corridor;
import org.corridoratlas.geodata.GeoDataLoader;
import org.corridoratlas.network.Mode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden routes on the real geodata (the repository's geodata/ folder, or -Datlas.data=DIR). Places are given by
 * name, as a person would type them, so the tests survive renumbered ids.
 */
class GoldenRoutesTest {
  private static Atlas atlas;

  @BeforeAll
  static void load() {
    Path dir = Path.of(System.getProperty("atlas.data", "geodata"));
    atlas = new Atlas(new Catalog(GeoDataLoader.load(dir).data()));
  }

  private static Itinerary best(RouteRequest request) {
    RouteResult result = atlas.router().route(request);
    assertThat(result).as(request.toString()).isInstanceOf(RouteResult.Found.class);
    return ((RouteResult.Found) result).itineraries().get(0);
  }

  /** The id of the feature that one of these names (or aliases, romanisations) names. */
  private static String id(String... names) {
    return atlas.catalog().allFeatures().stream()
        .filter(f -> f.allNames().stream().anyMatch(n -> java.util.Arrays.stream(names)
            .anyMatch(wanted -> Places.normalise(n).equals(Places.normalise(wanted)))))
        .findFirst().orElseThrow(() -> new AssertionError("no feature named " + String.join(" or ", names))).id();
  }

  @Test
  void dandong_to_pyongyang_crosses_the_sino_korean_friendship_bridge() {
    Itinerary route = best(RouteRequest.between("Dandong", "Pyongyang").withModes(Mode.RAIL));
    assertThat(route.featureIds()).contains(id("Sino-Korean Friendship Bridge"));
    assertThat(route.steps()).anySatisfy(s -> assertThat(s.kind()).isEqualTo("border-crossing"));
  }

  @Test
  void komdok_mine_reaches_rajin_port_and_names_its_rail_lines() {
    Itinerary route = best(RouteRequest.between(id("Komdok", "Geomdeok", "Komdok mine", "Komdok mining complex"), "Rajin Port").withModes(Mode.RAIL));
    List<String> railLines = route.legs().stream().filter(l -> l.mode().equals("rail"))
        .flatMap(l -> l.featureIds().stream()).toList();
    assertThat(railLines).isNotEmpty().allMatch(idText -> idText.startsWith("rail-"));
  }

  @Test
  void tumen_to_vladivostok_via_rajin_passes_namyang_and_tumangang_with_a_gauge_change() {
    Itinerary route = best(RouteRequest.between("Tumen", "Vladivostok").withVia("Rajin").withModes(Mode.RAIL));
    assertThat(route.featureIds()).contains(id("Tumen–Namyang Railway Bridge"), id("Korea–Russia Friendship Bridge"));
    assertThat(route.totals().gaugeBreaks()).isPositive();
    assertThat(route.legs()).extracting(Leg::gauge).contains("1435", "1520");
  }

  @Test
  void plain_tumen_to_vladivostok_takes_whatever_the_network_says_is_faster() {
    // With the bundled cost model this is Hunchun–Makhalino: one border and one gauge break, against two borders,
    // a gauge break and slow DPRK track via Rajin. The test pins only that it is no slower than the Rajin route.
    Itinerary plain = best(RouteRequest.between("Tumen", "Vladivostok").withModes(Mode.RAIL));
    Itinerary viaRajin = best(RouteRequest.between("Tumen", "Vladivostok").withVia("Rajin").withModes(Mode.RAIL));
    assertThat(plain.totals().hours()).isLessThanOrEqualTo(viaRajin.totals().hours());
  }

  @Test
  void tumen_to_vladivostok_by_rail_names_the_station_at_the_gauge_change() {
    // Hunchun–Makhalino: the break of gauge is at the border point; the Russian border station Kamyshovaya is the
    // nearest station of the data, 15.9 km away, and the step says so rather than placing the change at it.
    Itinerary plain = best(RouteRequest.between("Tumen", "Vladivostok").withModes(Mode.RAIL));
    assertThat(plain.steps()).filteredOn(s -> s.kind().equals("gauge-break")).singleElement()
        .satisfies(s -> assertThat(s.text()).contains("1435 → 1520").contains("near Kamyshovaya station (15.9 km)"));
    // Via Rajin the dual-gauge Hongŭi Line ends at the Friendship Bridge, 2.8 km from Tumangang station.
    Itinerary viaRajin = best(RouteRequest.between("Tumen", "Vladivostok").withVia("Rajin").withModes(Mode.RAIL));
    assertThat(viaRajin.steps()).filteredOn(s -> s.kind().equals("gauge-break"))
        .anySatisfy(s -> assertThat(s.text()).contains("near Tumangang station (2.8 km)"));
    assertThat(viaRajin.steps()).filteredOn(s -> s.kind().equals("border-crossing"))
        .anySatisfy(s -> assertThat(s.text()).contains("Tumen–Namyang").contains("near Tumen station (2.0 km)"));
  }

  @Test
  void dandong_to_pyongyang_crosses_at_dandong_station() {
    Itinerary route = best(RouteRequest.between("Dandong", "Pyongyang").withModes(Mode.RAIL));
    assertThat(route.steps()).filteredOn(s -> s.kind().equals("border-crossing")).singleElement()
        .satisfies(s -> assertThat(s.text()).endsWith("Sino-Korean Friendship Bridge, at Dandong station (6.0 h)"));
  }

  @Test
  void no_china_dprk_rail_route_on_2021_06_01_and_the_reason_names_the_closure() {
    RouteResult result = atlas.router().route(RouteRequest.between("Dandong", "Pyongyang").withModes(Mode.RAIL)
        .asOf(LocalDate.of(2021, 6, 1)));
    assertThat(result).isInstanceOf(RouteResult.NoRoute.class);
    RouteResult.NoRoute none = (RouteResult.NoRoute) result;
    assertThat(none.reason()).isEqualTo("closed");
    assertThat(none.blockers()).contains(id("Sino-Korean Friendship Bridge"));
    assertThat(none.explanation()).contains("Sino-Korean Friendship Bridge");
  }

  @Test
  void every_named_corridor_is_a_connected_chain() {
    for (Corridor corridor : atlas.catalog().corridors()) {
      CorridorProfile profile = atlas.profile(corridor);
      assertThat(profile.gaps()).as(corridor.id()).isEmpty();
      assertThat(profile.hours()).as(corridor.id() + " has a route along it").isNotNull();
    }
  }
}
