package org.corridoratlas.http.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridoratlas.http.TestServer.get;
import static org.corridoratlas.http.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.geodata.Corridor;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.http.RealData;
import org.junit.jupiter.api.Test;

/** The atlas JSON API as the web app and the embeds consume it, on the repository's data. */
class AtlasApiTest {
  static final Catalog CATALOG = RealData.atlas().catalog();

  static List<String> searchIds(String q) throws Exception {
    List<String> ids = new ArrayList<>();
    json("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).path("results")
        .forEach(r -> ids.add(r.path("id").asText()));
    return ids;
  }

  @Test
  void search_finds_places_whatever_the_spelling_or_script() throws Exception {
    assertThat(searchIds("shinuiju")).anyMatch(id -> id.contains("sinuiju"));
    assertThat(searchIds("Sinŭiju")).anyMatch(id -> id.contains("sinuiju"));
    assertThat(searchIds("신의주")).anyMatch(id -> id.contains("sinuiju"));
    assertThat(searchIds("丹东")).anyMatch(id -> id.contains("dandong"));
    assertThat(searchIds("Хасан")).anyMatch(id -> id.contains("khasan"));
    assertThat(searchIds("komdok")).anyMatch(id -> id.contains("komdok") || id.contains("geomdeok"));
  }

  @Test
  void search_results_carry_the_contract_fields() throws Exception {
    JsonNode body = json("/api/search?q=tumen&limit=3");
    assertThat(body.path("query").asText()).isEqualTo("tumen");
    assertThat(body.path("results").size()).isBetween(1, 3);
    JsonNode hit = body.path("results").get(0);
    for (String field : List.of("id", "name", "layer", "matched", "score", "lon", "lat")) {
      assertThat(hit.has(field)).as(field).isTrue();
    }
  }

  @Test
  void corridors_list_and_detail_follow_the_contract() throws Exception {
    JsonNode list = json("/api/corridors").path("corridors");
    assertThat(list.size()).isEqualTo(CATALOG.corridors().size());
    for (Corridor c : CATALOG.corridors()) {
      JsonNode detail = json("/api/corridors/" + c.id());
      assertThat(detail.path("type").asText()).isEqualTo("FeatureCollection");
      JsonNode about = detail.path("corridor");
      assertThat(about.path("id").asText()).isEqualTo(c.id());
      assertThat(about.path("featureIds").size()).isEqualTo(c.featureIds().size());
      assertThat(about.has("trade")).isTrue();
      assertThat(about.has("profile")).isTrue();
      List<String> ids = new ArrayList<>();
      detail.path("features").forEach(f -> ids.add(f.path("id").asText()));
      assertThat(ids).isEqualTo(c.featureIds().stream().filter(id -> CATALOG.findFeature(id).isPresent()).toList());
    }
  }

  @Test
  void events_come_sorted_by_date_within_the_range() throws Exception {
    JsonNode all = json("/api/events");
    assertThat(all.path("features").size()).isEqualTo(CATALOG.getLayer("events").features().size());
    JsonNode some = json("/api/events?from=2020-01-01&to=2022-12-31");
    String previous = "";
    for (JsonNode e : some.path("features")) {
      String date = e.path("properties").path("date").asText();
      assertThat(date).isGreaterThanOrEqualTo(previous).isBetween("2020", "2022-12-31~");
      previous = date;
    }
  }

  @Test
  void trade_and_basemap_are_served_as_curated() throws Exception {
    assertThat(json("/api/trade")).isEqualTo(CATALOG.data().trade());
    for (String name : org.corridoratlas.geodata.GeoDataLoader.BASEMAP) {
      HttpResponse<String> response = get("/api/basemap/" + name);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/geo+json");
      assertThat(Json.MAPPER.readTree(response.body())).isEqualTo(CATALOG.data().basemap().get(name));
    }
  }
}
