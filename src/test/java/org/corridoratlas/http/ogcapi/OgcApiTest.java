package org.corridoratlas.http.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridoratlas.http.TestServer.get;
import static org.corridoratlas.http.TestServer.json;
import static org.corridoratlas.http.TestServer.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.http.RealData;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** OGC API – Features Part 1 as clients rely on it, on the repository's data. */
class OgcApiTest {
  static final Catalog CATALOG = RealData.atlas().catalog();

  static JsonNode link(JsonNode doc, String rel) {
    for (JsonNode l : doc.path("links")) {
      if (l.path("rel").asText().equals(rel)) {
        return l;
      }
    }
    return null;
  }

  @Test
  void landing_page_links_what_gdal_and_qgis_look_for() throws Exception {
    JsonNode landing = json("/ogcapi");
    assertThat(link(landing, "self")).isNotNull();
    assertThat(link(landing, "service-desc").path("type").asText())
        .isEqualTo("application/vnd.oai.openapi+json;version=3.0");
    assertThat(link(landing, "service-doc").path("type").asText()).isEqualTo("text/html");
    assertThat(link(landing, "conformance")).isNotNull();
    assertThat(link(landing, "data").path("href").asText()).endsWith("/ogcapi/collections");
  }

  @Test
  void conformance_claims_part_1_and_the_part_3_classes_served() throws Exception {
    List<String> classes = new ArrayList<>();
    json("/ogcapi/conformance").path("conformsTo").forEach(c -> classes.add(c.asText()));
    assertThat(classes).contains(
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");
    assertThat(classes).contains("http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
        "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text", "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2");
    assertThat(classes).as("not implemented, so not claimed").noneMatch(c -> c.contains("cql2-json")
        || c.contains("advanced-comparison") || c.contains("temporal") || c.contains("arrays"));
  }

  @Test
  void openapi_document_declares_limit_maximum_and_every_property_filter() throws Exception {
    HttpResponse<String> response = get("/ogcapi/api");
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.oai.openapi+json;version=3.0");
    JsonNode api = Json.MAPPER.readTree(response.body());
    assertThat(api.path("openapi").asText()).startsWith("3.0");
    CATALOG.layers().forEach(layer -> {
      JsonNode parameters = api.path("paths").path("/collections/" + layer.id() + "/items").path("get")
          .path("parameters");
      Set<String> names = new HashSet<>();
      parameters.forEach(p -> names.add(p.path("name").asText()));
      assertThat(names).as(layer.id()).contains("limit", "offset", "bbox", "datetime", "f");
      layer.queryables().forEach(q -> assertThat(names).as(layer.id()).contains(q.name()));
      parameters.forEach(p -> {
        if (p.path("name").asText().equals("limit")) {
          assertThat(p.path("schema").path("maximum").asInt()).isEqualTo(10000);
        }
      });
    });
    assertThat(api.path("paths").has("/api/search")).isTrue();
  }

  @Test
  void every_path_the_openapi_document_names_is_served() throws Exception {
    JsonNode api = json("/ogcapi/api");
    var paths = api.path("paths").fieldNames();
    while (paths.hasNext()) {
      String path = paths.next();
      JsonNode item = api.path("paths").path(path);
      String server = item.has("servers") ? "" : "/ogcapi";
      String concrete = path.replace("{collectionId}", "crossings").replace("{corridorId}",
          CATALOG.corridors().get(0).id()).replace("{name}", "coast")
          .replace("{featureId}", CATALOG.getLayer("crossings").features().get(0).id());
      if (path.contains("/items/{featureId}") && !path.contains("crossings")) {
        continue;
      }
      int status = get(server + (concrete.equals("/") ? "" : concrete)).statusCode();
      assertThat(status).as(server + concrete).isIn(200, 400);
    }
  }

  @Test
  void swagger_ui_page_loads_its_webjar() throws Exception {
    HttpResponse<String> page = get("/ogcapi/api?f=html");
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("swagger-ui-bundle.js");
    assertThat(get("/webjars/swagger-ui/5.32.6/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
  }

  @Test
  void every_collection_has_extents_and_queryables_and_schema_links() throws Exception {
    JsonNode collections = json("/ogcapi/collections").path("collections");
    assertThat(collections).hasSize(CATALOG.layers().size());
    for (JsonNode c : collections) {
      assertThat(c.path("extent").path("spatial").path("bbox").get(0)).hasSize(4);
      assertThat(c.path("extent").path("temporal").path("interval").get(0)).hasSize(2);
      assertThat(link(c, "http://www.opengis.net/def/rel/ogc/1.0/queryables")).isNotNull();
      assertThat(link(c, "describedby")).isNotNull();
      String id = c.path("id").asText();
      assertThat(json("/ogcapi/collections/" + id + "/queryables").path("properties").has("status")).isTrue();
      assertThat(json("/ogcapi/collections/" + id + "/schema").path("type").asText()).isEqualTo("object");
    }
  }

  @Test
  void paging_through_next_links_returns_every_feature_once_with_numberMatched_on_every_page() throws Exception {
    for (var layer : CATALOG.layers()) {
      String next = "/ogcapi/collections/" + layer.id() + "/items?limit=3";
      List<String> ids = new ArrayList<>();
      while (next != null) {
        HttpResponse<String> response = get(next);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/geo+json");
        JsonNode page = Json.MAPPER.readTree(response.body());
        assertThat(page.path("numberMatched").asInt()).isEqualTo(layer.features().size());
        assertThat(page.path("numberReturned").asInt()).isEqualTo(page.path("features").size());
        assertThat(page.path("timeStamp").asText()).isNotEmpty();
        page.path("features").forEach(f -> ids.add(f.path("id").asText()));
        JsonNode nextLink = link(page, "next");
        if (nextLink != null) {
          assertThat(nextLink.path("type").asText()).isEqualTo("application/geo+json");
        }
        next = nextLink == null ? null : URI.create(nextLink.path("href").asText()).getRawPath() + "?"
            + URI.create(nextLink.path("href").asText()).getRawQuery();
      }
      assertThat(ids).as(layer.id()).containsExactlyElementsOf(layer.features().stream().map(Feature::id).toList());
    }
  }

  @Test
  void features_carry_the_geodata_properties_plus_layer() throws Exception {
    Feature f = CATALOG.layers().get(0).features().get(0);
    JsonNode item = json("/ogcapi/collections/" + f.layer() + "/items/" + f.id());
    assertThat(item.path("type").asText()).isEqualTo("Feature");
    assertThat(item.path("id").asText()).isEqualTo(f.id());
    assertThat(item.path("properties").path("layer").asText()).isEqualTo(f.layer());
    assertThat(item.path("properties").path("name").asText()).isEqualTo(f.name());
    assertThat(item.path("properties").path("status")).isEqualTo(f.properties().path("status"));
    assertThat(link(item, "collection")).isNotNull();
  }

  @Test
  void datetime_keeps_the_features_that_exist_on_that_date() throws Exception {
    for (String day : List.of("1990-01-01", "2020-06-01", "2023-01-01")) {
      for (var layer : CATALOG.layers()) {
        Set<String> expected = new HashSet<>();
        layer.features().stream().filter(f -> f.status().existsOn(LocalDate.parse(day)))
            .forEach(f -> expected.add(f.id()));
        assertThat(ids("/ogcapi/collections/" + layer.id() + "/items?limit=10000&datetime=" + day))
            .as(layer.id() + " on " + day).isEqualTo(expected);
      }
    }
  }

  @Test
  void property_filters_match_values_and_list_members() throws Exception {
    var crossings = CATALOG.getLayer("crossings");
    Set<String> expected = new HashSet<>();
    crossings.features().stream().filter(f -> f.texts("countries").contains("PRK")).forEach(f -> expected.add(f.id()));
    assertThat(ids("/ogcapi/collections/crossings/items?countries=PRK")).isEqualTo(expected);
    Set<String> closedIn2021 = new HashSet<>();
    crossings.features().stream().filter(f -> f.status().statusOn(LocalDate.of(2021, 6, 1))
        .map(s -> s.wireName().equals("closed")).orElse(false)).forEach(f -> closedIn2021.add(f.id()));
    assertThat(ids("/ogcapi/collections/crossings/items?status=closed&datetime=2021-06-01")).isEqualTo(closedIn2021);
  }

  @Test
  void cql2_filter_agrees_with_the_same_query_by_parameters() throws Exception {
    assertThat(ids("/ogcapi/collections/crossings/items?filter-lang=cql2-text&filter="
        + "countries%20%3D%20%27PRK%27%20AND%20status%20%3D%20%27closed%27&datetime=2021-06-01"))
        .isEqualTo(ids("/ogcapi/collections/crossings/items?countries=PRK&status=closed&datetime=2021-06-01"));
    assertThat(ids("/ogcapi/collections/railways/items?filter="
        + "S_INTERSECTS(geometry%2CBBOX(124%2C39.5%2C125.5%2C41))"))
        .isEqualTo(ids("/ogcapi/collections/railways/items?bbox=124,39.5,125.5,41"));
    JsonNode page = json("/ogcapi/collections/crossings/items?limit=1&filter=countries%3D%27PRK%27");
    assertThat(link(page, "next").path("href").asText()).contains("filter=countries");
  }

  @Test
  void booleans_may_be_given_as_1_and_0_as_gdal_sends_them() throws Exception {
    assertThat(ids("/ogcapi/collections/railways/items?electrified=1"))
        .isEqualTo(ids("/ogcapi/collections/railways/items?electrified=true"));
  }

  @Test
  void bbox_keeps_only_features_that_touch_the_box() throws Exception {
    JsonNode all = json("/ogcapi/collections/railways/items?limit=10000&bbox=124,39.5,125.5,41");
    assertThat(all.path("numberMatched").asInt()).isEqualTo(all.path("features").size());
    for (JsonNode f : all.path("features")) {
      Feature feature = CATALOG.getFeature(f.path("id").asText());
      assertThat(feature.geometry().getEnvelopeInternal().intersects(new Envelope(124, 125.5, 39.5, 41))).isTrue();
    }
  }

  @Test
  void caching_headers_give_304_for_the_current_version() throws Exception {
    HttpResponse<String> first = get("/ogcapi/collections/ports/items");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).startsWith("W/\"").contains(CATALOG.dataVersion());
    assertThat(first.headers().firstValue("Cache-Control")).isPresent();
    assertThat(first.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(get("/ogcapi/collections/ports/items", "If-None-Match", etag).statusCode()).isEqualTo(304);
    assertThat(get("/ogcapi/collections/ports/items", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
  }

  @Test
  void methods_and_media_types_are_answered_with_the_right_status() throws Exception {
    HttpResponse<String> options = send("OPTIONS", "/ogcapi/collections/ports/items");
    assertThat(options.statusCode()).isEqualTo(204);
    assertThat(options.headers().firstValue("Allow")).hasValue("GET, HEAD");
    assertThat(send("HEAD", "/ogcapi/collections/ports/items").statusCode()).isEqualTo(200);
    assertThat(send("POST", "/ogcapi/collections/ports/items").statusCode()).isEqualTo(405);
    assertThat(send("DELETE", "/ogcapi/collections/ports/items/x").statusCode()).isEqualTo(405);
    assertThat(get("/ogcapi/collections/ports/items", "Accept", "image/png").statusCode()).isEqualTo(406);
    assertThat(get("/ogcapi/collections", "Accept", "application/json").headers().firstValue("Content-Type"))
        .hasValue("application/json");
  }

  @Test
  void html_pages_are_negotiated_escape_data_and_link_to_the_map() throws Exception {
    Feature f = CATALOG.getLayer("crossings").features().get(0);
    HttpResponse<String> page = get("/ogcapi/collections/crossings/items/" + f.id(), "Accept",
        "text/html,application/xhtml+xml,*/*;q=0.8");
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("href=\"/#feature=" + f.id() + "\"").doesNotContain("<script");
    HttpResponse<String> list = get("/ogcapi/collections/crossings/items?f=html&name=%3Cscript%3Ealert(1)%3C/script%3E");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).doesNotContain("<script");
  }

  @Test
  void csv_and_kml_encodings_hold_every_feature() throws Exception {
    int n = CATALOG.getLayer("ports").features().size();
    String csv = get("/ogcapi/collections/ports/items?f=csv&limit=10000").body();
    assertThat(csv.split("\r\n")).hasSize(n + 1);
    String kml = get("/ogcapi/collections/ports/items?f=kml&limit=10000").body();
    assertThat(kml.split("<Placemark", -1)).hasSize(n + 1);
  }

  @Test
  void every_encoding_says_when_the_current_status_was_last_confirmed() throws Exception {
    Feature port = CATALOG.getLayer("ports").features().get(0);
    String confirmed = port.status().lastConfirmed().orElseThrow();
    String item = "/ogcapi/collections/ports/items/" + port.id();
    assertThat(json(item + "?f=json").path("properties").path("confirmed").asText()).isEqualTo(confirmed);
    String[] csv = get(item + "?f=csv").body().split("\r\n");
    int column = List.of(csv[0].split(",")).indexOf("confirmed");
    assertThat(column).isPositive();
    assertThat(csv[1].split(",")[column]).isEqualTo(confirmed);
    assertThat(get(item + "?f=kml").body()).contains("<Data name=\"confirmed\"><value>" + confirmed + "</value>");
    assertThat(get(item + "?f=html").body()).contains("Last confirmed").contains(confirmed);
  }

  private static Set<String> ids(String path) throws Exception {
    Set<String> ids = new HashSet<>();
    json(path + (path.contains("limit=") ? "" : "&limit=10000")).path("features")
        .forEach(f -> ids.add(f.path("id").asText()));
    return ids;
  }
}
