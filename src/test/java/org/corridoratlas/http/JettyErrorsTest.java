package org.corridoratlas.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.corridoratlas.geodata.Json;
import org.junit.jupiter.api.Test;

/**
 * Requests that Jetty refuses before any route runs (bad URI bytes, over-long request line or headers, a broken
 * request line): the answer is still an RFC 9457 problem, with no stack trace and no server version.
 */
class JettyErrorsTest {
  record Raw(int status, String head, String body) {
    String header(String name) {
      return head.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(null);
    }
  }

  /** Sends the bytes as they are, reads the whole answer (the request asks the server to close). */
  static Raw send(String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", TestServer.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = in.read(buffer)) > 0; ) {
          all.write(buffer, 0, n);
        }
      } catch (java.net.SocketException e) {
        // the server may reset after answering an over-long request it did not read to the end
      }
      String text = all.toString(StandardCharsets.UTF_8);
      int split = text.indexOf("\r\n\r\n");
      assertThat(split).as("a complete HTTP answer to " + abbreviate(request) + ": " + text).isPositive();
      String head = text.substring(0, split);
      String body = text.substring(split + 4);
      if ("chunked".equalsIgnoreCase(new Raw(0, head, "").header("Transfer-Encoding"))) {
        body = dechunk(body);
      }
      return new Raw(Integer.parseInt(head.split(" ")[1]), head, body);
    }
  }

  private static String dechunk(String body) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (true) {
      int eol = body.indexOf("\r\n", at);
      int size = Integer.parseInt(body.substring(at, eol).trim(), 16);
      if (size == 0) {
        return out.toString();
      }
      out.append(body, eol + 2, eol + 2 + size);
      at = eol + 2 + size + 2;
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 100 ? s.substring(0, 100) + "…" : s;
  }

  private static JsonNode problem(Raw raw, int status) throws Exception {
    assertThat(raw.status()).as(raw.head()).isEqualTo(status);
    assertThat(raw.header("Content-Type")).as(raw.head()).startsWith(Problems.MEDIA_TYPE);
    assertThat(raw.header("Server")).as("no server version").isNull();
    assertThat(raw.body()).doesNotContain("at org.", "Exception", "jetty", "Jetty", "<html");
    JsonNode json = Json.MAPPER.readTree(raw.body());
    assertThat(json.path("status").asInt()).isEqualTo(status);
    assertThat(json.path("title").asText()).isNotBlank();
    assertThat(json.path("type").asText()).isEqualTo("about:blank");
    return json;
  }

  private static String get(String target, String... headerLines) {
    StringBuilder b = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    for (String h : headerLines) {
      b.append(h).append("\r\n");
    }
    return b.append("Connection: close\r\n\r\n").toString();
  }

  @Test
  void aPathThatIsNotUtf8IsABadRequestProblem() throws Exception {
    problem(send(get("/%ff%fe")), 400);
    problem(send(get("/ogcapi/collections/%C0%AF/items")), 400);
  }

  @Test
  void anAmbiguousPathIsABadRequestProblem() throws Exception {
    problem(send(get("/ogcapi/%2e%2e/%2e%2e/etc/passwd")), 400);
  }

  @Test
  void anOverLongUriIsAProblem() throws Exception {
    JsonNode json = problem(send(get("/ogcapi?q=" + "x".repeat(20_000))), 414);
    assertThat(json.path("detail").asText()).isNotBlank();
  }

  @Test
  void overLongHeadersAreAProblem() throws Exception {
    problem(send(get("/health", "X-Filler: " + "x".repeat(40_000))), 431);
  }

  @Test
  void aBrokenRequestLineIsAProblem() throws Exception {
    problem(send("GET /health HTTP/1.1 extra\r\nHost: x\r\nConnection: close\r\n\r\n"), 400);
    problem(send("GET /health HTTP/7.0\r\nHost: x\r\nConnection: close\r\n\r\n"), 505);
  }

  @Test
  void aRequestWithoutHostIsAProblem() throws Exception {
    problem(send("GET /health HTTP/1.1\r\nConnection: close\r\n\r\n"), 400);
  }

  @Test
  void aQueryThatIsNotPercentEncodedUtf8IsAProblemNamingTheParameter() throws Exception {
    String items = "/ogcapi/collections/crossings/items";
    for (String[] c : new String[][] {{items + "?limit=%zz", "limit"}, {items + "?limit=5%", "limit"},
        {items + "?f=json&limit=%e4", "limit"}, {items + "?li%zzmit=3", "query"}, {"/api/search?q=a%2", "q"},
        {"/api/routes?from=%zz&to=port-nampo", "from"}, {"/api/search?q=%ff%fe", "q"}}) {
      JsonNode json = problem(send(get(c[0])), 400);
      assertThat(json.path("invalid-params").get(0).path("name").asText()).as(c[0]).isEqualTo(c[1]);
      assertThat(json.path("detail").asText()).as(c[0]).contains("percent-encoding")
          .doesNotContain("more than once");
    }
    assertThat(send(get("/api/search?q=%zz")).header("Access-Control-Allow-Origin")).as("a page elsewhere can read it")
        .isEqualTo("*");
    assertThat(send(get("/api/search?q=%EC%8B%A0%EC%9D%98%EC%A3%BC+x")).status()).isEqualTo(200);
  }

  @Test
  void noServerVersionOnOrdinaryAnswers() throws Exception {
    Raw raw = send(get("/health"));
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.header("Server")).isNull();
    assertThat(raw.header("X-Powered-By")).isNull();
  }
}
