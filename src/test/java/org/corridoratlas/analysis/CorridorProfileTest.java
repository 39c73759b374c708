package org.corridoratlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.network.NetworkBuilder;
import org.corridoratlas.network.TestNetworks;
import org.corridoratlas.routing.NetworkRouter;
import org.junit.jupiter.api.Test;

/** Profiles of corridors on {@link TestNetworks#twoCrossings()} (drawn there). */
class CorridorProfileTest {
  private final TestNetworks fixture = TestNetworks.twoCrossings()
      .corridor("a-v", "rail-cn-s", "crossing-south", "rail-kp-s", "rail-kp-dual", "crossing-east", "rail-ru", "port-v")
      .corridor("broken", "rail-cn-n", "rail-ru");
  private final Catalog catalog = fixture.catalog();
  private final NetworkRouter router = new NetworkRouter(NetworkBuilder.build(catalog, TestNetworks.costModel()), catalog);

  @Test
  void profile_sums_lengths_by_country_mode_and_gauge_and_finds_the_gauge_break() {
    CorridorProfile profile = CorridorProfile.of(catalog.getCorridor("a-v"), catalog, router);
    assertThat(profile.lengthKmByCountry()).containsOnlyKeys("CHN", "PRK", "RUS");
    assertThat(profile.lengthKmByMode()).containsOnlyKeys("rail");
    assertThat(profile.lengthKmByGauge()).containsOnlyKeys("1435", "dual", "1520");
    assertThat(profile.crossings()).containsExactly("crossing-south", "crossing-east");
    assertThat(profile.gaugeBreaks()).singleElement().satisfies(b -> {
      assertThat(b.fromGauge()).isEqualTo("1435");
      assertThat(b.toGauge()).isEqualTo("1520");
    });
    assertThat(profile.hours()).isPositive();
    assertThat(profile.circuity()).isGreaterThanOrEqualTo(1.0);
    assertThat(profile.gaps()).isEmpty();
  }

  @Test
  void features_that_do_not_meet_are_reported_as_a_gap() {
    assertThat(CorridorProfile.of(catalog.getCorridor("broken"), catalog, router).gaps())
        .containsExactly("rail-cn-n / rail-ru");
  }
}
