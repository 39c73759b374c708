package org.corridoratlas.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corridoratlas.config.Limits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two processes' worth of server on the same data, loaded separately and started at different times, answer
 * every URL with the same bytes and the same ETag, so any replica may answer any request and revalidate any
 * cached copy; and what depends only on the data and the URL says how long a cache may keep it.
 */
class IdenticalReplicasTest {
  /** Every kind of cacheable answer: pages, OGC API, the atlas API, routes, analyses, embeds, pictures. */
  private static final List<String> URLS = List.of("/", "/ogcapi", "/ogcapi/collections",
      "/ogcapi/collections/ports", "/ogcapi/collections/ports/items?limit=10000",
      "/ogcapi/collections/railways/items?limit=5&f=html", "/ogcapi/collections/ports/items/port-nampo",
      "/ogcapi/api", "/api/corridors", "/api/corridors/dandong-sinuiju-pyongyang-nampo", "/api/search?q=rajin",
      "/api/trade", "/api/basemap/countries", "/api/routes?from=Dandong&to=Pyongyang",
      "/api/nearest?from=port-rajin&layer=crossings", "/embed?corridor=dandong-sinuiju-pyongyang-nampo",
      "/static.png?corridor=dandong-sinuiju-pyongyang-nampo&width=300&height=200",
      "/oembed?url=https%3A%2F%2Fatlas.example.org%2Fembed%3Fcorridor%3Ddandong-sinuiju-pyongyang-nampo");
  static final String PUBLIC_URL = "https://atlas.example.org";
  static AtlasServer first;
  static AtlasServer second;

  @BeforeAll
  static void start() throws InterruptedException {
    // Replicas behind one balancer share one --public-url, so their links are the same.
    first = new AtlasServer(RealData.atlas(), Limits.DEFAULT, PUBLIC_URL);
    first.start("127.0.0.1", 0);
    Thread.sleep(1100); // a start time or uptime in an answer would now differ by a second
    second = new AtlasServer(RealData.atlas(), Limits.DEFAULT, PUBLIC_URL);
    second.start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    first.stop();
    second.stop();
  }

  @Test
  void every_url_gets_the_same_bytes_and_etag_from_each_replica() throws IOException {
    for (String url : URLS) {
      Answer a = Answer.get(first.port(), url);
      Answer b = Answer.get(second.port(), url);
      assertThat(a.status()).as(url + " " + a.text()).isEqualTo(200);
      assertThat(b.headers().get("etag")).as(url).isNotNull().isEqualTo(a.headers().get("etag"));
      assertThat(b.body()).as(url).isEqualTo(a.body());
      assertThat(a.headers().get("cache-control")).as(url).startsWith("public, max-age=");
      assertThat(a.headers()).as(url).doesNotContainKey("set-cookie");
      // The copy a cache holds is revalidated by the other replica.
      Answer revalidated = Answer.get(second.port(), url, "If-None-Match: " + a.headers().get("etag"));
      assertThat(revalidated.status()).as(url).isEqualTo(304);
    }
  }

  @Test
  void web_files_are_served_immutable_under_versioned_urls_the_pages_name() throws IOException {
    String page = Answer.get(first.port(), "/").text();
    String prefix = "/v/" + WebAssets.version() + "/";
    assertThat(page).contains("src=\"" + prefix + "main.js\"").contains("href=\"" + prefix + "favicon.svg\"");
    // The style sheets come inline (the page paints without waiting for them), their images still found.
    assertThat(page).doesNotContain("rel=\"stylesheet\"").contains("#timeline-events {")
        .contains("url(/webjars/leaflet/1.9.4/dist/images/layers.png)");
    assertThat(Answer.get(first.port(), "/webjars/leaflet/1.9.4/dist/images/layers.png").status()).isEqualTo(200);
    Answer module = Answer.get(first.port(), prefix + "api.js");
    assertThat(module.status()).isEqualTo(200);
    assertThat(module.headers().get("cache-control")).contains("immutable");
    assertThat(module.headers().get("content-type")).startsWith("text/javascript");
    assertThat(Answer.get(first.port(), "/webjars/leaflet/1.9.4/dist/leaflet.js").headers().get("cache-control"))
        .contains("immutable");
    assertThat(Answer.get(first.port(), prefix + "../pom.xml").status()).isBetween(400, 404);
    assertThat(Answer.get(first.port(), "/embed?corridor=dandong-sinuiju-pyongyang-nampo").text())
        .contains("src=\"" + prefix + "embed.js\"");
  }

  @Test
  void health_is_this_process_own_and_never_cached() throws IOException {
    assertThat(Answer.get(first.port(), "/health").headers().get("cache-control")).isEqualTo("no-store");
    assertThat(Answer.get(first.port(), "/health/ready").headers().get("cache-control")).isEqualTo("no-store");
  }

  /** One HTTP/1.0 exchange with a fixed Host (as behind a balancer), read byte for byte. */
  record Answer(int status, Map<String, String> headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    static Answer get(int port, String path, String... extraHeaders) throws IOException {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        socket.setSoTimeout(30_000);
        OutputStream out = socket.getOutputStream();
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.0\r\nHost: atlas.example\r\n");
        for (String h : extraHeaders) {
          request.append(h).append("\r\n");
        }
        out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
        byte[] all = readAll(socket.getInputStream());
        int split = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        String[] head = new String(all, 0, split, StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
          int colon = head[i].indexOf(':');
          headers.put(head[i].substring(0, colon).toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(all, split + 4, all.length);
        return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, body);
      }
    }

    private static byte[] readAll(InputStream in) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] needle) {
      outer:
      for (int i = 0; i + needle.length <= data.length; i++) {
        for (int j = 0; j < needle.length; j++) {
          if (data[i + j] != needle[j]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }
  }
}
