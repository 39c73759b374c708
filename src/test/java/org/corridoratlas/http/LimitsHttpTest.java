package org.corridoratlas.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.corridoratlas.config.Limits;
import org.corridoratlas.geodata.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every limit of {@link Limits}, reached through HTTP: a problem+json naming the parameter (400) or the body
 * (413), never the work itself.
 */
class LimitsHttpTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final Limits L = Limits.DEFAULT;

  record Case(String method, String path, String body, int status, String parameter) {
    @Override
    public String toString() {
      String b = body == null ? "" : " body " + (body.length() > 60 ? body.substring(0, 60) + "…" : body);
      return method + " " + (path.length() > 100 ? path.substring(0, 100) + "…" : path) + b;
    }
  }

  static Stream<Case> overLimits() {
    List<Case> cases = new ArrayList<>();
    String vias = String.join(";", java.util.Collections.nCopies(L.vias() + 1, "125.5,40.5"));
    cases.add(new Case("GET", "/api/routes?from=Dandong&to=Pyongyang&via=" + vias, null, 400, "via"));
    cases.add(new Case("POST", "/api/routes", "{\"from\":\"Dandong\",\"to\":\"Pyongyang\",\"via\":["
        + String.join(",", java.util.Collections.nCopies(L.vias() + 1, "\"Sinuiju\"")) + "]}", 400, "via"));
    cases.add(new Case("GET", "/api/routes?from=Dandong&to=Pyongyang&alternatives=" + (L.alternatives() + 1), null,
        400, "alternatives"));
    cases.add(new Case("GET", "/api/catchment?from=Dandong&hours=" + (L.catchmentHours() + 1), null, 400, "hours"));
    cases.add(new Case("GET", "/api/nearest?layer=ports&from=Dandong&k=" + (L.nearest() + 1), null, 400, "k"));
    cases.add(new Case("GET", "/static.png?bbox=124,39,131,43&width=" + (L.imageSidePx() + 1), null, 400, "width"));
    cases.add(new Case("GET", "/static.png?bbox=124,39,131,43&height=" + (L.imageSidePx() + 1), null, 400,
        "height"));
    cases.add(new Case("GET", "/api/events?limit=" + (L.eventsPage() + 1), null, 400, "limit"));
    cases.add(new Case("GET", "/api/events?limit=0", null, 400, "limit"));
    cases.add(new Case("GET", "/api/events?offset=-1", null, 400, "offset"));
    cases.add(new Case("GET", "/api/events?offset=x", null, 400, "offset"));
    cases.add(new Case("GET", "/api/events?limit=5&limit=6", null, 400, "limit"));
    // Bodies: refused on their declared length before a byte is read.
    cases.add(new Case("POST", "/api/routes", "{\"from\":\"" + "x".repeat(L.routeBodyBytes()) + "\"}", 413, null));
    cases.add(new Case("POST", "/health", "{}", 413, null));
    cases.add(new Case("POST", "/ogcapi/collections/ports/items", "x", 413, null));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overLimits")
  void each_limit_is_a_problem_naming_what_was_too_much(Case c) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServer.base() + c.path()));
    if (c.body() != null) {
      request.header("Content-Type", "application/json")
          .method(c.method(), HttpRequest.BodyPublishers.ofString(c.body()));
    }
    HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(c.status());
    assertThat(response.headers().firstValue("Content-Type")).hasValue(Problems.MEDIA_TYPE);
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    JsonNode problem = Json.MAPPER.readTree(response.body());
    assertThat(problem.path("status").asInt()).isEqualTo(c.status());
    if (c.parameter() != null) {
      assertThat(problem.path("invalid-params").path(0).path("name").asText()).isEqualTo(c.parameter());
    } else {
      assertThat(problem.path("detail").asText()).containsAnyOf("body is larger", "takes no request body");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overLimits")
  void the_same_with_a_chunked_body_of_unknown_length(Case c) throws Exception {
    if (c.body() == null || c.status() != 413) {
      return;
    }
    String head = c.method() + " " + c.path() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
    byte[] body = c.body().getBytes(StandardCharsets.UTF_8);
    String answer = raw(head, Integer.toHexString(body.length) + "\r\n" + c.body() + "\r\n0\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 413 ").contains(Problems.MEDIA_TYPE);
  }

  /** One raw HTTP/1.1 exchange (the JDK client will not send a Host header of our choosing, nor chunk by hand). */
  static String raw(String head, String body) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", TestServer.port())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.UTF_8));
      out.write(body.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
