package org.corridoratlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.corridoratlas.Atlas;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.PartialDate;
import org.corridoratlas.http.RealData;
import org.corridoratlas.http.embed.EmbedParams;
import org.corridoratlas.http.embed.EmbedSubject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The scene of real requests: labels, fit, legend placement, and the SVG painter's output. */
class SceneOnRealDataTest {
  private static final Atlas ATLAS = RealData.atlas();
  private static final SceneRenderer RENDERER = new SceneRenderer(ATLAS.catalog());
  private static final String DANDONG = "dandong-sinuiju-pyongyang-nampo";
  private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  private static MapRequest request(String query) {
    Map<String, List<String>> params = new java.util.LinkedHashMap<>();
    for (String pair : query.split("&")) {
      if (!pair.isEmpty()) {
        String[] kv = pair.split("=", 2);
        params.put(kv[0], List.of(kv.length > 1 ? kv[1] : ""));
      }
    }
    EmbedParams p = EmbedParams.parse(params);
    return EmbedSubject.of(p, ATLAS.catalog(), ATLAS.router()).mapRequest(p, DAY, "http://127.0.0.1/");
  }

  @Test
  void the_dandong_corridor_names_its_four_cities_in_english_and_korean() {
    assertThat(RENDERER.scene(request("corridor=" + DANDONG)).texts("labels"))
        .contains("Dandong", "Sinuiju", "Pyongyang", "Nampo");
    assertThat(RENDERER.scene(request("corridor=" + DANDONG + "&lang=ko")).texts("labels"))
        .contains("평양", "신의주", "단둥", "남포");
  }

  /** The reference towns of the Tumen corridor are labelled in the map's language, not left in English. */
  @Test
  void the_tumen_corridor_names_its_towns_in_korean_chinese_and_russian() {
    String tumen = "corridor=tumen-namyang-rason-vladivostok";
    assertThat(RENDERER.scene(request(tumen + "&lang=ko")).texts("labels")).contains("투먼", "훈춘", "하산", "남양")
        .doesNotContain("Tumen", "Hunchun", "Khasan");
    assertThat(RENDERER.scene(request(tumen + "&lang=zh")).texts("labels")).contains("图们", "南阳", "豆满江", "罗津")
        .doesNotContain("Namyang", "Tumangang", "Rajin");
    assertThat(RENDERER.scene(request(tumen + "&lang=ru")).texts("labels")).contains("Туманган")
        .doesNotContain("Tumangang");
  }

  @ParameterizedTest
  @CsvSource({"320,240", "400,300", "800,500", "2048,2048", "500,900"})
  void every_subject_vertex_is_inside_the_frame_and_outside_the_legend(int width, int height) {
    MapRequest request = request("corridor=" + DANDONG + "&width=" + width + "&height=" + height);
    Scene scene = RENDERER.scene(request);
    Rectangle2D legend = firstRectangle(scene.group("legend"));
    assertThat(legend).as("a legend is drawn").isNotNull();
    List<String> outside = new ArrayList<>();
    for (var geometry : request.highlight()) {
      for (Coordinate c : geometry.getCoordinates()) {
        Point2D p = scene.frame().pixelOf(c.x, c.y);
        if (p.getX() < 0 || p.getY() < 0 || p.getX() > width || p.getY() > height) {
          outside.add(c + " at " + p + " outside the frame");
        }
        if (legend.contains(p)) {
          outside.add(c + " at " + p + " under the legend " + legend);
        }
      }
    }
    assertThat(outside).isEmpty();
    assertThat(scene.texts("labels")).contains("Pyongyang");
  }

  @Test
  void legend_zero_draws_no_legend_and_inset_draws_a_locator() {
    Scene scene = RENDERER.scene(request("corridor=" + DANDONG + "&legend=0&inset=1&title=Dandong%20to%20Nampo"));
    assertThat(scene.group("legend").marks()).isEmpty();
    assertThat(scene.group("inset").marks()).isNotEmpty();
    assertThat(scene.texts("title")).containsExactly("Dandong%20to%20Nampo");
  }

  @Test
  void labels_never_overlap_each_other() {
    for (String query : List.of("", "corridor=" + DANDONG, "corridor=" + DANDONG + "&lang=ko&width=400&height=300",
        "corridor=tumen-namyang-rason-vladivostok&width=2048&height=2048")) {
      Scene scene = RENDERER.scene(request(query));
      List<Rectangle2D> boxes = new ArrayList<>();
      collectTextBoxes(scene.group("labels"), boxes);
      for (int i = 0; i < boxes.size(); i++) {
        for (int j = i + 1; j < boxes.size(); j++) {
          assertThat(boxes.get(i).intersects(boxes.get(j))).as(query + ": label " + i + " and " + j).isFalse();
        }
      }
      assertThat(boxes).as(query).hasSizeGreaterThan(5);
    }
  }

  @Test
  void the_svg_parses_with_named_groups_text_labels_and_the_ids_the_png_draws() throws Exception {
    MapRequest request = request("corridor=" + DANDONG);
    Document svg = parse(RENDERER.svg(request));
    Set<String> groups = new LinkedHashSet<>();
    NodeList gs = svg.getDocumentElement().getChildNodes();
    for (int i = 0; i < gs.getLength(); i++) {
      if (gs.item(i) instanceof Element e && e.getTagName().equals("g")) {
        groups.add(e.getAttribute("id"));
      }
    }
    assertThat(groups).contains("basemap", "layers", "subject", "labels", "legend", "credit");
    List<String> labelTexts = new ArrayList<>();
    NodeList texts = svg.getElementsByTagName("text");
    for (int i = 0; i < texts.getLength(); i++) {
      labelTexts.add(texts.item(i).getTextContent());
    }
    assertThat(labelTexts).contains("Dandong", "Sinuiju", "Pyongyang", "Nampo");
    assertThat(svg.getDocumentElement().getAttribute("font-family")).contains("Noto Sans CJK");
    // The PNG is painted from the same scene: the same features, in the same order.
    assertThat(dataIds(svg)).isEqualTo(RENDERER.scene(request).featureIds());
    assertThat(dataIds(svg)).contains("crossing-sino-korean-friendship-bridge", "port-nampo", "rail-pyongui-line");
  }

  @Test
  void an_svg_of_events_on_a_date_draws_no_event_dated_later() throws Exception {
    int drawnBefore = -1;
    for (String date : List.of("2011-06-01", "2020-01-01", "2020-06-01", "2024-06-01")) {
      Set<String> ids = dataIds(parse(RENDERER.svg(request("date=" + date + "&layers=events"))));
      for (String id : ids) {
        Feature event = ATLAS.catalog().findFeature(id).orElseThrow();
        LocalDate happened = event.text("date").flatMap(PartialDate::firstDay).orElseThrow();
        assertThat(happened).as(date + ": " + id).isBeforeOrEqualTo(LocalDate.parse(date));
      }
      assertThat(ids.size()).as("events drawn by " + date).isGreaterThanOrEqualTo(drawnBefore);
      drawnBefore = ids.size();
    }
    // The first events are of 2011-06-06; the closure of 2020-01 (a month) shows from its first day.
    assertThat(dataIds(parse(RENDERER.svg(request("date=2011-06-01&layers=events"))))).isEmpty();
    assertThat(dataIds(parse(RENDERER.svg(request("date=2020-01-01&layers=events"))))).hasSize(6);
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static Set<String> dataIds(Document svg) {
    Set<String> out = new LinkedHashSet<>();
    NodeList all = svg.getElementsByTagName("g");
    for (int i = 0; i < all.getLength(); i++) {
      String id = ((Element) all.item(i)).getAttribute("data-id");
      if (!id.isEmpty()) {
        out.add(id);
      }
    }
    return out;
  }

  private static Rectangle2D firstRectangle(Scene.Group group) {
    for (Scene.Mark m : group.marks()) {
      if (m instanceof Scene.PathMark p && p.shape() instanceof Rectangle2D r) {
        return r;
      }
    }
    return null;
  }

  private static void collectTextBoxes(Scene.Group group, List<Rectangle2D> out) {
    for (Scene.Mark m : group.marks()) {
      if (m instanceof Scene.Group g) {
        collectTextBoxes(g, out);
      } else if (m instanceof Scene.TextMark t) {
        double w = Fonts.width(t.text(), t.style());
        double size = t.style().sizePx();
        out.add(new Rectangle2D.Double(t.x(), t.y() - size * 0.76, w, size));
      }
    }
  }
}
