package org.corridoratlas.http.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.http.Problems;
import org.corridoratlas.http.TestServer;
import org.corridoratlas.render.MapFrame;
import org.corridoratlas.render.MapStyle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** /static.png, /embed and /oembed on the repository's data, as a browser or an oEmbed consumer sees them. */
class EmbedHttpTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static String corridorId;
  private static Envelope corridorBox;

  @BeforeAll
  static void firstCorridor() throws Exception {
    corridorId = TestServer.json("/api/corridors").path("corridors").get(0).path("id").asText();
    corridorBox = new Envelope();
    for (JsonNode feature : TestServer.json("/api/corridors/" + corridorId).path("features")) {
      coordinates(feature.path("geometry").path("coordinates"), corridorBox);
    }
  }

  private static void coordinates(JsonNode node, Envelope box) {
    if (node.isArray() && node.size() >= 2 && node.get(0).isNumber()) {
      box.expandToInclude(node.get(0).asDouble(), node.get(1).asDouble());
    } else {
      node.forEach(child -> coordinates(child, box));
    }
  }

  private static HttpResponse<byte[]> bytes(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServer.base() + path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String oembed(String url, String more) throws Exception {
    return "/oembed?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8) + more;
  }

  @Test
  void static_png_has_the_size_asked_and_draws_the_corridor_where_the_projection_puts_it() throws Exception {
    Envelope view = new Envelope(118, 136, 36, 47);
    HttpResponse<byte[]> response = bytes("/static.png?corridor=" + corridorId + "&bbox=118,36,136,47&width=900"
        + "&height=600&legend=0&layers=");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
    assertThat(image.getWidth()).isEqualTo(900);
    assertThat(image.getHeight()).isEqualTo(600);
    MapFrame frame = MapFrame.fitting(view, 900, 600);
    Point2D sw = frame.pixelOf(corridorBox.getMinX(), corridorBox.getMinY());
    Point2D ne = frame.pixelOf(corridorBox.getMaxX(), corridorBox.getMaxY());
    int yellow = 0;
    for (int x = (int) sw.getX(); x <= (int) ne.getX(); x++) {
      for (int y = (int) ne.getY(); y <= (int) sw.getY(); y++) {
        int rgb = image.getRGB(x, y);
        if (((rgb >> 16) & 0xff) > 200 && ((rgb >> 8) & 0xff) > 160 && (rgb & 0xff) < 120) {
          yellow++;
        }
      }
    }
    assertThat(yellow).as("highlight pixels in the corridor's projected box").isGreaterThan(30);
    // Open sea off Japan's side of the East Sea: far from every corridor, background only.
    Point2D far = frame.pixelOf(135, 38);
    assertThat(image.getRGB((int) far.getX(), (int) far.getY()) & 0xffffff)
        .isEqualTo(MapStyle.SEA.getRGB() & 0xffffff);
  }

  @Test
  void static_png_draws_events_only_from_their_date_partial_dates_included() throws Exception {
    // Before the first recorded event (2011-06-06) the events layer draws nothing: the picture is the bare map. The
    // 2020 border closure is dated "2020-01", a month; it used to be drawn in 2011.
    String view = "/static.png?bbox=118,36,136,47&width=400&height=250&legend=0&date=";
    int[] bare = pixels(view + "2011-06-01&layers=");
    assertThat(pixels(view + "2011-06-01&layers=events")).isEqualTo(bare);
    assertThat(pixels(view + "2020-02-01&layers=events")).isNotEqualTo(pixels(view + "2020-02-01&layers="));
  }

  private static int[] pixels(String path) throws Exception {
    HttpResponse<byte[]> response = bytes(path);
    assertThat(response.statusCode()).isEqualTo(200);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }

  @Test
  void static_png_has_a_weak_etag_and_answers_304() throws Exception {
    HttpResponse<byte[]> first = bytes("/static.png?corridor=" + corridorId + "&width=300&height=200");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).startsWith("W/\"");
    assertThat(first.headers().firstValue("Content-Security-Policy")).hasValue("frame-ancestors *");
    HttpResponse<byte[]> again = bytes("/static.png?height=200&width=300&corridor=" + corridorId,
        "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(bytes("/static.png?corridor=" + corridorId + "&width=301&height=200", "If-None-Match", etag)
        .statusCode()).isEqualTo(200);
  }

  @Test
  void static_svg_is_a_labelled_vector_map_with_its_own_etag() throws Exception {
    String path = "/static.svg?corridor=dandong-sinuiju-pyongyang-nampo&lang=ko&width=600&height=400";
    HttpResponse<byte[]> first = bytes(path);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).isNotBlank();
    String svg = new String(first.body(), StandardCharsets.UTF_8);
    var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(first.body()));
    assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(svg).contains("<g id=\"labels\">", ">평양</text>", ">신의주</text>", "data-id=\"port-nampo\"");
    // The subject is named in the reader's language in the legend too, not only on the map.
    assertThat(svg).contains(">단둥 – 신의주 – 평양 – 남포</text>").doesNotContain("Dandong – Sinuiju");
    assertThat(bytes(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
    String png = "/static.png?corridor=dandong-sinuiju-pyongyang-nampo&lang=ko&width=600&height=400";
    assertThat(bytes(png).headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
    HttpResponse<String> badLang = TestServer.get("/static.svg?lang=fr");
    assertThat(badLang.statusCode()).isEqualTo(400);
    assertThat(badLang.body()).contains("lang");
  }

  @Test
  void static_png_draws_a_route_and_names_an_unknown_place() throws Exception {
    HttpResponse<byte[]> route = bytes("/static.png?from=Dandong&to=Pyongyang&asOf=2019-06-01&width=400&height=300");
    assertThat(route.statusCode()).isEqualTo(200);
    assertThat(ImageIO.read(new ByteArrayInputStream(route.body())).getWidth()).isEqualTo(400);
    HttpResponse<String> nowhere = TestServer.get("/static.png?from=Atlantis&to=Pyongyang");
    assertThat(nowhere.statusCode()).isEqualTo(400);
    assertThat(Json.MAPPER.readTree(nowhere.body()).path("invalid-params").get(0).path("name").asText())
        .isEqualTo("from");
  }

  @Test
  void static_png_rejects_bad_parameters_with_problems() throws Exception {
    HttpResponse<String> tooWide = TestServer.get("/static.png?width=4096");
    assertThat(tooWide.statusCode()).isEqualTo(400);
    assertThat(tooWide.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith(Problems.MEDIA_TYPE));
    assertThat(Json.MAPPER.readTree(tooWide.body()).path("invalid-params").get(0).path("name").asText())
        .isEqualTo("width");
    assertThat(TestServer.get("/static.png?corridor=no-such-corridor").statusCode()).isEqualTo(404);
  }

  @Test
  void oembed_answers_rich_json_with_iframe_and_thumbnail() throws Exception {
    String url = TestServer.base() + "/embed?corridor=" + corridorId;
    JsonNode body = TestServer.json(oembed(url, "&format=json"));
    assertThat(body.path("type").asText()).isEqualTo("rich");
    assertThat(body.path("version").asText()).isEqualTo("1.0");
    assertThat(body.path("provider_name").asText()).isEqualTo("Corridor Atlas");
    assertThat(body.path("provider_url").asText()).isEqualTo(TestServer.base() + "/");
    assertThat(body.path("title").asText()).isNotBlank();
    assertThat(body.path("html").asText()).startsWith("<iframe src=\"" + TestServer.base() + "/embed?corridor=")
        .contains("width=\"800\"").contains("height=\"500\"");
    assertThat(body.path("width").asInt()).isEqualTo(800);
    assertThat(body.path("height").asInt()).isEqualTo(500);
    String thumbnail = body.path("thumbnail_url").asText();
    assertThat(thumbnail).startsWith(TestServer.base() + "/static.png?corridor=" + corridorId);
    assertThat(body.path("thumbnail_width").asInt()).isEqualTo(800);
    assertThat(bytes(thumbnail.substring(TestServer.base().length())).statusCode()).isEqualTo(200);
  }

  @Test
  void oembed_titles_the_embed_in_its_language() throws Exception {
    String url = TestServer.base() + "/embed?corridor=dandong-sinuiju-pyongyang-nampo&lang=";
    assertThat(TestServer.json(oembed(url + "zh", "")).path("title").asText()).isEqualTo("丹东 – 新义州 – 平壤 – 南浦");
    assertThat(TestServer.json(oembed(url + "ru", "")).path("title").asText())
        .isEqualTo("Даньдун – Синыйджу – Пхеньян – Нампхо");
    assertThat(TestServer.json(oembed(url + "en", "")).path("title").asText())
        .isEqualTo("Dandong – Sinuiju – Pyongyang – Nampo");
  }

  @Test
  void oembed_honours_maxwidth_and_maxheight_keeping_the_shape() throws Exception {
    String url = TestServer.base() + "/embed?corridor=" + corridorId;
    JsonNode body = TestServer.json(oembed(url, "&maxwidth=400&maxheight=400"));
    assertThat(body.path("width").asInt()).isEqualTo(400);
    assertThat(body.path("height").asInt()).isEqualTo(250);
    assertThat(body.path("thumbnail_width").asInt()).isLessThanOrEqualTo(400);
    JsonNode tall = TestServer.json(oembed(url, "&maxheight=100"));
    assertThat(tall.path("height").asInt()).isLessThanOrEqualTo(100);
    assertThat(tall.path("width").asInt()).isEqualTo(160);
  }

  @Test
  void oembed_answers_for_app_links_with_their_state() throws Exception {
    JsonNode body = TestServer.json(oembed(TestServer.base() + "/#map=7/41.2/127.4&corridor=" + corridorId, ""));
    assertThat(body.path("html").asText()).contains("corridor=" + corridorId);
  }

  @Test
  void oembed_accepts_links_copied_from_another_loopback_name_or_with_the_default_port() throws Exception {
    String viaLocalhost = TestServer.base().replace("127.0.0.1", "localhost") + "/embed?corridor=" + corridorId;
    assertThat(TestServer.get(oembed(viaLocalhost, "")).statusCode()).isEqualTo(200);
    assertThat(EmbedHandlers.sameSite("https", "Atlas.Example.org:443", "atlas.example.org")).isTrue();
    assertThat(EmbedHandlers.sameSite("http", "atlas.example.org:8080", "atlas.example.org")).isFalse();
    assertThat(EmbedHandlers.sameSite("http", "[::1]:7070", "127.0.0.1:7070")).isTrue();
    assertThat(EmbedHandlers.sameSite("http", "evil.example:7070", "127.0.0.1:7070")).isFalse();
  }

  @Test
  void oembed_gives_404_for_urls_not_ours_and_501_for_other_formats() throws Exception {
    assertThat(TestServer.get(oembed("https://example.com/embed?corridor=" + corridorId, "")).statusCode())
        .isEqualTo(404);
    assertThat(TestServer.get(oembed(TestServer.base() + "/ogcapi", "")).statusCode()).isEqualTo(404);
    String url = TestServer.base() + "/embed?corridor=" + corridorId;
    assertThat(TestServer.get(oembed(url, "&format=xml")).statusCode()).isEqualTo(501);
    assertThat(TestServer.get(oembed(url, "&format=yaml")).statusCode()).isEqualTo(501);
    assertThat(TestServer.get("/oembed").statusCode()).isEqualTo(400);
    assertThat(TestServer.get(oembed(url, "&maxwidth=wide")).statusCode()).isEqualTo(400);
  }

  @Test
  void embed_page_is_framable_anywhere_with_discovery_and_a_noscript_picture() throws Exception {
    HttpResponse<String> page = TestServer.get("/embed?corridor=" + corridorId + "&title=Trade%20%3Cb%3E");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue("frame-ancestors *");
    assertThat(page.headers().firstValue("X-Frame-Options")).isEmpty();
    assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(page.body()).contains("type=\"application/json+oembed\"").contains("og:image")
        .contains("<noscript><img src=\"" + TestServer.base() + "/static.png?corridor=" + corridorId)
        .contains("Trade &lt;b&gt;").doesNotContain("Trade <b>");
  }

  @Test
  void embed_page_shows_bad_parameters_inside_the_frame() throws Exception {
    HttpResponse<String> bad = TestServer.get("/embed?width=99999");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(bad.headers().firstValue("Content-Security-Policy")).hasValue("frame-ancestors *");
    assertThat(bad.body()).contains("width").contains("2048");
    HttpResponse<String> unknown = TestServer.get("/embed?corridor=no-such-corridor");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("no corridor with id").contains("<html");
  }

  @Test
  void app_page_is_framed_only_by_itself_and_carries_discovery_tags() throws Exception {
    HttpResponse<String> app = TestServer.get("/");
    assertThat(app.headers().firstValue("Content-Security-Policy")).hasValue("frame-ancestors 'self'");
    assertThat(app.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    assertThat(app.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(app.body()).contains("type=\"application/json+oembed\"").contains("og:image");
    assertThat(TestServer.get("/health").headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
  }
}
