package org.corridoratlas.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.corridoratlas.Atlas;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.http.AtlasServer;
import org.corridoratlas.network.TestNetworks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Route and analysis endpoints on the hand-made network of {@link TestNetworks#twoCrossings()}: valid and invalid. */
class RoutingApiTest {
  static AtlasServer server;
  static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = new AtlasServer(new Atlas(TestNetworks.twoCrossings().catalog()));
    server.start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> response) throws Exception {
    return Json.MAPPER.readTree(response.body());
  }

  @Test
  void an_analysis_over_the_time_limit_is_a_503_problem() throws Exception {
    AtlasServer strict = new AtlasServer(new Atlas(TestNetworks.twoCrossings().catalog()), Duration.ZERO);
    strict.start("127.0.0.1", 0);
    try {
      // Every route runs under the limit (a single quick search may still beat a zero limit, so it is not asked).
      for (String path : List.of("/api/catchment?from=port-v&hours=48",
          "/api/routes?from=125.0,40.0&to=port-v&alternatives=2")) {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + strict.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(json(response).path("detail").asText()).contains("took too long");
      }
    } finally {
      strict.stop();
    }
  }

  @Test
  void route_is_geojson_with_one_feature_per_leg_and_route_totals() throws Exception {
    HttpResponse<String> response = get("/api/routes?from=125.0,40.0&to=port-v&modes=rail&alternatives=1");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json(response);
    assertThat(body.path("features").size()).isPositive();
    assertThat(body.path("features").get(0).path("properties").path("mode").asText()).isEqualTo("rail");
    assertThat(body.path("routes").get(0).path("totals").path("gaugeBreaks").asInt()).isEqualTo(1);
    assertThat(body.path("routes").get(0).path("steps").get(0).path("kind").asText()).isEqualTo("border-crossing");
    assertThat(body.path("routes").get(0).path("steps").get(0).path("text").asText()).contains("CHN → PRK");
  }

  @Test
  void route_post_json_gives_the_same_answer() throws Exception {
    HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + "/api/routes"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"from\":\"125.0,40.0\",\"to\":\"port-v\",\"modes\":[\"rail\"]}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("routes").get(0).path("totals").path("borderCrossings").asInt()).isEqualTo(2);
  }

  @Test
  void no_route_is_200_with_the_reason_and_blockers() throws Exception {
    JsonNode body = json(get("/api/routes?from=125.0,40.0&to=125.2,40.0&modes=rail&asOf=2021-06-01"));
    assertThat(body.path("features").size()).isZero();
    assertThat(body.path("noRoute").path("reason").asText()).isEqualTo("closed");
    assertThat(body.path("noRoute").path("blockers").toString()).contains("crossing-south", "crossing-north");
  }

  @Test
  void route_as_gpx_and_kml() throws Exception {
    assertThat(get("/api/routes?from=125.0,40.0&to=port-v&f=gpx").body()).contains("<gpx", "<trkpt");
    assertThat(get("/api/routes?from=125.0,40.0&to=port-v&f=kml").body()).contains("<kml", "<LineString>");
  }

  @Test
  void route_with_bad_parameters_is_a_400_naming_it() throws Exception {
    assertThat(json(get("/api/routes?from=125.0,40.0&to=port-v&asOf=2021-13-01")).path("invalid-params").get(0)
        .path("name").asText()).isEqualTo("asOf");
    assertThat(json(get("/api/routes?from=Atlantis&to=port-v")).path("invalid-params").get(0).path("name").asText())
        .isEqualTo("from");
    assertThat(get("/api/routes?from=125.0,40.0&to=port-v&modes=plane").statusCode()).isEqualTo(400);
    assertThat(get("/api/routes?from=125.0,40.0&to=port-v&alternatives=9").statusCode()).isEqualTo(400);
    assertThat(get("/api/routes?to=port-v").statusCode()).isEqualTo(400);
  }

  @Test
  void nearest_ports_by_distance_and_by_time() throws Exception {
    JsonNode byDistance = json(get("/api/nearest?layer=ports&from=mine-m&k=2"));
    assertThat(byDistance.path("results").size()).isEqualTo(2);
    JsonNode byTime = json(get("/api/nearest?layer=ports&from=mine-m&k=1&by=time"));
    assertThat(byTime.path("results").get(0).path("id").asText()).isEqualTo("port-v");
    assertThat(get("/api/nearest?layer=nope&from=mine-m").statusCode()).isEqualTo(400);
  }

  @Test
  void catchment_is_an_area_with_the_features_reached() throws Exception {
    JsonNode body = json(get("/api/catchment?from=mine-m&hours=10"));
    assertThat(body.path("features").get(0).path("properties").path("areaKm2").asDouble()).isPositive();
    assertThat(body.path("reached").toString()).contains("rail-cn-s");
    assertThat(get("/api/catchment?from=mine-m&hours=-1").statusCode()).isEqualTo(400);
  }

  @Test
  void within_km_of_a_line_and_inside_a_polygon() throws Exception {
    JsonNode near = json(get("/api/within?layer=mines&line=rail-cn-s&km=20"));
    assertThat(near.path("results").get(0).path("id").asText()).isEqualTo("mine-m");
    JsonNode inside = json(get("/api/within?layer=ports&polygon=POLYGON((125.3%2039.9,125.5%2039.9,125.5%2040.1,125.3%2040.1,125.3%2039.9))"));
    assertThat(inside.path("results").size()).isEqualTo(1);
    assertThat(get("/api/within?layer=mines&line=rail-cn-s").statusCode()).isEqualTo(400);
  }

  @Test
  void health_counts_the_network() throws Exception {
    assertThat(json(get("/health")).path("network").path("edges").asInt()).isPositive();
  }
}
