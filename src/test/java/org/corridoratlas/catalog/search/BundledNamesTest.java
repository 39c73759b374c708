package org.corridoratlas.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.corridoratlas.geodata.GeoDataLoader;
import org.corridoratlas.geodata.LayerKind;
import org.junit.jupiter.api.Test;

/** The spellings the data issue names, searched in the bundled geodata as a reader would type them. */
class BundledNamesTest {
  static final SearchIndex INDEX = new SearchIndex(Arrays.stream(LayerKind.values())
      .flatMap(kind -> GeoDataLoader.load(Path.of("geodata")).data().layer(kind).stream()).toList());

  /** Each spelling, and a word that the id of one of its first three hits must contain. */
  static final Map<String, String> SPELLINGS = Map.ofEntries(
      Map.entry("Sinuiju", "sinuiju"), Map.entry("Shinuiju", "sinuiju"), Map.entry("Sinŭiju", "sinuiju"),
      Map.entry("Geomdeok", "komdok"), Map.entry("Komdok", "komdok"), Map.entry("Kŏmdŏk", "komdok"),
      Map.entry("Deaheung", "taehung"), Map.entry("Taehung", "taehung"),
      Map.entry("Jeongchon", "jeongchon"), Map.entry("Jongchon", "jeongchon"),
      Map.entry("Hoeryong", "hoeryong"), Map.entry("Hoeryung", "hoeryong"),
      Map.entry("Rason", "rason"), Map.entry("Rajin-Sonbong", "rason"),
      Map.entry("Tumangang", "tumangang"), Map.entry("Tuman River", "tumangang"));

  @Test
  void every_spelling_of_the_data_issue_finds_its_place() {
    SPELLINGS.forEach((query, word) -> {
      List<String> ids = INDEX.search(query, 3).stream().map(SearchHit::id).toList();
      assertThat(ids).as(query).anySatisfy(id -> assertThat(id).contains(word));
    });
  }
}
