package org.corridoratlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusTimelineTest {
  // The Dandong–Sinuiju bridge, simplified: open, closed for COVID-19 from 2020-01-31, freight again 2022-01-16.
  static final StatusTimeline BRIDGE = new StatusTimeline(List.of(
      period("1943-05", "2020-01-31", Status.OPEN),
      period("2020-01-31", "2022-01-16", Status.CLOSED),
      period("2022-01-16", null, Status.RESTRICTED)));

  static StatusPeriod period(String from, String to, Status status) {
    return new StatusPeriod(PartialDate.firstDay(from).orElseThrow(),
        to == null ? null : PartialDate.lastDay(to).orElseThrow(), status, "", List.of());
  }

  @Test
  void a_status_is_stale_two_years_after_the_last_day_its_confirmation_covers() {
    StatusTimeline confirmed = new StatusTimeline(List.of(BRIDGE.periods().get(0), BRIDGE.periods().get(1),
        new StatusPeriod(LocalDate.of(2022, 1, 16), null, Status.RESTRICTED, "", List.of(), "2023-08")));
    assertThat(confirmed.lastConfirmed()).contains("2023-08");
    assertThat(confirmed.staleOn(LocalDate.of(2025, 8, 31))).isFalse();
    assertThat(confirmed.staleOn(LocalDate.of(2025, 9, 1))).isTrue();
    assertThat(BRIDGE.lastConfirmed()).isEmpty();
    assertThat(BRIDGE.staleOn(LocalDate.of(2099, 1, 1))).as("no date, no claim").isFalse();
  }

  @Test
  void status_on_a_date_reads_the_covering_period() {
    assertThat(BRIDGE.statusOn(LocalDate.of(2019, 6, 1))).contains(Status.OPEN);
    assertThat(BRIDGE.statusOn(LocalDate.of(2021, 6, 1))).contains(Status.CLOSED);
    assertThat(BRIDGE.statusOn(LocalDate.of(2025, 1, 1))).contains(Status.RESTRICTED);
  }

  @Test
  void on_a_shared_boundary_day_the_later_change_wins() {
    assertThat(BRIDGE.statusOn(LocalDate.of(2020, 1, 31))).contains(Status.CLOSED);
  }

  @Test
  void before_the_first_record_nothing_is_known_and_nothing_is_usable() {
    assertThat(BRIDGE.statusOn(LocalDate.of(1930, 1, 1))).isEmpty();
    assertThat(BRIDGE.usableOn(LocalDate.of(1930, 1, 1))).isFalse();
  }

  @Test
  void closed_is_not_usable_but_still_exists_while_restricted_is_usable() {
    assertThat(BRIDGE.usableOn(LocalDate.of(2021, 3, 1))).isFalse();
    assertThat(BRIDGE.existsOn(LocalDate.of(2021, 3, 1))).isTrue();
    assertThat(BRIDGE.usableOn(LocalDate.of(2023, 3, 1))).isTrue();
  }

  @Test
  void partial_dates_cover_their_whole_month_or_year() {
    assertThat(PartialDate.firstDay("1943-05")).contains(LocalDate.of(1943, 5, 1));
    assertThat(PartialDate.lastDay("2024-02")).contains(LocalDate.of(2024, 2, 29));
    assertThat(PartialDate.lastDay("1953")).contains(LocalDate.of(1953, 12, 31));
    assertThat(PartialDate.firstDay("2019-13-01")).isEmpty();
    assertThat(PartialDate.firstDay("2020-02-30")).isEmpty();
    assertThat(PartialDate.firstDay("soon")).isEmpty();
  }
}
