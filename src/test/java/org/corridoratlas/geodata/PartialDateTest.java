package org.corridoratlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

  @Test
  void a_year_a_month_or_a_day_is_read_as_the_first_or_last_day_it_covers() {
    assertThat(PartialDate.firstDay("2020")).contains(LocalDate.of(2020, 1, 1));
    assertThat(PartialDate.lastDay("2020")).contains(LocalDate.of(2020, 12, 31));
    assertThat(PartialDate.firstDay("2024-02")).contains(LocalDate.of(2024, 2, 1));
    assertThat(PartialDate.lastDay("2024-02")).contains(LocalDate.of(2024, 2, 29));
    assertThat(PartialDate.lastDay("2023-02")).contains(LocalDate.of(2023, 2, 28));
    assertThat(PartialDate.firstDay("2021-06-01")).contains(LocalDate.of(2021, 6, 1));
    assertThat(PartialDate.lastDay("2021-06-01")).contains(LocalDate.of(2021, 6, 1));
  }

  @Test
  void dates_that_do_not_exist_or_have_another_shape_are_refused() {
    for (String text : new String[] {"2021-02-30", "2023-02-29", "2021-13", "2021-00", "2021-06-00", "2021-6-1",
        "21", "2021-", "2021/06/01", "２０２１", "2021-06-01T00:00", "", " 2021"}) {
      assertThat(PartialDate.firstDay(text)).as(text).isEmpty();
      assertThat(PartialDate.lastDay(text)).as(text).isEmpty();
    }
    assertThat(PartialDate.firstDay(null)).isEmpty();
  }
}
