package org.corridoratlas.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.corridoratlas.geodata.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The routing endpoints parse as strictly as every other: unknown or repeated parameters, avoid ids that name
 * nothing (ids are case-sensitive), JSON bodies of the wrong media type or shape; each answer a problem naming the
 * parameter at fault.
 */
class RoutingParamsTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String ROUTE = "/api/routes?from=port-nampo&to=port-rajin";

  record Get(String path, String parameter) {
    @Override
    public String toString() {
      return path;
    }
  }

  record Post(String query, String contentType, String body, int status, String parameter) {
    @Override
    public String toString() {
      return contentType + " " + body;
    }
  }

  static Stream<Get> badQueries() {
    return Stream.of(
        new Get(ROUTE + "&foo=1", "foo"),
        new Get(ROUTE + "&from=port-hungnam", "from"),
        new Get(ROUTE + "&avoid=PRK&avoid=CHN", "avoid"),
        new Get(ROUTE + "&avoid=prk", "avoid"),
        new Get(ROUTE + "&avoid=crossing-that-does-not-exist", "avoid"),
        new Get(ROUTE + "&avoid=CHN,nope", "avoid"),
        new Get(ROUTE + "&modes=plane", "modes"),
        new Get(ROUTE + "&alternatives=1.5", "alternatives"),
        new Get(ROUTE + "&optimize=cost", "optimize"),
        new Get(ROUTE + "&f=pdf", "f"),
        new Get("/api/routes?to=port-rajin", "from"),
        new Get("/api/catchment?from=port-nampo&hours=3&minutes=5", "minutes"),
        new Get("/api/catchment?from=port-nampo&hours=3&hours=4", "hours"),
        new Get("/api/nearest?layer=ports&from=port-nampo&k=2&k=3", "k"),
        new Get("/api/nearest?layer=ports&from=port-nampo&radius=3", "radius"),
        new Get("/api/within?layer=mines&line=railway-nope&km=5", "line"),
        new Get("/api/within?layer=mines&km=5&extra=1", "extra"));
  }

  static Stream<Post> badBodies() {
    String json = "application/json";
    return Stream.of(
        new Post("", json, "{\"from\":\"port-nampo\",\"to\":\"port-rajin\",\"avoid\":{\"a\":\"PRK\"}}", 400, "avoid"),
        new Post("", json, "{\"from\":5,\"to\":\"port-rajin\"}", 400, "from"),
        new Post("", json, "{\"from\":[\"port-nampo\"],\"to\":\"port-rajin\"}", 400, "from"),
        new Post("", json, "{\"from\":\"port-nampo\",\"to\":\"port-rajin\",\"alternatives\":\"2\"}", 400,
            "alternatives"),
        new Post("", json, "{\"from\":\"port-nampo\",\"to\":\"port-rajin\",\"alternatives\":1.5}", 400,
            "alternatives"),
        new Post("", json, "{\"from\":\"port-nampo\",\"to\":\"port-rajin\",\"modes\":[1]}", 400, "modes"),
        new Post("", json, "{\"from\":\"port-nampo\",\"to\":\"port-rajin\",\"fromm\":\"x\"}", 400, "\"fromm\""),
        new Post("", json, "{\"from\":\"port-nampo\",\"to\":\"port-rajin\"} trailing", 400, "body"),
        new Post("", json, "{\"from\":\"port-nampo\",\"to\":\"port-rajin\"", 400, "body"),
        new Post("", json, "[\"port-nampo\"]", 400, "body"),
        new Post("", json, "{\"from\":\"port-nampo\",\"to\":\"port-rajin\",\"avoid\":[\"prk\"]}", 400, "avoid"),
        new Post("?from=port-hungnam", json, "{\"from\":\"port-nampo\",\"to\":\"port-rajin\"}", 400, "from"),
        new Post("?bogus=1", json, "{\"from\":\"port-nampo\",\"to\":\"port-rajin\"}", 400, "bogus"),
        new Post("", "text/plain", "{\"from\":\"port-nampo\",\"to\":\"port-rajin\"}", 415, null),
        new Post("", "application/x-www-form-urlencoded", "from=port-nampo&to=port-rajin", 415, null));
  }

  @ParameterizedTest
  @MethodSource("badQueries")
  void bad_query_is_a_400_naming_the_parameter(Get c) throws Exception {
    HttpResponse<String> response = TestServer.get(c.path());
    BadInputTest.assertProblem(response, 400);
    assertThat(Json.MAPPER.readTree(response.body()).path("invalid-params").get(0).path("name").asText())
        .isEqualTo(c.parameter());
  }

  @ParameterizedTest
  @MethodSource("badBodies")
  void bad_body_is_refused_naming_the_member(Post c) throws Exception {
    HttpResponse<String> response = post(c.query(), c.contentType(), c.body());
    BadInputTest.assertProblem(response, c.status());
    if (c.parameter() != null) {
      assertThat(Json.MAPPER.readTree(response.body()).path("invalid-params").get(0).path("name").asText())
          .isEqualTo(c.parameter());
    }
  }

  @Test
  void good_requests_still_answer_by_query_and_by_body() throws Exception {
    assertThat(TestServer.get(ROUTE + "&avoid=crossing-sino-korean-friendship-bridge,RUS&modes=rail,road")
        .statusCode()).isEqualTo(200);
    HttpResponse<String> body = post("?f=geojson", "application/json; charset=utf-8",
        "{\"from\":\"port-nampo\",\"to\":\"port-rajin\",\"modes\":[\"rail\",\"road\"],\"avoid\":\"RUS\","
            + "\"alternatives\":1}");
    assertThat(body.statusCode()).as(body.body()).isEqualTo(200);
    JsonNode json = Json.MAPPER.readTree(body.body());
    assertThat(json.path("routes")).isNotEmpty();
  }

  private static HttpResponse<String> post(String query, String contentType, String body) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(TestServer.base() + "/api/routes" + query))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
