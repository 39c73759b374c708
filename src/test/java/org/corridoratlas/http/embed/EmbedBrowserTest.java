package org.corridoratlas.http.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corridoratlas.http.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A writer's page on another origin (another port) embeds the iframe; in headless Chromium the corridor renders,
 * with the attribution, within the first-load budget.
 */
class EmbedBrowserTest {
  private static ArticlePage article;
  private static String corridorId;

  @BeforeAll
  static void start() throws Exception {
    // embed.js reuses the web app's api, status and styles modules; without them there is nothing to render.
    Assumptions.assumeTrue(EmbedBrowserTest.class.getResource("/web/styles.js") != null,
        "the web app's modules (web/styles.js) are not on the classpath yet");
    corridorId = TestServer.json("/api/corridors").path("corridors").get(0).path("id").asText();
    article = ArticlePage.start(1000, 700);
  }

  @AfterAll
  static void stop() {
    if (article != null) {
      article.close();
    }
  }

  @Test
  void corridor_renders_inside_an_iframe_on_another_origin() throws Exception {
    article.openEmbed("<h1>Trade across the Yalu</h1>", "corridor=" + corridorId + "&interactive=0&title=Corridor",
        800, 500);
    article.screenshot("embed-corridor");
    ChromeDriver driver = article.driver();
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

  @Test
  void a_route_embed_names_its_ends_in_the_readers_language_as_the_static_map_does() throws Exception {
    String query = "from=Dandong&to=port-nampo&lang=ko&interactive=0";
    article.openEmbed("<h1>남포로 가는 길</h1>", query, 800, 500);
    // An end given by id is named as the feature is in Korean; an end typed as text stays as typed.
    String legend = article.driver().findElement(By.className("atlas-legend")).getText();
    assertThat(legend).contains("경로 Dandong – 남포항").doesNotContain("port-nampo");
    assertThat(TestServer.get("/static.svg?" + query).body()).contains(">경로 Dandong – 남포항</text>");
  }
}
