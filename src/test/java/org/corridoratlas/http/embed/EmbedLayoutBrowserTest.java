package org.corridoratlas.http.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The Dandong corridor embed as a reader sees it in an article, at several frame sizes and languages: its four
 * cities named, every vertex of the corridor inside the frame, the legend clear of it, the page authors' classes.
 */
class EmbedLayoutBrowserTest {
  private static final String CORRIDOR = "dandong-sinuiju-pyongyang-nampo";
  private static ArticlePage article;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    article = ArticlePage.start(1000, 800);
    driver = article.driver();
  }

  @AfterAll
  static void stop() {
    if (article != null) {
      article.close();
    }
  }

  /** The corridor embed in a width × height frame of an article, drawn. */
  private static void showEmbed(int width, int height, String lang) {
    article.openEmbed("", "corridor=" + CORRIDOR + "&lang=" + lang + "&interactive=0", width, height);
  }

  @Test
  @SuppressWarnings("unchecked")
  void with_lang_ko_the_features_tooltips_say_their_status_in_korean() {
    showEmbed(800, 500, "ko");
    List<String> tips = (List<String>) driver.executeScript("const out = [];"
        + "window.atlasMap.eachLayer((l) => { const t = l.getTooltip && l.getTooltip();"
        + "  if (t) { const c = t.getContent(); out.push(typeof c === 'string' ? c : c.textContent); } });"
        + "return out;");
    assertThat(tips).hasSizeGreaterThan(20);
    assertThat(tips).anyMatch(tip -> tip.contains("마지막 확인")).anyMatch(tip -> tip.contains(": 운영 중"))
        .noneMatch(tip -> tip.matches(".*(last confirmed|: Open|: Closed|: Restricted|: Planned).*"));
  }

  @ParameterizedTest
  @CsvSource({"800,500,en,Dandong;Sinuiju;Pyongyang;Nampo", "800,500,ko,평양;신의주", "400,300,en,Pyongyang",
      "320,240,ko,평양"})
  @SuppressWarnings("unchecked")
  void the_corridor_is_fitted_labelled_and_clear_of_the_legend(int width, int height, String lang, String names)
      throws Exception {
    showEmbed(width, height, lang);
    article.screenshot("embed-" + width + "x" + height + "-" + lang);

    List<String> labels = (List<String>) driver.executeScript(
        "return [...document.querySelectorAll('.atlas-place-label')].map((e) => e.textContent);");
    assertThat(labels).contains(names.split(";"));
    assertThat(driver.findElements(By.cssSelector(".atlas-subject"))).isNotEmpty();

    Map<String, Object> layout = layout(CORRIDOR);
    List<List<Number>> points = (List<List<Number>>) layout.get("points");
    List<Number> legend = (List<Number>) layout.get("legend");
    assertThat(points).hasSizeGreaterThan(20);
    assertThat(legend).as("the legend is shown").isNotNull();
    List<String> faults = new ArrayList<>();
    for (List<Number> p : points) {
      double x = p.get(0).doubleValue();
      double y = p.get(1).doubleValue();
      if (x < 0 || y < 0 || x > width || y > height) {
        faults.add("outside the frame: " + p);
      }
      if (x >= legend.get(0).doubleValue() && x <= legend.get(2).doubleValue() && y >= legend.get(1).doubleValue()
          && y <= legend.get(3).doubleValue()) {
        faults.add("under the legend " + legend + ": " + p);
      }
    }
    assertThat(faults).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"400,300,ko", "400,300,en", "800,500,en"})
  @SuppressWarnings("unchecked")
  void the_subject_and_the_place_labels_keep_clear_of_the_zoom_buttons(int width, int height, String lang) {
    // The Tumen corridor starts at Jilin, at the frame's left edge where the zoom buttons are.
    String corridor = "tumen-namyang-rason-vladivostok";
    article.openEmbed("", "corridor=" + corridor + "&lang=" + lang, width, height);
    Map<String, Object> layout = layout(corridor);
    List<Number> zoom = (List<Number>) layout.get("zoom");
    assertThat(zoom).as("an interactive embed has zoom buttons").isNotNull();
    List<String> faults = new ArrayList<>();
    for (List<Number> p : (List<List<Number>>) layout.get("points")) {
      if (inside(zoom, p.get(0).doubleValue(), p.get(1).doubleValue())) {
        faults.add("a vertex of the subject under the zoom buttons " + zoom + ": " + p);
      }
    }
    for (List<Number> label : (List<List<Number>>) layout.get("labels")) {
      if (label.get(0).doubleValue() < zoom.get(2).doubleValue() && zoom.get(0).doubleValue() < label.get(2)
          .doubleValue() && label.get(1).doubleValue() < zoom.get(3).doubleValue() && zoom.get(1).doubleValue()
          < label.get(3).doubleValue()) {
        faults.add("a place label " + label + " under the zoom buttons " + zoom);
      }
    }
    assertThat(faults).isEmpty();
  }

  /**
   * Whatever the subject (a corridor, a route across the sea), its drawn line keeps clear of the legend, sampled
   * along the path as drawn and not only at its vertices, and the legend stays whole inside the frame.
   */
  @ParameterizedTest
  @CsvSource({"from=port-dalian&to=port-nampo&lang=ko&inset=1,800,500",
      "corridor=rajin-khasan-vladivostok&lang=ru,400,300", "corridor=rajin-khasan-vladivostok&lang=en,400,300",
      "corridor=china-ports-nampo-sea&lang=zh,640,400"})
  @SuppressWarnings("unchecked")
  void the_drawn_subject_keeps_clear_of_a_legend_that_fits_the_frame(String query, int width, int height)
      throws Exception {
    article.openEmbed("", query + "&interactive=0", width, height);
    article.screenshot("embed-subject-" + query.replaceAll("[^a-z0-9]+", "-") + "-" + width + "x" + height);
    Map<String, Object> drawn = (Map<String, Object>) driver.executeScript(
        "const points = [];"
        + "for (const path of document.querySelectorAll('path.atlas-subject')) {"
        + "  const m = path.getScreenCTM(); const n = path.getTotalLength();"
        + "  for (let d = 0; d <= n; d += 3) { const p = path.getPointAtLength(d);"
        + "    points.push([m.a * p.x + m.c * p.y + m.e, m.b * p.x + m.d * p.y + m.f]); } }"
        + "const b = document.querySelector('.atlas-legend').getBoundingClientRect();"
        + "return { points, legend: [b.left, b.top, b.right, b.bottom] };");
    List<Number> legend = (List<Number>) drawn.get("legend");
    List<List<Number>> points = (List<List<Number>>) drawn.get("points");
    assertThat(points).as("the subject is drawn").hasSizeGreaterThan(10);
    assertThat(legend.get(0).doubleValue()).isGreaterThanOrEqualTo(0);
    assertThat(legend.get(2).doubleValue()).as("the legend's right edge inside the frame").isLessThanOrEqualTo(width);
    assertThat(legend.get(3).doubleValue()).isLessThanOrEqualTo(height);
    assertThat(points).as("points of the drawn subject under the legend " + legend)
        .noneMatch(p -> inside(legend, p.get(0).doubleValue(), p.get(1).doubleValue()));
  }

  private static boolean inside(List<Number> box, double x, double y) {
    return x >= box.get(0).doubleValue() && x <= box.get(2).doubleValue() && y >= box.get(1).doubleValue()
        && y <= box.get(3).doubleValue();
  }

  /**
   * A corridor's vertices, read from the API and projected by the embed's own map, and the boxes of the legend, the
   * zoom buttons and the place labels in the frame.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> layout(String corridor) {
    return (Map<String, Object>) driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
        + "fetch('/api/corridors/" + corridor + "').then((r) => r.json()).then((c) => {"
        + "  const points = [];"
        + "  const walk = (x) => typeof x[0] === 'number' ? points.push(x) : x.forEach(walk);"
        + "  c.features.forEach((f) => walk(f.geometry.coordinates));"
        + "  const px = points.map((p) => { const q = window.atlasMap.latLngToContainerPoint([p[1], p[0]]);"
        + "    return [q.x, q.y]; });"
        + "  const box = (e) => { const b = e.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; };"
        + "  const legend = document.querySelector('.atlas-legend');"
        + "  const zoom = document.querySelector('.leaflet-control-zoom');"
        + "  done({ points: px, legend: legend && !legend.hidden ? box(legend) : null, zoom: zoom ? box(zoom) : null,"
        + "    labels: [...document.querySelectorAll('.atlas-place-label')].map(box),"
        + "    size: [window.innerWidth, window.innerHeight] });"
        + "});");
  }
}
