package org.corridoratlas.http.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.corridoratlas.http.TestServer;
import org.junit.jupiter.api.Test;

/**
 * The full page of a layer is answered by {@link ItemsFastPath} once cached; {@code offset=0} asks for the same
 * page through Javalin. Both answers must be the same bytes with the same headers, so the fast path cannot drift
 * from the handlers it stands in for.
 */
class ItemsFastPathTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String ITEMS = "/ogcapi/collections/railways/items";

  private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServer.base() + path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static Map<String, List<String>> withoutDate(HttpHeaders headers) {
    Map<String, List<String>> map = new TreeMap<>(headers.map());
    map.remove("date");
    return map;
  }

  @Test
  void theFastAnswerIsTheSameAsJavalinsForTheSamePage() throws Exception {
    get(ITEMS + "?limit=10000"); // encodes and caches the page
    for (String[] headers : new String[][] {{}, {"Accept-Encoding", "gzip"}, {"Accept", "application/geo+json"},
        {"Accept", "application/json", "Accept-Encoding", "gzip, deflate, br"}}) {
      HttpResponse<byte[]> fast = get(ITEMS + "?limit=10000", headers);
      HttpResponse<byte[]> javalin = get(ITEMS + "?limit=10000&offset=0", headers);
      assertThat(fast.statusCode()).isEqualTo(200);
      assertThat(fast.body()).isEqualTo(javalin.body());
      assertThat(withoutDate(fast.headers())).isEqualTo(withoutDate(javalin.headers()));
    }
  }

  @Test
  void gzipIsTheSamePageCompressedOnce() throws Exception {
    get(ITEMS + "?limit=10000");
    byte[] raw = get(ITEMS + "?limit=10000").body();
    HttpResponse<byte[]> gz = get(ITEMS + "?limit=10000", "Accept-Encoding", "gzip");
    assertThat(gz.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(gz.body().length).isLessThan(raw.length / 2);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz.body()))) {
      assertThat(in.readAllBytes()).isEqualTo(raw);
    }
    assertThat(get(ITEMS + "?limit=10000", "Accept-Encoding", "gzip;q=0").headers()
        .firstValue("Content-Encoding")).isEmpty();
  }

  @Test
  void otherRequestsForThatPageStillGoThroughTheHandlers() throws Exception {
    get(ITEMS + "?limit=10000");
    HttpResponse<byte[]> html = get(ITEMS + "?limit=10000", "Accept", "text/html");
    assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(get(ITEMS + "?limit=10000", "Accept", "image/png").statusCode()).isEqualTo(406);
    String etag = get(ITEMS + "?limit=10000").headers().firstValue("ETag").orElseThrow();
    assertThat(get(ITEMS + "?limit=10000", "If-None-Match", etag).statusCode()).isEqualTo(304);
    assertThat(get("/ogcapi/collections/nope/items?limit=10000").statusCode()).isEqualTo(404);
  }
}
