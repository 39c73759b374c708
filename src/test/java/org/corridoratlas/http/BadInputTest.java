package org.corridoratlas.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.corridoratlas.geodata.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every parameter of every endpoint, given bad values: the answer is always a 4xx problem+json that names the
 * parameter (or the unknown id), never a 5xx, a stack trace or an echo that a browser would run.
 */
class BadInputTest {
  private static final List<String> NASTY = List.of("abc", "NaN", "Infinity", "-1", "1e309", "99999999999999999999",
      "", " ", "<script>alert(1)</script>", "'; DROP TABLE features; --", "../../etc/passwd", "%00", "\u0000",
      "안녕".repeat(400), "1,2", "1,2,3,4,5", "..");

  record Case(String path, String parameter) {
    @Override
    public String toString() {
      return path.length() > 120 ? path.substring(0, 120) + "…" : path;
    }
  }

  static Stream<Case> badParameters() {
    List<Case> cases = new ArrayList<>();
    String items = "/ogcapi/collections/crossings/items";
    for (String v : NASTY) {
      cases.add(new Case(items + "?limit=" + enc(v), "limit"));
      cases.add(new Case(items + "?offset=" + enc(v), "offset"));
      cases.add(new Case(items + "?datetime=" + enc(v), "datetime"));
      cases.add(new Case(items + "?f=" + enc(v), "f"));
      cases.add(new Case(items + "?crs=" + enc(v), "crs"));
      cases.add(new Case(items + "?status=" + enc(v), "status"));
      cases.add(new Case("/api/events?from=" + enc(v), "from"));
      cases.add(new Case("/api/events?to=" + enc(v), "to"));
      cases.add(new Case("/api/search?q=x&limit=" + enc(v), "limit"));
      cases.add(new Case("/ogcapi?f=" + enc(v), "f"));
      cases.add(new Case("/ogcapi/collections?f=" + enc(v), "f"));
      cases.add(new Case("/ogcapi/api?f=" + enc(v), "f"));
    }
    for (String bbox : List.of("1,2,3", "a,b,c,d", "NaN,40,130,42", "120,40,Infinity,42",
        "120,42,130,40", "-181,40,130,42", "120,-91,130,42", "1e400,0,1,1", "120,40,130", "120;40;130;42",
        "1,2,3,4,5", "<b>,1,2,3")) {
      cases.add(new Case(items + "?bbox=" + enc(bbox), "bbox"));
    }
    cases.add(new Case(items + "?opened=abc", "opened"));
    cases.add(new Case(items + "?opened=1.5", "opened"));
    cases.add(new Case(items + "?limit=0", "limit"));
    cases.add(new Case(items + "?limit=10001", "limit"));
    cases.add(new Case(items + "?limit=1&limit=2", "limit"));
    cases.add(new Case(items + "?datetime=2022-01-01/2021-01-01", "datetime"));
    cases.add(new Case(items + "?datetime=../..", "datetime"));
    cases.add(new Case(items + "?datetime=2021-02-30", "datetime"));
    cases.add(new Case(items + "?no-such-filter=1", "no-such-filter"));
    cases.add(new Case(items + "?%3Cscript%3E=1", "<script>"));
    for (String filter : List.of("nosuch = 1", "opened < 'x'", "opened =", "name LIKE 'a%'", "(((", "1 = 1 = 1",
        "S_INTERSECTS(geometry, BBOX(1,2))", "S_INTERSECTS(geometry, POLYGON((0 0, 1 1, 0 1, 1 0, 0 0)))")) {
      cases.add(new Case(items + "?filter=" + enc(filter), "filter"));
    }
    cases.add(new Case(items + "?filter=opened%3D1&filter-lang=cql2-json", "filter-lang"));
    cases.add(new Case(items + "?filter=opened%3D1&filter-crs=EPSG:4326", "filter-crs"));
    cases.add(new Case("/ogcapi/collections/railways/items?electrified=yes", "electrified"));
    cases.add(new Case("/api/search", "q"));
    cases.add(new Case("/api/search?q=" + enc("x".repeat(201)), "q"));
    cases.add(new Case("/api/search?q=x&foo=1", "foo"));
    cases.add(new Case("/api/events?from=2022-01-01&to=2021-01-01", "to"));
    cases.add(new Case("/api/corridors?x=1", "x"));
    cases.add(new Case("/api/trade?x=1", "x"));
    return cases.stream();
  }

  static Stream<String> unknownIds() {
    List<String> paths = new ArrayList<>();
    for (String id : List.of("nope", "..", "..%2F..%2Fpom.xml", "%2e%2e", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        enc("'; DROP TABLE x; --"), enc("한".repeat(500)), "crossing-sino-korean-friendship-bridge%00")) {
      paths.add("/ogcapi/collections/" + id);
      paths.add("/ogcapi/collections/" + id + "/items");
      paths.add("/ogcapi/collections/" + id + "/queryables");
      paths.add("/ogcapi/collections/crossings/items/" + id);
      paths.add("/api/corridors/" + id);
      paths.add("/api/basemap/" + id);
    }
    paths.add("/ogcapi/collections/ports/items/crossing-sino-korean-friendship-bridge");
    return paths.stream();
  }

  @ParameterizedTest
  @MethodSource("badParameters")
  void bad_parameter_values_are_a_400_problem_naming_the_parameter(Case c) throws Exception {
    HttpResponse<String> response = TestServer.get(c.path());
    assertProblem(response, 400);
    JsonNode problem = Json.MAPPER.readTree(response.body());
    assertThat(problem.path("invalid-params").get(0).path("name").asText()).isEqualTo(c.parameter());
  }

  @ParameterizedTest
  @MethodSource("unknownIds")
  void unknown_or_malicious_ids_are_a_4xx_problem(String path) throws Exception {
    HttpResponse<String> response = TestServer.get(path);
    assertThat(response.statusCode()).as(path).isBetween(400, 499);
    assertProblem(response, response.statusCode());
    assertThat(response.body()).doesNotContain("<script>").doesNotContain("<artifactId>");
  }

  static void assertProblem(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(Problems.MEDIA_TYPE);
    JsonNode problem = Json.MAPPER.readTree(response.body());
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.")
        .doesNotContain("<script>");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
