package org.corridoratlas.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.corridoratlas.catalog.TestFeatures;
import org.corridoratlas.geodata.Feature;
import org.junit.jupiter.api.Test;

/** Names as people type them: other romanisations, scripts, diacritics, case, typos and first letters. */
class SearchIndexTest {
  static final List<Feature> FEATURES = List.of(
      TestFeatures.point("crossing-sino-korean-friendship-bridge", "crossings", 124.39, 40.11,
          "Sino-Korean Friendship Bridge", Map.of("ko", "조중우의교", "zh", "中朝友谊桥"), List.of("Yalu River Bridge")),
      TestFeatures.point("facility-sinuiju-station", "facilities", 124.40, 40.10, "Sinuiju station",
          Map.of("ko", "신의주역"), List.of("Sinŭiju", "Shinuiju")),
      TestFeatures.point("port-dandong", "ports", 124.15, 39.83, "Dandong Port", Map.of("zh", "丹东港"), List.of()),
      TestFeatures.point("crossing-khasan-tumangang", "crossings", 130.65, 42.42, "Khasan–Tumangang Railway Bridge",
          Map.of("ru", "Хасан — Туманган"), List.of("Friendship Bridge (Tumen River)")),
      TestFeatures.point("mine-komdok", "mines", 128.8, 40.9, "Kŏmdŏk mine", Map.of("ko", "검덕광산"),
          List.of("Geomdeok mine")),
      TestFeatures.point("port-chongjin", "ports", 129.78, 41.76, "Ch'ŏngjin Port", Map.of(), List.of("Chongjin")));

  static final SearchIndex INDEX = new SearchIndex(FEATURES);

  static String first(String query) {
    List<SearchHit> hits = INDEX.search(query, 5);
    assertThat(hits).as(query).isNotEmpty();
    return hits.get(0).id();
  }

  @Test
  void korean_romanisations_and_hangul_find_sinuiju() {
    for (String q : List.of("shinuiju", "Sinŭiju", "SINUIJU", "Sin-uiju", "신의주", "sinuiju st")) {
      assertThat(first(q)).as(q).isEqualTo("facility-sinuiju-station");
    }
  }

  @Test
  void chinese_and_russian_scripts_find_their_features() {
    assertThat(first("丹东")).isEqualTo("port-dandong");
    assertThat(first("Хасан")).isEqualTo("crossing-khasan-tumangang");
    assertThat(first("хасан")).isEqualTo("crossing-khasan-tumangang");
  }

  @Test
  void mccune_reischauer_and_revised_spellings_meet() {
    assertThat(first("komdok")).isEqualTo("mine-komdok");
    assertThat(first("geomdeok")).isEqualTo("mine-komdok");
    assertThat(first("chongjin")).isEqualTo("port-chongjin");
    assertThat(first("cheongjin")).isEqualTo("port-chongjin");
  }

  @Test
  void prefixes_find_names_while_typing() {
    assertThat(first("dand")).isEqualTo("port-dandong");
    assertThat(first("kha")).isEqualTo("crossing-khasan-tumangang");
    assertThat(first("friendship")).isIn("crossing-sino-korean-friendship-bridge", "crossing-khasan-tumangang");
  }

  @Test
  void small_typos_are_forgiven() {
    assertThat(first("dandnog")).isEqualTo("port-dandong");
    assertThat(first("khasn")).isEqualTo("crossing-khasan-tumangang");
  }

  @Test
  void hits_say_what_matched_and_where() {
    SearchHit hit = INDEX.search("신의주", 1).get(0);
    assertThat(hit.matched()).isEqualTo("신의주역");
    assertThat(hit.name()).isEqualTo("Sinuiju station");
    assertThat(hit.layer()).isEqualTo("facilities");
    assertThat(hit.lon()).isEqualTo(124.40);
    assertThat(hit.lat()).isEqualTo(40.10);
  }

  @Test
  void nonsense_and_punctuation_find_nothing() {
    assertThat(INDEX.search("zzzzqqq", 5)).isEmpty();
    assertThat(INDEX.search("!!! ---", 5)).isEmpty();
    assertThat(INDEX.search("", 5)).isEmpty();
  }

  @Test
  void folding_joins_the_spellings() {
    assertThat(NameFolding.key("Sinŭiju")).isEqualTo(NameFolding.key("shinuiju"));
    assertThat(NameFolding.key("Kŏmdŏk")).isEqualTo(NameFolding.key("Geomdeok"));
    assertThat(NameFolding.key("Ch'ŏngjin")).isEqualTo(NameFolding.key("Cheongjin"));
    assertThat(NameFolding.key("Rajin-Sŏnbong")).isEqualTo(NameFolding.key("rajinsonbong"));
  }
}
