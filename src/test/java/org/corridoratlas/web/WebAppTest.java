package org.corridoratlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.http.HeadlessChrome;
import org.corridoratlas.http.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in Debian's headless Chromium against the real server and the repository's geodata: what a person
 * sees and does on the page. Each test leaves a screenshot in target/screenshots/ and fails on any console error.
 */
class WebAppTest {
  /** Imports one of the page's own modules from where the page loaded it (a versioned URL), sharing its state. */
  private static final String PAGE_MODULE =
      "import(new URL('%s', document.querySelector('script[type=module]').src).href)";
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final String BRIDGE = "crossing-sino-korean-friendship-bridge";

  static ChromeDriver driver;
  static WebDriverWait wait;
  static String base;

  @BeforeAll
  static void start() throws IOException {
    base = TestServer.base();
    driver = HeadlessChrome.start(1400, 900);
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  @BeforeEach
  void blankPage() {
    driver.manage().window().setSize(new Dimension(1400, 900));
    driver.get("about:blank");
    driver.manage().logs().get(LogType.BROWSER);
  }

  @AfterEach
  void screenshotAndConsole(TestInfo test) throws IOException {
    if (driver.getCurrentUrl().startsWith(base)) {
      waitForTheMapToSettle();
    }
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png"),
        StandardCopyOption.REPLACE_EXISTING);
    List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage).toList();
    assertThat(errors).as("console errors").isEmpty();
  }

  static void open(String hash) {
    driver.get(base + "/" + hash);
    wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
  }

  /** Waits until the view in the URL holds still for a moment: fitting a route or corridor is animated. */
  static void waitForTheMapToSettle() {
    String[] last = {""};
    new WebDriverWait(driver, Duration.ofSeconds(5), Duration.ofMillis(300)).until(d -> {
      String now = d.getCurrentUrl();
      boolean still = now.equals(last[0]);
      last[0] = now;
      return still;
    });
  }

  static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  static List<WebElement> drawn(String layer) {
    return driver.findElements(By.cssSelector("#map [data-layer='" + layer + "']"));
  }

  static String hash() {
    return (String) js("return window.location.hash");
  }

  /** Moves the timeline slider the way a drag does: input events, then change. */
  static void slideTo(int year, int month) {
    WebElement slider = driver.findElement(By.id("timeline-slider"));
    js("arguments[0].value = arguments[1];"
        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
        + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", slider, (year - 1990) * 12 + month - 1);
  }

  @Test
  void railway_stations_are_drawn_and_labelled_when_shown() {
    open("#map=10/42.62/130.75&layers=railways,stations");
    wait.until(d -> !drawn("stations").isEmpty());
    wait.until(d -> d.findElements(By.cssSelector(".atlas-label")).stream()
        .anyMatch(label -> label.getText().equals("Gvozdevo")));
  }

  @Test
  void every_visible_layer_draws_its_features() {
    open("");
    List<WebElement> toggles = driver.findElements(By.cssSelector("#layer-list input[type=checkbox]"));
    assertThat(toggles).hasSize(LayerKind.values().length);
    List<String> visible = toggles.stream().filter(WebElement::isSelected)
        .map(box -> box.getAttribute("id").substring("layer-toggle-".length())).toList();
    assertThat(visible).contains("crossings", "railways", "roads", "ports");
    for (String layer : visible) {
      assertThat(drawn(layer)).as(layer).isNotEmpty();
      assertThat(Integer.parseInt(driver.findElement(By.id("layer-count-" + layer)).getText())).as(layer).isPositive();
    }
    driver.findElement(By.id("layer-toggle-railways")).click();
    wait.until(d -> drawn("railways").isEmpty());
    assertThat(hash()).doesNotContain("railways");
  }

  @Test
  void straight_stretches_without_sourced_places_are_drawn_hollow_and_named_in_the_panel() {
    open("#map=6/41.5/128.5");
    WebElement hollow = wait.until(d -> d.findElements(By.cssSelector("#map [data-schematic]")).stream()
        .findFirst().orElse(null));
    String id = hollow.getAttribute("data-schematic");
    assertThat(driver.findElements(By.cssSelector("#map [data-schematic]")))
        .hasSizeLessThan(drawn("railways").size() + drawn("roads").size());
    open("#map=6/41.5/128.5&feature=" + id);
    wait.until(ExpectedConditions.textMatches(By.id("feature-schematic"),
        java.util.regex.Pattern.compile("\\d+ straight segments?, \\d+ km in all")));
  }

  @Test
  void a_crossing_opened_on_the_map_shows_its_sources() {
    open("#map=9/40.1000/124.4500");
    WebElement bridge = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("#map [data-id='" + BRIDGE + "']")));
    bridge.click();
    wait.until(ExpectedConditions.textToBe(By.id("feature-name"), "Sino-Korean Friendship Bridge"));
    assertThat(driver.findElement(By.id("panel-feature")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.id("feature-names")).getText()).contains("조중우의교").contains("中朝友谊桥");
    List<WebElement> sources = driver.findElements(By.cssSelector("#feature-sources li"));
    assertThat(sources).isNotEmpty();
    List<WebElement> links = driver.findElements(By.cssSelector("#feature-sources a"));
    assertThat(links).isNotEmpty().allSatisfy(link -> {
      assertThat(link.getAttribute("href")).startsWith("http");
      assertThat(link.getAttribute("rel")).contains("noopener");
    });
    assertThat(driver.findElement(By.id("feature-timeline")).getText()).contains("Closed");
    assertThat(driver.findElement(By.id("feature-ogc-link")).getAttribute("href"))
        .endsWith("/ogcapi/collections/crossings/items/" + BRIDGE + "?f=html");
    assertThat(hash()).contains("feature=" + BRIDGE);
  }

  /** Presses Tab until the focused element matches, as a keyboard user would; fails after a page's worth. */
  static WebElement tabTo(String description, java.util.function.Predicate<WebElement> target) {
    for (int presses = 0; presses < 120; presses++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      WebElement focused = driver.switchTo().activeElement();
      if (target.test(focused)) {
        return focused;
      }
    }
    throw new AssertionError("Tab never reached " + description);
  }

  @Test
  void a_feature_on_the_map_can_be_reached_and_opened_by_keyboard() {
    open("#map=9/40.1000/124.4500");
    WebElement summary = tabTo("the features-in-view list", e -> "summary".equals(e.getTagName()));
    assertThat(summary.getText()).startsWith("Features in view (");
    summary.sendKeys(Keys.ENTER);
    WebElement bridge = tabTo("the bridge's button", e -> BRIDGE.equals(e.getAttribute("data-id")));
    assertThat(bridge.getText()).isEqualTo("Sino-Korean Friendship Bridge");
    bridge.sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.textToBe(By.id("feature-name"), "Sino-Korean Friendship Bridge"));
    assertThat(hash()).contains("feature=" + BRIDGE);
    wait.until(d -> "feature-name".equals(d.switchTo().activeElement().getAttribute("id")));
    // Every control the Tab key reaches on the way carries a name a screen reader can read out.
    List<?> unlabelled = (List<?>) js("return [...document.querySelectorAll('button, input, select, summary, a[href]')]"
        + ".filter(e => e.offsetParent !== null && !(e.labels && e.labels.length) && !e.getAttribute('aria-label')"
        + " && !e.getAttribute('title') && !e.textContent.trim()).map(e => e.outerHTML)");
    assertThat(unlabelled).as("controls without a label").isEmpty();
  }

  @Test
  void related_features_and_route_blockers_show_names() {
    open("#asOf=2021-06-01&route=Dandong,Pyongyang&modes=rail");
    WebElement noRoute = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("route-noroute")));
    WebElement blocker = noRoute.findElement(By.cssSelector("button[data-id='" + BRIDGE + "']"));
    wait.until(d -> blocker.getText().equals("Sino-Korean Friendship Bridge"));
    String event = (String) ((JavascriptExecutor) driver).executeAsyncScript(
        "fetch('/ogcapi/collections/events/items?limit=10000').then(r => r.json()).then(c => arguments[0]("
            + "c.features.find(f => (f.properties.relatedFeatures || []).length).id))");
    driver.get("about:blank");
    open("#feature=" + event);
    By related = By.cssSelector("#feature-details button[data-id]");
    wait.until(d -> !d.findElements(related).isEmpty() && d.findElements(related).stream()
        .noneMatch(button -> button.getText().equals(button.getAttribute("data-id"))));
    WebElement first = driver.findElement(related);
    String id = first.getAttribute("data-id");
    first.click();
    wait.until(d -> hash().contains("feature=" + id));
  }

  @Test
  void dandong_to_pyongyang_crosses_the_friendship_bridge() {
    open("");
    driver.findElement(By.id("tab-routes")).click();
    driver.findElement(By.id("route-from")).sendKeys("Dandong");
    // Tab leaves the field as a person would, so that its suggestions close rather than cover the button.
    driver.findElement(By.id("route-to")).sendKeys("Pyongyang", Keys.TAB);
    driver.findElement(By.id("route-plan")).click();
    WebElement steps = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("route-steps-0")));
    assertThat(steps.getText()).contains("Sino-Korean Friendship Bridge");
    assertThat(steps.findElements(By.cssSelector("li[data-kind='border-crossing']"))).isNotEmpty();
    assertThat(driver.findElement(By.cssSelector("#route-0 .totals")).getText()).contains("km").contains(" h");
    assertThat(driver.findElements(By.cssSelector("#map path.route-0"))).isNotEmpty();
    for (String format : List.of("geojson", "gpx", "kml")) {
      assertThat(driver.findElement(By.id("route-export-" + format)).getAttribute("href"))
          .contains("/api/routes?").contains("f=" + format);
    }
    assertThat(hash()).contains("route=Dandong,Pyongyang");
  }

  @Test
  void sliding_to_2021_shows_the_china_dprk_crossings_closed() {
    open("#map=9/40.1000/124.4500&feature=" + BRIDGE);
    By marker = By.cssSelector("#map [data-layer='crossings'][data-id='" + BRIDGE + "']");
    assertThat(driver.findElement(marker).getAttribute("data-status")).isNotEqualTo("closed");
    slideTo(2021, 6);
    wait.until(ExpectedConditions.attributeToBe(marker, "data-status", "closed"));
    assertThat(hash()).contains("asOf=2021-06-01");
    assertThat(driver.findElement(By.id("timeline-label")).getText()).contains("2021-06-01");
    assertThat(driver.findElement(By.id("feature-status")).getText()).contains("Closed");
    driver.navigate().back();
    wait.until(d -> !hash().contains("asOf="));
    assertThat(driver.findElement(marker).getAttribute("data-status")).isNotEqualTo("closed");
  }

  @Test
  void a_status_not_confirmed_for_two_years_is_drawn_lighter_and_the_panel_says_when_it_was() {
    open("#map=9/40.1000/124.4500&feature=" + BRIDGE);
    By bridge = By.cssSelector("#map [data-layer='crossings'][data-id='" + BRIDGE + "']");
    wait.until(ExpectedConditions.attributeToBe(bridge, "data-stale", "false"));
    // The panel reads the feature's OGC item, which may come after the map's layers.
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feature-confirmed")));
    assertThat(driver.findElement(By.id("feature-confirmed")).getText()).contains("last confirmed 12 Mar 2026")
        .doesNotContain("over two years");

    // Two restricted secondary roads: the Friendship Bridge road, trucks seen in September 2025, and the Linjiang
    // bridge road, known only from the 2020 closure.
    double fresh = opacity("roads", "road-dandong-friendship-bridge", "#map=11/40.1150/124.3900", "false", "stroke-opacity");
    double stale = opacity("roads", "road-linjiang-bridge-chn", "#map=11/41.8050/126.9100", "true", "stroke-opacity");
    assertThat(stale).isLessThan(fresh);

    String manpo = "crossing-jian-manpo-railway-bridge";
    By marker = By.cssSelector("#map [data-layer='crossings'][data-id='" + manpo + "']");
    open("#map=9/41.1500/126.3000&feature=" + manpo);
    wait.until(ExpectedConditions.attributeToBe(marker, "data-stale", "true"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feature-confirmed"), "31 Jan 2020"));
    assertThat(driver.findElement(By.id("feature-confirmed")).getText()).contains("last confirmed 31 Jan 2020")
        .contains("over two years");
    // Before the closure the crossing shows its open period, history that claims nothing about today.
    open("#map=9/41.1500/126.3000&asOf=2019-06-01&feature=" + manpo);
    wait.until(ExpectedConditions.attributeToBe(marker, "data-status", "open"));
    assertThat(driver.findElement(marker).getAttribute("data-stale")).isEqualTo("false");
    assertThat(driver.findElement(By.id("legend")).getAttribute("textContent"))
        .contains("not confirmed for over 2 years");
  }

  private static double opacity(String layer, String id, String view, String stale, String attribute) {
    open(view);
    By drawn = By.cssSelector("#map [data-layer='" + layer + "'][data-id='" + id + "']");
    wait.until(ExpectedConditions.attributeToBe(drawn, "data-stale", stale));
    assertThat(driver.findElement(drawn).getAttribute("data-status")).isEqualTo("restricted");
    return Double.parseDouble(driver.findElement(drawn).getAttribute(attribute));
  }

  @Test
  void play_walks_the_timeline_forward_from_1990() {
    open("");
    WebElement play = driver.findElement(By.id("timeline-play"));
    play.click();
    wait.until(d -> hash().matches(".*asOf=1990-(0[3-9]|1[0-2]).*"));
    play.click();
    assertThat(play.getAttribute("aria-pressed")).isEqualTo("false");
    String paused = hash();
    assertThat(driver.findElement(By.id("timeline-label")).getText()).startsWith("As of 1990-");
    wait.until(d -> hash().equals(paused));
  }

  @Test
  void a_permalink_reloads_into_the_same_state() {
    open("");
    driver.findElement(By.id("layer-toggle-roads")).click();
    WebElement search = driver.findElement(By.id("search-input"));
    search.sendKeys("신의주");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-results [role=option]")));
    search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
    wait.until(d -> hash().contains("feature="));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feature-name")));
    slideTo(2021, 6);
    driver.findElement(By.id("tab-corridors")).click();
    Select corridors = new Select(driver.findElement(By.id("corridor-select")));
    wait.until(d -> corridors.getOptions().size() > 1);
    corridors.selectByIndex(1);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#corridor-body h3")));
    // Choosing the corridor fits the map to it with an animation: the view to reload is the one it ends on.
    waitForTheMapToSettle();
    String url = driver.getCurrentUrl();
    String feature = driver.findElement(By.id("feature-name")).getAttribute("textContent");
    String corridor = driver.findElement(By.cssSelector("#corridor-body h3")).getAttribute("textContent");
    int drawnCount = driver.findElements(By.cssSelector("#map [data-layer]")).size();

    driver.get("about:blank");
    driver.get(url);
    wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#corridor-body h3")));
    assertThat(driver.getCurrentUrl()).isEqualTo(url);
    assertThat(driver.findElement(By.id("layer-toggle-roads")).isSelected()).isFalse();
    assertThat(driver.findElement(By.id("timeline-slider")).getAttribute("value"))
        .isEqualTo(String.valueOf((2021 - 1990) * 12 + 5));
    assertThat(driver.findElement(By.id("feature-name")).getAttribute("textContent")).isEqualTo(feature);
    assertThat(driver.findElement(By.cssSelector("#corridor-body h3")).getAttribute("textContent")).isEqualTo(corridor);
    wait.until(d -> d.findElements(By.cssSelector("#map [data-layer]")).size() == drawnCount);
  }

  @Test
  void route_ends_can_be_picked_on_the_map() {
    open("#map=9/40.1000/124.4500");
    driver.findElement(By.id("tab-routes")).click();
    driver.findElement(By.id("route-from-pick")).click();
    driver.findElement(By.cssSelector("#map [data-id='" + BRIDGE + "']")).click();
    assertThat(driver.findElement(By.id("route-from")).getAttribute("value")).isEqualTo("Sino-Korean Friendship Bridge");
    assertThat(hash()).doesNotContain("feature=");
    driver.findElement(By.id("route-to-pick")).click();
    // Open water of Korea Bay, west of the view's centre: nothing of the atlas drawn there.
    new Actions(driver).moveToElement(driver.findElement(By.id("map")), -300, 150).click().perform();
    assertThat(driver.findElement(By.id("route-to")).getAttribute("value")).matches("1\\d\\d\\.\\d{5},\\d\\d\\.\\d{5}");
  }

  @Test
  void without_the_friendship_bridge_in_2021_there_is_no_rail_route_and_the_page_says_why() {
    open("#asOf=2021-06-01&route=Dandong,Pyongyang&modes=rail");
    WebElement noRoute = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("route-noroute")));
    assertThat(noRoute.getText()).startsWith("No route");
    assertThat(noRoute.findElements(By.cssSelector("button[data-id]"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#map path.route-0"))).isEmpty();
    assertThat(driver.findElement(By.id("route-mode-road")).isSelected()).isFalse();
  }

  @Test
  void the_hash_round_trips_every_part_of_the_state() {
    open("");
    String hash = "#map=11/40.10000/124.40000&layers=crossings,railways&base=osm&asOf=2021-06-01"
        + "&feature=" + BRIDGE + "&corridor=some-corridor&route=124.39000%2C40.11000,Pyongyang&via=Sinuiju"
        + "&modes=rail,sea&avoid=crossing-a,crossing-b&optimize=distance&alt=2";
    Object again = ((JavascriptExecutor) driver).executeAsyncScript(
        PAGE_MODULE.formatted("state.js") + ".then(s => arguments[1](s.formatHash(s.parseHash(arguments[0]))))", hash);
    assertThat(again).isEqualTo(hash);
    Object route = ((JavascriptExecutor) driver).executeAsyncScript(
        PAGE_MODULE.formatted("state.js") + ".then(s => arguments[1](s.parseHash(arguments[0]).route.from))", hash);
    assertThat(route).isEqualTo("124.39000,40.11000");
  }

  @Test
  void the_measuring_tool_gives_the_geodesic_length() {
    open("#map=7/40.0000/125.0000");
    // Vincenty's own test line, Flinders Peak to Buninyong: 54 972.271 m on the WGS84 ellipsoid.
    Number flinders = (Number) ((JavascriptExecutor) driver).executeAsyncScript(
        PAGE_MODULE.formatted("measure.js")
            + ".then(m => arguments[0](m.geodesicMeters(-37.95103341666667, 144.42486788888888,"
            + " -37.65282113888889, 143.92649552777777)))");
    assertThat(flinders.doubleValue()).isCloseTo(54_972.271, within(0.01));

    driver.findElement(By.id("measure-toggle")).click();
    WebElement map = driver.findElement(By.id("map"));
    // Two clicks 200 px apart on one parallel at zoom 7, near 40 N: about 1.7 degrees of longitude, some 187 km.
    new Actions(driver).moveToElement(map, -100, 0).click().moveToElement(map, 100, 0).click().perform();
    String meters = wait.until(d -> d.findElement(By.id("measure-result")).getAttribute("data-meters"));
    assertThat(Double.parseDouble(meters)).isBetween(180_000.0, 195_000.0);
    assertThat(driver.findElement(By.id("measure-result")).getText()).contains("km");
  }

  @Test
  void the_first_load_stays_under_one_and_a_half_megabytes() {
    open("");
    long bytes = ((Number) js("return performance.getEntriesByType('navigation').concat("
        + "performance.getEntriesByType('resource')).reduce((sum, e) => sum + e.decodedBodySize, 0)")).longValue();
    assertThat(bytes).isLessThan(1_500_000L);
    assertThat((List<?>) js("return performance.getEntriesByType('resource').map(e => e.name)"
        + ".filter(n => !n.startsWith(location.origin))")).as("requests outside the atlas").isEmpty();
  }

  @Test
  void a_phone_sized_screen_keeps_everything_within_its_width() {
    driver.manage().window().setSize(new Dimension(390, 844));
    open("#feature=" + BRIDGE);
    assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue())
        .isLessThanOrEqualTo(((Number) js("return window.innerWidth")).intValue());
    assertThat(driver.findElement(By.id("map")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.id("timeline-slider")).isDisplayed()).isTrue();
  }

  static List<String> texts(String css) {
    return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  /** Pairs of drawn labels (place names and the atlas's own) whose boxes overlap by more than a pixel. */
  @SuppressWarnings("unchecked")
  static List<String> overlappingLabels() {
    return (List<String>) js("const all = [...document.querySelectorAll('.atlas-place-label .place-text, .leaflet-tooltip.atlas-label')]"
        + "  .map((e) => ({ text: e.textContent, r: e.getBoundingClientRect() })).filter((l) => l.r.width > 0);"
        + "const out = [];"
        + "for (let i = 0; i < all.length; i += 1) for (let j = i + 1; j < all.length; j += 1) {"
        + "  const a = all[i].r; const b = all[j].r;"
        + "  if (a.left + 1 < b.right && b.left + 1 < a.right && a.top + 1 < b.bottom && b.top + 1 < a.bottom)"
        + "    out.push(all[i].text + ' / ' + all[j].text); }"
        + "return out;");
  }

  @Test
  void a_corridor_names_its_towns_and_no_two_labels_overlap() {
    open("#corridor=dandong-sinuiju-pyongyang-nampo");
    wait.until(d -> texts(".atlas-place-label").containsAll(List.of("Dandong", "Sinuiju", "Pyongyang", "Nampo")));
    assertThat(overlappingLabels()).isEmpty();
    // Zoomed in, where the atlas's own labels are drawn too.
    js("window.location.hash = '#map=9/40.0000/124.8000&corridor=dandong-sinuiju-pyongyang-nampo'");
    wait.until(d -> !texts(".leaflet-tooltip.atlas-label").isEmpty());
    waitForTheMapToSettle();
    assertThat(overlappingLabels()).isEmpty();
    assertThat(texts(".atlas-place-label")).contains("Sinuiju");
  }

  @Test
  void country_names_take_part_in_the_label_collision() {
    // Zoomed out over the DPRK: its name sits among Hamhung, Kanggye and the provinces' names, none over another.
    for (int zoom : List.of(6, 7)) {
      driver.get("about:blank");
      open("#map=" + zoom + "/40.0000/127.2000");
      wait.until(d -> texts(".atlas-place-label.place-country").contains("DPRK")
          && texts(".atlas-place-label.place-place").contains("Hamhung"));
      waitForTheMapToSettle();
      assertThat(overlappingLabels()).as("labels overlapping at zoom " + zoom).isEmpty();
    }
  }

  @Test
  void with_lang_ko_the_interface_and_the_labels_are_korean() {
    open("#lang=ko&corridor=dandong-sinuiju-pyongyang-nampo");
    assertThat(js("return document.documentElement.lang")).isEqualTo("ko");
    assertThat(driver.findElement(By.id("tab-layers")).getText()).isEqualTo("레이어");
    assertThat(driver.findElement(By.id("layer-list")).getAttribute("textContent")).contains("국경 통과지점");
    wait.until(d -> texts(".atlas-place-label").containsAll(List.of("평양", "신의주", "단둥", "남포")));
    assertThat(overlappingLabels()).isEmpty();
    wait.until(d -> js("const s = document.getElementById('corridor-select');"
        + " return s.selectedIndex >= 0 ? s.options[s.selectedIndex].text : ''")
        .equals("단둥 – 신의주 – 평양 – 남포"));
    // Its crossings are listed by their Korean names too.
    wait.until(d -> js("return document.getElementById('corridor-body').textContent").toString()
        .contains("조중우의교"));
    driver.get("about:blank");
    open("#lang=ko&map=10/40.0900/124.4000");
    wait.until(d -> texts(".leaflet-tooltip.atlas-label").contains("조중우의교"));
    // The link keeps the language; the browser's would apply without it.
    assertThat(hash()).contains("lang=ko");
  }

  @Test
  void the_map_frame_and_its_credits_show_before_any_map_data_and_the_timeline_still_fills_in() {
    // The map's data held back, as on a slow line: the frame, its credits and the panels come without it.
    driver.executeCdpCommand("Network.enable", java.util.Map.of());
    driver.executeCdpCommand("Network.setBlockedURLs", java.util.Map.of("urls",
        List.of("*/api/basemap/*", "*/api/layers/*")));
    try {
      driver.get(base + "/");
      WebElement credits = wait.until(ExpectedConditions.presenceOfElementLocated(
          By.className("leaflet-control-attribution")));
      wait.until(d -> credits.getText().contains("Natural Earth"));
      assertThat(credits.getText()).contains("© OpenStreetMap contributors");
      assertThat(drawn("railways")).isEmpty();
      wait.until(d -> !d.findElements(By.cssSelector("#timeline-events li button")).isEmpty());
      assertThat(driver.findElements(By.cssSelector("#layer-list input[type=checkbox]")))
          .hasSize(LayerKind.values().length);
      // The page is styled from its first paint: no style sheet is fetched on the way.
      assertThat((List<?>) js("return performance.getEntriesByType('resource').map(e => e.name)"
          + ".filter(n => n.endsWith('.css'))")).isEmpty();
    } finally {
      driver.executeCdpCommand("Network.setBlockedURLs", java.util.Map.of("urls", List.of()));
      // The blocked downloads are console errors of this test's own making.
      driver.manage().logs().get(LogType.BROWSER);
    }
    open("");
    assertThat(drawn("railways")).isNotEmpty();
    assertThat(driver.findElement(By.className("leaflet-control-attribution")).getText())
        .containsOnlyOnce("Natural Earth");
  }

  @Test
  void the_page_has_a_favicon() throws Exception {
    assertThat(TestServer.get("/favicon.ico").statusCode()).isEqualTo(200);
    open("");
    String icon = driver.findElement(By.cssSelector("link[rel='icon']")).getAttribute("href");
    assertThat(TestServer.get(java.net.URI.create(icon).getPath()).statusCode()).isEqualTo(200);
  }

  @Test
  void a_planned_route_is_fitted_whole_into_the_frame() {
    open("");
    driver.findElement(By.id("tab-routes")).click();
    driver.findElement(By.id("route-from")).sendKeys("Dandong");
    driver.findElement(By.id("route-to")).sendKeys("Pyongyang", Keys.TAB);
    driver.findElement(By.id("route-plan")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map path.route-0")));
    waitForTheMapToSettle();
    @SuppressWarnings("unchecked")
    List<String> outside = (List<String>) js("const frame = document.getElementById('map').getBoundingClientRect();"
        + "return [...document.querySelectorAll('#map path.route-0')].map((p) => p.getBoundingClientRect())"
        + "  .filter((r) => r.left < frame.left || r.right > frame.right || r.top < frame.top"
        + "    || r.bottom > frame.bottom - 20).map((r) => JSON.stringify(r));");
    assertThat(outside).as("route parts outside the frame (or under the attribution)").isEmpty();
  }
}
