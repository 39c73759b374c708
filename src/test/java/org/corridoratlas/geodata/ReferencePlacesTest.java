package org.corridoratlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridoratlas.http.RealData;
import org.corridoratlas.catalog.Catalog;
import org.junit.jupiter.api.Test;

/** The reference layers of geodata/basemap (built by geodata/tools/places.py) as the maps need them. */
class ReferencePlacesTest {
  private static final Catalog CATALOG = RealData.atlas().catalog();
  private static final Set<String> KINDS = Set.of("capital", "admin1-capital", "city", "town");

  private static Map<String, JsonNode> placesByName() {
    Map<String, JsonNode> out = new HashMap<>();
    CATALOG.data().basemap().get("places").path("features")
        .forEach(f -> out.put(f.path("properties").path("name").asText(), f.path("properties")));
    return out;
  }

  @Test
  void the_corridor_towns_are_there_with_their_names_in_four_scripts() {
    Map<String, JsonNode> places = placesByName();
    assertThat(places).containsKeys("Dandong", "Sinuiju", "Pyongyang", "Nampo", "Namyang", "Khasan", "Rajin",
        "Hunchun", "Vladivostok", "Chongjin", "Hyesan", "Manpo", "Ji'an", "Tumen");
    assertThat(places.get("Pyongyang").path("names").path("ko").asText()).isEqualTo("평양");
    assertThat(places.get("Sinuiju").path("names").path("ko").asText()).isEqualTo("신의주");
    assertThat(places.get("Dandong").path("names").path("zh").asText()).isEqualTo("丹东");
    assertThat(places.get("Vladivostok").path("names").path("ru").asText()).isEqualTo("Владивосток");
    assertThat(places.get("Pyongyang").path("kind").asText()).isEqualTo("capital");
  }

  /** The towns of the Tumen–Rason–Vladivostok and Dandong–Sinuiju corridors, which readers embed. */
  private static final List<String> CORRIDOR_TOWNS = List.of("Tumen", "Hunchun", "Longjing", "Sanhe", "Hoeryong",
      "Namyang", "Onsong", "Musan", "Tumangang", "Rajin", "Sonbong", "Khasan", "Kraskino", "Posyet", "Zarubino",
      "Vladivostok", "Dandong", "Sinuiju", "Uiju", "Ji'an", "Manpo", "Changbai", "Hyesan");
  /** Names of those towns that no source looked at gave (see LOOKED_UP in geodata/tools/places.py). */
  private static final Set<String> NAMES_NOT_FOUND = Set.of("Namyang ru", "Onsong ru", "Musan ru", "Khasan zh",
      "Changbai ru");

  @Test
  void the_corridor_towns_have_names_in_korean_chinese_and_russian_unless_no_source_gives_one() {
    Map<String, JsonNode> places = placesByName();
    List<String> missing = new ArrayList<>();
    for (String town : CORRIDOR_TOWNS) {
      assertThat(places).containsKey(town);
      for (String lang : List.of("ko", "zh", "ru")) {
        boolean named = !places.get(town).path("names").path(lang).asText("").isBlank();
        if (named == NAMES_NOT_FOUND.contains(town + " " + lang)) {
          missing.add(town + " " + lang + (named ? ": named now, take it off NAMES_NOT_FOUND" : ": no name"));
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(places.get("Tumen").path("names").path("ko").asText()).isEqualTo("투먼");
    assertThat(places.get("Hunchun").path("names").path("ko").asText()).isEqualTo("훈춘");
    assertThat(places.get("Rajin").path("names").path("zh").asText()).isEqualTo("罗津");
    assertThat(places.get("Hoeryong").path("names").path("ru").asText()).isEqualTo("Хверён");
    assertThat(places.get("Kraskino").path("source").asText()).contains("ko from", "zh from Chinese Wikipedia");
    // Yanbian's townships in Yanbian Korean, as its press writes them; a DPRK port town in its Hancha
    assertThat(places.get("Sanhe").path("names").path("ko").asText()).isEqualTo("삼합");
    assertThat(places.get("Kaishantun").path("names").path("ko").asText()).isEqualTo("개산툰");
    assertThat(places.get("Tanchon").path("names").path("zh").asText()).isEqualTo("端川");
    assertThat(places.get("Tanchon").path("source").asText()).contains("zh from English Wikipedia, Tanchon");
  }

  /** Words of a crossing's, port's, mine's or corridor's name that are no place: what it is, not where. */
  private static final Set<String> GENERIC = Set.of("bridge", "road", "railway", "crossing", "international", "port",
      "coal", "mine", "mining", "complex", "youth", "hero", "copper", "gold", "iron", "graphite", "oil", "pipeline",
      "historic", "river", "new", "of", "area", "ports", "mines", "ore", "by", "sea", "east", "coast", "crude",
      "joint", "enterprise", "broken", "friendship");
  /** Name parts that are no town, and why. */
  private static final Map<String, String> NOT_TOWNS = Map.of(
      "Sino-Korean", "the Sino-Korean Friendship Bridge is named after the two countries",
      "Korea", "the Korea–Russia Friendship Bridge is named after the two countries",
      "Russia", "the Korea–Russia Friendship Bridge is named after the two countries",
      "Dadong", "a port area of Donggang, not a town",
      "Vostochny", "the port is named for the east; it lies at Vrangel, which the places name as its town",
      "Seohae", "the Seohae joint enterprise that works the Ongjin mine");
  /** Towns no checked source places yet (neither Natural Earth, GeoNames cities500 nor an atlas station there). */
  private static final Map<String, String> UNPLACED = Map.ofEntries(
      Map.entry("Changlingzi", "the checkpoint village of Hunchun; the crossing point is on the border, not in it"),
      Map.entry("Shatuozi", "the crossing is a bridge; no source places the village"),
      Map.entry("Saebyol", "the county town (Saebyŏl, formerly Kyŏngwŏn); GeoNames' Kyŏngwŏn is not shown to be it"),
      Map.entry("Komdok", "mining village, in no source here"), Map.entry("Kumgol", "mining village, in no source here"),
      Map.entry("Ryongyang", "mining village, in no source here"), Map.entry("Taehung", "mining village, in no source here"),
      Map.entry("Sangnong", "mining village, in no source here"), Map.entry("Jongchon", "mining village, in no source here"),
      Map.entry("Daebong", "mining village, in no source here"));
  private static final Pattern PARENTHESES = Pattern.compile("^(.*?)\\s*\\(([^)]*)\\)\\s*(.*)$");

  /** The places a name holds: "Hunchun (Changlingzi)–Kraskino Road Crossing" → Hunchun, Changlingzi, Kraskino. */
  static List<String> townsIn(String name) {
    List<String> out = new ArrayList<>();
    for (String piece : name.split("\\s*[–—/]\\s*|\\s+-\\s+")) {
      Matcher m = PARENTHESES.matcher(piece);
      List<String> parts = m.matches() ? List.of(m.group(1) + " " + m.group(3), m.group(2)) : List.of(piece);
      for (String part : parts) {
        String town = String.join(" ", Arrays.stream(part.trim().split("\\s+"))
            .filter(w -> !w.isBlank() && !GENERIC.contains(w.toLowerCase(Locale.ROOT))).toList());
        if (!town.isBlank()) {
          out.add(town);
        }
      }
    }
    return out;
  }

  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]", "");
  }

  @Test
  void names_are_split_into_the_towns_they_hold() {
    assertThat(townsIn("Hunchun (Changlingzi)–Kraskino Road Crossing")).containsExactly("Hunchun", "Changlingzi",
        "Kraskino");
    assertThat(townsIn("Rason (Rajin) – Tumangang – Khasan – Vladivostok")).containsExactly("Rason", "Rajin",
        "Tumangang", "Khasan", "Vladivostok");
    assertThat(townsIn("Port of Nakhodka")).containsExactly("Nakhodka");
  }

  /**
   * Every town a crossing, port, mine or corridor is named after is a place, and the place names the feature in its
   * namedIn (so that a map of that feature labels it); provinces and rivers count as places of their own.
   */
  @Test
  void every_town_a_crossing_port_mine_or_corridor_is_named_after_is_a_place() {
    Map<String, JsonNode> byKey = new HashMap<>();
    for (JsonNode f : CATALOG.data().basemap().get("places").path("features")) {
      JsonNode p = f.path("properties");
      byKey.put(fold(p.path("name").asText()), p);
      p.path("names").forEach(n -> byKey.put(fold(n.asText()), p));
    }
    Set<String> regions = new HashSet<>();
    CATALOG.data().basemap().get("admin1").path("features")
        .forEach(f -> regions.add(fold(f.path("properties").path("name").asText())));
    CATALOG.data().basemap().get("rivers").path("features")
        .forEach(f -> townsIn(f.path("properties").path("name").asText()).forEach(n -> regions.add(fold(n))));
    Map<String, String> named = new java.util.LinkedHashMap<>();
    for (LayerKind layer : List.of(LayerKind.CROSSINGS, LayerKind.PORTS, LayerKind.MINES)) {
      CATALOG.layer(layer).features().forEach(f -> named.put(f.id(), f.name()));
    }
    CATALOG.corridors().forEach(c -> named.put("corridor " + c.id(), c.name()));
    List<String> missing = new ArrayList<>();
    Set<String> unplacedSeen = new HashSet<>();
    named.forEach((id, name) -> {
      for (String town : townsIn(name)) {
        String key = fold(town);
        if (NOT_TOWNS.containsKey(town) || regions.contains(key)) {
          continue;
        }
        if (UNPLACED.containsKey(town)) {
          unplacedSeen.add(town);
          if (byKey.containsKey(key)) {
            missing.add(town + " is a place now: take it off UNPLACED");
          }
          continue;
        }
        JsonNode place = byKey.get(key);
        if (place == null) {
          missing.add(id + " (" + name + "): no place " + town);
        } else if (!id.startsWith("corridor ")
            && !place.path("namedIn").toString().contains("\"" + id + "\"")) {
          missing.add(id + " (" + name + "): " + town + " does not name it in namedIn");
        }
      }
    });
    assertThat(missing).isEmpty();
    assertThat(unplacedSeen).as("UNPLACED names only towns the data is named after").isEqualTo(UNPLACED.keySet());
  }

  @Test
  void the_dprk_towns_have_korean_names_in_hangul_and_chinese_in_simplified_characters() {
    Map<String, JsonNode> places = placesByName();
    assertThat(places.get("Hungnam").path("names").path("ko").asText()).isEqualTo("흥남");
    assertThat(places.get("Tumangang").path("names").path("ko").asText()).isEqualTo("두만강");
    List<String> faults = new ArrayList<>();
    for (JsonNode p : places.values()) {
      if (!p.path("country").asText().equals("PRK")) {
        continue;
      }
      String ko = p.path("names").path("ko").asText("");
      String zh = p.path("names").path("zh").asText("");
      if (!ko.isEmpty() && !ko.matches("[\\uac00-\\ud7a3]+")) {
        faults.add(p.path("name").asText() + " ko " + ko);
      }
      if (zh.matches(".*[興義順滿穩龍陽郡].*")) {
        faults.add(p.path("name").asText() + " zh " + zh);
      }
    }
    assertThat(faults).isEmpty();
  }

  /**
   * Chinese labels are in simplified characters everywhere, as on mainland maps; the sources give some in
   * traditional ones, and GeoNames gives two towns another place's name.
   */
  @Test
  void every_chinese_place_name_is_in_simplified_characters_and_names_its_own_town() {
    Map<String, JsonNode> places = placesByName();
    assertThat(places.values().stream().map(p -> p.path("names").path("zh").asText(""))
        .filter(zh -> zh.matches(".*[興義順滿穩龍陽爾瀋參納東會寧開鎮慶韓鐵].*")))
        .as("traditional characters").isEmpty();
    assertThat(places.get("Seoul").path("names").path("zh").asText()).isEqualTo("首尔");
    assertThat(places.get("Shenyang").path("names").path("zh").asText()).isEqualTo("沈阳");
    assertThat(places.get("Linxi").path("names").path("zh").asText()).isEqualTo("林西");
    assertThat(places.get("Longkou").path("names").path("zh").asText()).isEqualTo("龙口");
    assertThat(places.get("Longkou").path("source").asText()).contains("English Wikipedia, Longkou");
  }

  /** Province lines are drawn where two provinces of one country meet, never along a national border. */
  @Test
  void the_province_lines_join_provinces_of_one_country_and_stay_off_the_national_borders() {
    JsonNode lines = CATALOG.data().basemap().get("admin1-lines").path("features");
    Set<String> pairs = new HashSet<>();
    lines.forEach(f -> pairs.add(f.path("properties").path("between").get(0).asText() + "|"
        + f.path("properties").path("between").get(1).asText()));
    assertThat(pairs).contains("North Hamgyong|Rason", "North Hamgyong|Ryanggang", "Jilin|Liaoning",
        "Heilongjiang|Jilin", "Khabarovsk|Primorsky Krai");
    List<double[]> border = new ArrayList<>();
    CATALOG.data().basemap().get("boundaries").path("features").forEach(f -> collect(f.path("geometry"), border));
    int vertices = 0;
    int onBorder = 0;
    for (JsonNode f : lines) {
      assertThat(f.path("properties").path("source").asText()).contains("Natural Earth");
      for (JsonNode line : f.path("geometry").path("coordinates")) {
        for (int i = 1; i < line.size() - 1; i++) {
          double x = line.get(i).get(0).asDouble();
          double y = line.get(i).get(1).asDouble();
          vertices++;
          if (border.stream().anyMatch(b -> Math.hypot(b[0] - x, b[1] - y) < 0.01)) {
            onBorder++;
          }
        }
      }
    }
    assertThat(onBorder).as("inner vertices within 1 km of a national border, of %d", vertices)
        .isLessThan(vertices / 50);
  }

  private static void collect(JsonNode geometry, List<double[]> out) {
    if (geometry.isArray() && geometry.size() >= 2 && geometry.get(0).isNumber()) {
      out.add(new double[] {geometry.get(0).asDouble(), geometry.get(1).asDouble()});
    } else {
      (geometry.has("coordinates") ? geometry.path("coordinates") : geometry).forEach(g -> collect(g, out));
    }
  }

  @Test
  void every_place_has_a_kind_a_rank_a_source_and_an_english_name() {
    List<String> faults = new ArrayList<>();
    for (JsonNode f : CATALOG.data().basemap().get("places").path("features")) {
      JsonNode p = f.path("properties");
      String name = p.path("name").asText();
      if (name.isBlank() || !p.path("names").path("en").asText().equals(name) || !KINDS.contains(p.path("kind").asText())
          || p.path("rank").asInt() < 1 || p.path("rank").asInt() > 6 || p.path("source").asText().isBlank()) {
        faults.add(name + " " + p);
      }
    }
    assertThat(faults).isEmpty();
  }

  @Test
  void every_feature_a_town_is_named_in_exists() {
    List<String> unknown = new ArrayList<>();
    for (JsonNode f : CATALOG.data().basemap().get("places").path("features")) {
      f.path("properties").path("namedIn").forEach(id -> {
        if (CATALOG.findFeature(id.asText()).isEmpty()) {
          unknown.add(f.path("properties").path("name").asText() + ": " + id.asText());
        }
      });
    }
    assertThat(unknown).isEmpty();
  }

  @Test
  void the_reference_layers_stay_small_enough_for_the_web_app() throws IOException {
    long bytes = 0;
    for (String name : List.of("places", "rivers", "lakes", "admin1", "admin1-lines", "seas")) {
      bytes += Files.size(Path.of("geodata/basemap/" + name + ".geojson"));
    }
    assertThat(bytes).isLessThan(165_000);
  }
}
