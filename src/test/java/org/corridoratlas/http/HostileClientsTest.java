package org.corridoratlas.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.corridoratlas.config.Limits;
import org.corridoratlas.geodata.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a careless or hostile client may try beyond bad values: HEAD, a forged Host, slow bodies, and the rest. */
class HostileClientsTest {
  private static final String CORRIDOR = "dandong-sinuiju-pyongyang-nampo";
  private static final List<String> PATHS = List.of("/", "/health", "/ogcapi", "/ogcapi/collections",
      "/ogcapi/collections/ports", "/ogcapi/collections/ports/items", "/ogcapi/collections/ports/items?limit=10000",
      "/ogcapi/collections/ports/items?f=html", "/ogcapi/api", "/ogcapi/collections/ports/items/port-rajin",
      "/embed?corridor=" + CORRIDOR, "/static.png?corridor=" + CORRIDOR + "&width=200&height=100",
      "/oembed?url=" + URLEncoder.encode("http://evil.example/embed?corridor=" + CORRIDOR, StandardCharsets.UTF_8),
      "/api/events?limit=3", "/api/routes?from=Dandong&to=Pyongyang", "/api/routes?from=nowhere-at-all&to=x",
      "/no/such/path", "/ogcapi/collections/ports/items?limit=0");

  @ParameterizedTest
  @ValueSource(strings = {"/", "/health", "/ogcapi", "/ogcapi/collections/ports/items?limit=10000",
      "/static.png?corridor=" + CORRIDOR + "&width=200&height=100", "/api/routes?from=Dandong", "/no/such/path",
      "/app.js"})
  void head_answers_as_get_without_a_body(String path) throws Exception {
    TestServer.get(path); // the items page is then stored and served by the fast path
    HttpResponse<String> get = TestServer.get(path, "Accept-Encoding", "identity");
    HttpResponse<String> head = TestServer.send("HEAD", path, "Accept-Encoding", "identity");
    assertThat(head.statusCode()).isEqualTo(get.statusCode());
    assertThat(head.body()).isEmpty();
    for (String name : List.of("Content-Type", "Content-Length", "ETag", "X-Content-Type-Options",
        "Access-Control-Allow-Origin", "Content-Security-Policy")) {
      assertThat(head.headers().firstValue(name)).as(name).isEqualTo(get.headers().firstValue(name));
    }
  }

  @Test
  void every_answer_says_nosniff() throws Exception {
    for (String path : PATHS) {
      assertThat(TestServer.get(path).headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
    }
  }

  @Test
  void a_forged_host_reaches_no_body() throws Exception {
    for (String path : PATHS) {
      for (String encoding : List.of("identity", "gzip")) {
        String answer = LimitsHttpTest.raw("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\n"
            + "X-Forwarded-Host: evil.example\r\nAccept-Encoding: " + encoding + "\r\nConnection: close\r\n\r\n", "");
        assertThat(answer).as(path).startsWith("HTTP/1.1 ");
        if (encoding.equals("identity")) {
          assertThat(answer).as(path).doesNotContain("evil.example");
        }
      }
    }
    // The oEmbed link named evil.example: the provider does not take it as its own.
    assertThat(TestServer.get(PATHS.get(12)).statusCode()).isEqualTo(404);
  }

  @Test
  void embed_html_keeps_its_query_on_redirect() throws Exception {
    HttpResponse<String> response = TestServer.get("/embed.html?corridor=" + CORRIDOR + "&legend=0");
    assertThat(response.statusCode()).isBetween(301, 308);
    assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l ->
        assertThat(l).endsWith("/embed?corridor=" + CORRIDOR + "&legend=0"));
  }

  @Test
  void events_page_like_ogc_items() throws Exception {
    JsonNode all = TestServer.json("/api/events");
    int matched = all.path("numberMatched").asInt();
    assertThat(matched).isGreaterThan(5).isEqualTo(all.path("features").size());
    JsonNode first = TestServer.json("/api/events?limit=5");
    assertThat(first.path("numberReturned").asInt()).isEqualTo(5);
    String next = link(first, "next");
    assertThat(next).startsWith(TestServer.base() + "/api/events?").contains("limit=5&offset=5");
    JsonNode second = TestServer.json(next.substring(TestServer.base().length()));
    assertThat(second.path("features").path(0).path("id").asText())
        .isEqualTo(all.path("features").path(5).path("id").asText());
    assertThat(link(second, "prev")).contains("offset=0");
    JsonNode last = TestServer.json("/api/events?limit=5&offset=" + (matched - 1));
    assertThat(last.path("numberReturned").asInt()).isEqualTo(1);
    assertThat(link(last, "next")).isNull();
  }

  private static String link(JsonNode page, String rel) {
    for (JsonNode l : page.path("links")) {
      if (l.path("rel").asText().equals(rel)) {
        return l.path("href").asText();
      }
    }
    return null;
  }

  @Test
  void a_body_sent_slower_than_the_minimum_rate_is_cut_off_with_408() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", TestServer.port())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /api/routes HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          + "Content-Length: 8000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      for (int i = 0; i < 6 && in.available() == 0; i++) {
        Thread.sleep(1200); // a byte a second: far below the minimum rate, and well before the body time-out
        out.write('"');
        out.flush();
      }
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 408 ").contains(Problems.MEDIA_TYPE).contains("Connection: close")
          .contains("slower than " + Limits.DEFAULT.minBodyBytesPerSecond() + " bytes per second");
    }
  }

  @Test
  void a_whole_body_in_time_is_handled_as_before() throws Exception {
    String body = "{\"from\":\"Dandong\",\"to\":\"Pyongyang\",\"via\":[\"Sinuiju\"]}";
    String answer = LimitsHttpTest.raw("POST /api/routes HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
        + "application/json\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n", body);
    assertThat(answer).startsWith("HTTP/1.1 200 ").contains("\"FeatureCollection\"");
  }

  @Test
  void links_come_from_the_public_url() throws Exception {
    AtlasServer server = new AtlasServer(RealData.atlas(), Limits.DEFAULT, "https://atlas.example.org");
    server.start("127.0.0.1", 0);
    try {
      java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port();
      JsonNode landing = Json.MAPPER.readTree(client.send(java.net.http.HttpRequest.newBuilder(
          java.net.URI.create(base + "/ogcapi")).build(), HttpResponse.BodyHandlers.ofString()).body());
      assertThat(landing.path("links").findValuesAsText("href"))
          .allSatisfy(href -> assertThat(href).startsWith("https://atlas.example.org/"));
      String embed = "https://atlas.example.org/embed?corridor=" + CORRIDOR;
      HttpResponse<String> oembed = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base
          + "/oembed?url=" + URLEncoder.encode(embed, StandardCharsets.UTF_8))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(oembed.statusCode()).isEqualTo(200);
      assertThat(Json.MAPPER.readTree(oembed.body()).path("thumbnail_url").asText())
          .startsWith("https://atlas.example.org/static.png?");
      assertThat(client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/")).build(),
          HttpResponse.BodyHandlers.ofString()).body()).contains("https://atlas.example.org/static.png")
          .doesNotContain("127.0.0.1");
    } finally {
      server.stop();
    }
  }
}
