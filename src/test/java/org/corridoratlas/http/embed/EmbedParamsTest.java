package org.corridoratlas.http.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridoratlas.config.BadParameter;
import org.corridoratlas.geodata.LayerKind;
import org.junit.jupiter.api.Test;

/** Each embed parameter: a valid case and the invalid ones, named in the error. */
class EmbedParamsTest {
  private static EmbedParams parse(String... pairs) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      query.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
    }
    return EmbedParams.parse(query);
  }

  private static void rejects(String parameter, String... pairs) {
    assertThatThrownBy(() -> parse(pairs)).isInstanceOf(BadParameter.class)
        .satisfies(e -> assertThat(((BadParameter) e).parameter()).isEqualTo(parameter));
  }

  @Test
  void defaults_are_800_by_500_with_legend_interactive_and_the_app_layers() {
    EmbedParams params = parse();
    assertThat(params.widthPx()).isEqualTo(800);
    assertThat(params.heightPx()).isEqualTo(500);
    assertThat(params.legend()).isTrue();
    assertThat(params.interactive()).isTrue();
    assertThat(params.layers()).contains(LayerKind.RAILWAYS).doesNotContain(LayerKind.EVENTS);
    assertThat(params.canonicalQuery(false)).isEmpty();
  }

  @Test
  void canonical_query_has_one_order_and_leaves_defaults_out() {
    EmbedParams a = parse("title", "Yalu bridges", "corridor", "jian-manpo", "width", "800", "legend", "0");
    EmbedParams b = parse("legend", "0", "corridor", "jian-manpo", "title", "Yalu bridges");
    assertThat(a.canonicalQuery(true)).isEqualTo(b.canonicalQuery(true))
        .isEqualTo("corridor=jian-manpo&legend=0&title=Yalu%20bridges");
  }

  @Test
  void sizes_up_to_2048() {
    assertThat(parse("width", "2048", "height", "64").widthPx()).isEqualTo(2048);
    rejects("width", "width", "2049");
    rejects("height", "height", "63");
    rejects("width", "width", "wide");
  }

  @Test
  void one_subject_at_most_and_routes_need_both_ends() {
    assertThat(parse("from", "Dandong", "to", "Pyongyang", "via", "Sinuiju;Jongju").via()).hasSize(2);
    rejects("corridor", "corridor", "jian-manpo", "feature", "rail-x");
    rejects("to", "from", "Dandong");
    rejects("via", "via", "Sinuiju");
  }

  @Test
  void ids_dates_boxes_layers_and_flags_are_checked() {
    rejects("corridor", "corridor", "Not A Slug");
    rejects("asOf", "asOf", "2021-13-01");
    rejects("date", "date", "yesterday");
    rejects("bbox", "bbox", "130,40,120,45");
    rejects("bbox", "bbox", "1,2,3");
    rejects("bbox", "bbox", "NaN,1,2,3");
    rejects("layers", "layers", "railways,canals");
    rejects("legend", "legend", "maybe");
    rejects("title", "title", "x".repeat(121));
    rejects("zoom", "zoom", "7");
    rejects("width", "width", "300", "width", "400");
    assertThat(parse("bbox", "120,38,130,44", "layers", "railways,crossings", "date", "2021-06-01").bbox().west())
        .isEqualTo(120);
  }

  @Test
  void app_hash_becomes_embed_parameters() {
    Map<String, List<String>> query = AppHash.embedQuery(
        "map=7/41.2/127.4&layers=railways,crossings&asOf=2021-06-01&corridor=jian-manpo");
    assertThat(query).containsEntry("corridor", List.of("jian-manpo")).containsEntry("asOf", List.of("2021-06-01"))
        .containsEntry("layers", List.of("railways,crossings")).doesNotContainKey("bbox");
    assertThat(AppHash.embedQuery("map=7/41.2/127.4")).containsKey("bbox");
    assertThat(AppHash.embedQuery("route=Dandong,124.39%2C40.11")).containsEntry("to", List.of("124.39,40.11"));
  }
}
