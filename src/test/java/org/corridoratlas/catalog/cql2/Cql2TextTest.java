package org.corridoratlas.catalog.cql2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.corridoratlas.catalog.ItemsQuery;
import org.corridoratlas.catalog.LayerQueryTest;
import org.corridoratlas.geodata.Feature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CQL2-text filters over the hand-made layer of {@link LayerQueryTest} (its drawing shows the timelines). */
class Cql2TextTest {
  static List<String> ids(String filter) {
    Expression e = Cql2Text.parse(filter, LayerQueryTest.LAYER::findQueryable);
    return LayerQueryTest.LAYER.query(new ItemsQuery(null, null, Map.of(), e, 0, 100)).features().stream()
        .map(Feature::id).toList();
  }

  @Test
  void comparisons_of_numbers_strings_and_list_members() {
    assertThat(ids("opened < 1960")).containsExactly("old-bridge", "main-bridge");
    assertThat(ids("opened >= 1950 AND opened <> 2000")).containsExactly("old-bridge");
    assertThat(ids("\"name\" = 'far-bridge'")).containsExactly("far-bridge");
    assertThat(ids("countries = 'RUS'")).containsExactly("far-bridge");
    assertThat(ids("'RUS' = countries OR opened = 1943")).containsExactly("main-bridge", "far-bridge");
  }

  @Test
  void null_is_unknown_so_not_and_comparisons_skip_it() {
    assertThat(ids("opened IS NULL")).containsExactly("new-bridge");
    assertThat(ids("opened IS NOT NULL")).containsExactly("old-bridge", "main-bridge", "far-bridge");
    assertThat(ids("NOT (opened < 1960)")).containsExactly("far-bridge");
  }

  @Test
  void keywords_are_case_insensitive_and_quotes_escape() {
    assertThat(ids("opened<1960 and not(countries='RUS')")).containsExactly("old-bridge", "main-bridge");
    assertThat(ids("name = 'it''s'")).isEmpty();
  }

  @Test
  void s_intersects_with_bbox_and_wkt() {
    assertThat(ids("S_INTERSECTS(geometry, BBOX(124, 39, 125, 41))"))
        .containsExactly("old-bridge", "main-bridge", "new-bridge");
    assertThat(ids("s_intersects(geometry, POLYGON((139 44, 141 44, 141 46, 139 46, 139 44)))"))
        .containsExactly("far-bridge");
    assertThat(ids("S_INTERSECTS(POINT(124.4 40.1), geometry) AND opened = 1943")).containsExactly("main-bridge");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "opened", "opened <", "opened < 'x'", "nosuch = 1", "countries = 3",
      "opened = 1 AND", "(opened = 1", "opened = 1)", "name LIKE 'a%'", "S_INTERSECTS(geometry, BBOX(1,2,3))",
      "S_INTERSECTS(geometry, POINT(1))", "geometry = 'x'", "opened = DATE('2020-13-01')", "'unclosed",
      "((((((((((((((((((((((((((((((((((((((((((((((((((((opened = 1))))))))))))))))))))))))))))))))))))))))))))))))))))"})
  void malformed_filters_say_where(String filter) {
    assertThatThrownBy(() -> Cql2Text.parse(filter, LayerQueryTest.LAYER::findQueryable))
        .isInstanceOf(Cql2Exception.class).hasMessageContaining("at character");
  }
}
