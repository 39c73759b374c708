package org.corridoratlas.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corridoratlas.catalog.TestFeatures.dated;
import static org.corridoratlas.catalog.TestFeatures.period;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.corridoratlas.geo.Bbox;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.geodata.Status;
import org.junit.jupiter.api.Test;

/**
 * Items queries over a hand-made layer. Timelines (| = change):
 * <pre>
 *   old-bridge   open 1950 ............ 2019-12-31 | abandoned 2020 ->
 *   main-bridge  open 1943 .. 2020-01-31 | closed .. 2022-01-16 | restricted ->
 *   new-bridge   planned 2010 .. 2014-10-31 | under-construction ->
 *   far-bridge   (no timeline: always there)           at 140 E, outside the others' box
 * </pre>
 */
public class LayerQueryTest {
  static final List<Feature> FEATURES = List.of(
      dated("old-bridge", 124.1, 40.0, List.of(period("1950-01-01", "2019-12-31", Status.OPEN),
          period("2020-01-01", null, Status.ABANDONED)), "countries", List.of("CHN", "PRK"), "opened", 1950),
      dated("main-bridge", 124.4, 40.1, List.of(period("1943-05-01", "2020-01-31", Status.OPEN),
          period("2020-01-31", "2022-01-16", Status.CLOSED), period("2022-01-16", null, Status.RESTRICTED)),
          "countries", List.of("CHN", "PRK"), "opened", 1943),
      dated("new-bridge", 124.3, 40.0, List.of(period("2010-01-01", "2014-10-31", Status.PLANNED),
          period("2014-10-31", null, Status.UNDER_CONSTRUCTION)), "countries", List.of("CHN", "PRK")),
      dated("far-bridge", 140.0, 45.0, List.of(), "countries", List.of("RUS", "PRK"), "opened", 2000));
  public static final Layer LAYER = new Layer(LayerKind.CROSSINGS, FEATURES);

  static List<String> ids(Bbox bbox, DateWindow window, Map<String, String> filters) {
    return LAYER.query(new ItemsQuery(bbox, window, filters, null, 0, 100)).features().stream().map(Feature::id).toList();
  }

  @Test
  void an_instant_keeps_features_that_exist_then_closed_ones_included() {
    assertThat(ids(null, DateWindow.on(LocalDate.of(2021, 6, 1)), Map.of()))
        .containsExactly("main-bridge", "new-bridge", "far-bridge");
    assertThat(ids(null, DateWindow.on(LocalDate.of(2012, 1, 1)), Map.of()))
        .containsExactly("old-bridge", "main-bridge", "far-bridge");
  }

  @Test
  void an_interval_keeps_features_that_exist_at_some_time_in_it() {
    assertThat(ids(null, new DateWindow(LocalDate.of(2019, 6, 1), LocalDate.of(2020, 6, 1)), Map.of()))
        .containsExactly("old-bridge", "main-bridge", "new-bridge", "far-bridge");
    assertThat(ids(null, new DateWindow(null, LocalDate.of(1945, 1, 1)), Map.of()))
        .containsExactly("main-bridge", "far-bridge");
  }

  @Test
  void status_filter_reads_the_status_on_the_instant_or_in_the_interval() {
    assertThat(ids(null, DateWindow.on(LocalDate.of(2021, 6, 1)), Map.of("status", "closed")))
        .containsExactly("main-bridge");
    assertThat(ids(null, DateWindow.on(LocalDate.of(2020, 1, 31)), Map.of("status", "closed")))
        .as("on the day of the change the later period wins").containsExactly("main-bridge");
    assertThat(ids(null, new DateWindow(LocalDate.of(2015, 1, 1), LocalDate.of(2020, 6, 1)), Map.of("status", "open")))
        .containsExactly("old-bridge", "main-bridge");
  }

  @Test
  void property_filters_match_list_members_and_numbers_as_text() {
    assertThat(ids(null, null, Map.of("countries", "RUS"))).containsExactly("far-bridge");
    assertThat(ids(null, null, Map.of("countries", "PRK", "opened", "1943"))).containsExactly("main-bridge");
    assertThat(ids(null, null, Map.of("countries", "prk"))).isEmpty();
  }

  @Test
  void bbox_keeps_features_inside_in_file_order() {
    assertThat(ids(new Bbox(124, 39, 125, 41), null, Map.of()))
        .containsExactly("old-bridge", "main-bridge", "new-bridge");
  }

  @Test
  void pages_count_every_match_and_end_empty() {
    ItemsQuery query = new ItemsQuery(null, null, Map.of(), null, 0, 3);
    FeaturePage first = LAYER.query(query);
    assertThat(first.numberMatched()).isEqualTo(4);
    assertThat(first.features()).hasSize(3);
    assertThat(first.hasNext()).isTrue();
    FeaturePage second = LAYER.query(query.atOffset(3));
    assertThat(second.features()).extracting(Feature::id).containsExactly("far-bridge");
    assertThat(second.hasNext()).isFalse();
    assertThat(LAYER.query(query.atOffset(99)).features()).isEmpty();
  }

  @Test
  void queryables_are_the_properties_the_features_carry() {
    assertThat(LAYER.queryables()).extracting(Queryable::name).containsExactly("name", "status", "countries",
        "opened");
    assertThat(LAYER.findQueryable("countries")).hasValueSatisfying(q -> assertThat(q.list()).isTrue());
    assertThat(LAYER.findQueryable("opened")).hasValueSatisfying(q -> assertThat(q.type()).isEqualTo("integer"));
  }

  @Test
  void a_query_refuses_limits_outside_1_to_10000_and_negative_offsets() {
    assertThatThrownBy(() -> new ItemsQuery(null, null, Map.of(), null, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ItemsQuery(null, null, Map.of(), null, 0, 10_001))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ItemsQuery(null, null, Map.of(), null, -1, 10)).isInstanceOf(IllegalArgumentException.class);
  }
}
