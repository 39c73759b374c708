package org.corridoratlas.http.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.corridoratlas.http.HeadlessChrome;
import org.corridoratlas.http.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The app's Share / Embed dialog builds its links from the URL hash and previews the embed. */
class ShareDialogTest {
  private static ChromeDriver driver;

  @BeforeAll
  static void start() {
    // share.js is wired by the web app's main.js; without the app there is no dialog to open.
    Assumptions.assumeTrue(ShareDialogTest.class.getResource("/web/main.js") != null,
        "the web app (web/main.js) is not on the classpath yet");
    driver = HeadlessChrome.start(1300, 900);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void dialog_offers_snippet_link_and_picture_of_the_current_corridor() throws Exception {
    String corridor = TestServer.json("/api/corridors").path("corridors").get(0).path("id").asText();
    driver.get(TestServer.base() + "/#map=7/41.2/127.4&layers=railways,crossings&corridor=" + corridor);
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    // The button is in the page at once; the dialog it opens comes with the script.
    wait.until(d -> !d.findElements(By.id("share-dialog")).isEmpty());
    driver.findElement(By.id("share-open")).click();
    assertThat(driver.findElement(By.id("share-dialog")).isDisplayed()).isTrue();
    driver.findElement(By.id("share-height")).clear();
    driver.findElement(By.id("share-height")).sendKeys("380");
    driver.findElement(By.id("share-legend")).click();
    String snippet = driver.findElement(By.id("share-snippet")).getAttribute("value");
    assertThat(snippet).startsWith("<iframe src=\"" + TestServer.base() + "/embed?corridor=" + corridor)
        .contains("layers=crossings%2Crailways").contains("legend=0").contains("height:380px")
        .contains("width:100%");
    assertThat(driver.findElement(By.id("share-link")).getAttribute("value")).contains("corridor=" + corridor);
    String picture = driver.findElement(By.id("share-static")).getAttribute("value");
    assertThat(picture).startsWith(TestServer.base() + "/static.png?corridor=" + corridor).contains("height=380");
    assertThat(TestServer.get(picture.substring(TestServer.base().length())).statusCode()).isEqualTo(200);
    // The same picture as SVG for a graphics desk (served by /static.svg).
    assertThat(driver.findElement(By.id("share-svg")).getAttribute("value"))
        .isEqualTo(picture.replace("/static.png?", "/static.svg?"));
    wait.until(d -> driver.findElement(By.id("share-preview")).getAttribute("src").contains("/embed?"));
    Files.createDirectories(Path.of("target/screenshots"));
    Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target/screenshots/share-dialog.png"),
        StandardCopyOption.REPLACE_EXISTING);
    WebDriver frame = driver.switchTo().frame("share-preview");
    wait.until(d -> "true".equals(frame.findElement(By.tagName("body")).getAttribute("data-ready")));
    assertThat(frame.findElements(By.cssSelector("[data-highlight]"))).isNotEmpty();
  }
}
