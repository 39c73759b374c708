package org.corridoratlas.http.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.corridoratlas.http.HeadlessChrome;
import org.corridoratlas.http.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A writer's page on another origin (another port) embeds the iframe; in headless Chromium the corridor renders,
 * with the attribution, within the first-load budget.
 */
class EmbedBrowserTest {
  private static final Path SCREENSHOTS = Path.of("target/screenshots");
  private static ArticlePage article;
  private static String articleUrl;
  private static ChromeDriver driver;
  private static String corridorId;

  @BeforeAll
  static void start() throws Exception {
    // embed.js reuses the web app's api, status and styles modules; without them there is nothing to render.
    Assumptions.assumeTrue(EmbedBrowserTest.class.getResource("/web/styles.js") != null,
        "the web app's modules (web/styles.js) are not on the classpath yet");
    corridorId = TestServer.json("/api/corridors").path("corridors").get(0).path("id").asText();
    article = ArticlePage.start();
    articleUrl = article.show("<!doctype html><html><head><meta charset=\"utf-8\"><title>An article</title></head><body>"
        + "<h1>Trade across the Yalu</h1><iframe id=\"atlas\" src=\"" + TestServer.base() + "/embed?corridor="
        + corridorId + "&amp;interactive=0&amp;title=Corridor\" width=\"800\" height=\"500\" style=\"border:0\">"
        + "</iframe></body></html>");
    driver = HeadlessChrome.start(1000, 700);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (article != null) {
      article.close();
    }
  }

  @Test
  void corridor_renders_inside_an_iframe_on_another_origin() throws Exception {
    driver.get(articleUrl);
    driver.switchTo().frame("atlas");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    // data-ready is absent until the embed has drawn (or failed): keep polling, not a NullPointerException.
    wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-ready") != null);
    Files.createDirectories(SCREENSHOTS);
    Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve("embed-corridor.png"),
        StandardCopyOption.REPLACE_EXISTING);
    assertThat(driver.findElement(By.tagName("body")).getAttribute("data-ready")).isEqualTo("true");
    List<WebElement> highlighted = driver.findElements(By.cssSelector("[data-highlight]"));
    assertThat(highlighted).isNotEmpty();
    assertThat(highlighted.get(0).getRect().getWidth() + highlighted.get(0).getRect().getHeight()).isPositive();
    assertThat(driver.findElement(By.className("leaflet-control-attribution")).getText())
        .contains("Natural Earth").contains("Corridor Atlas");
    assertThat(driver.findElement(By.id("embed-title")).getText()).isEqualTo("Corridor");
    assertThat(driver.findElements(By.className("leaflet-control-zoom"))).as("locked: no zoom buttons").isEmpty();
    Number bytes = (Number) driver.executeScript("const all = [...performance.getEntriesByType('navigation'),"
        + " ...performance.getEntriesByType('resource')]; return all.reduce((s, e) => s + e.transferSize, 0);");
    assertThat(bytes.longValue()).as("bytes over the wire on first load").isPositive().isLessThan(300_000);
    System.out.println("EmbedBrowserTest: first load transferred " + bytes + " bytes");
  }
}
