package org.corridoratlas.http.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.corridoratlas.http.HeadlessChrome;
import org.corridoratlas.http.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page on another origin, standing in for the news article that embeds the atlas in an iframe, and the headless
 * Chromium of a reader who opens it.
 */
final class ArticlePage implements AutoCloseable {
  private static final Path SCREENSHOTS = Path.of("target/screenshots");
  private final HttpServer server;
  private final ChromeDriver driver;
  private volatile String html = "";

  private ArticlePage(HttpServer server, ChromeDriver driver) {
    this.server = server;
    this.driver = driver;
  }

  /** Serves an (empty) article and opens a browser window of the given size on nothing yet. */
  static ArticlePage start(int windowWidthPx, int windowHeightPx) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    ArticlePage article;
    try {
      article = new ArticlePage(server, HeadlessChrome.start(windowWidthPx, windowHeightPx));
    } catch (RuntimeException noBrowser) {
      server.stop(0);
      throw noBrowser;
    }
    server.createContext("/", exchange -> {
      byte[] body = article.html.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    return article;
  }

  ChromeDriver driver() {
    return driver;
  }

  /**
   * Opens an article that shows {@code heading} above a frame "atlas" of {@code /embed?query}, switches into the
   * frame and waits until the embed has drawn: a failure to draw fails the test.
   */
  void openEmbed(String heading, String query, int width, int height) {
    html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>An article</title></head>"
        + "<body style=\"margin:0\">" + heading + "<iframe id=\"atlas\" src=\"" + TestServer.base() + "/embed?"
        + query.replace("&", "&amp;") + "\" width=\"" + width + "\" height=\"" + height
        + "\" style=\"border:0;display:block\"></iframe></body></html>";
    driver.get("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    driver.switchTo().frame("atlas");
    // Until the frame's own page has loaded, its body is about:blank's and has no data-ready.
    new WebDriverWait(driver, Duration.ofSeconds(40)).until(d -> {
      String ready = d.findElement(By.tagName("body")).getAttribute("data-ready");
      return ready != null && !ready.isEmpty();
    });
    assertThat(driver.findElement(By.tagName("body")).getAttribute("data-ready")).isEqualTo("true");
  }

  /** Keeps what the browser shows as target/screenshots/{name}.png, to look at. */
  void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    driver.quit();
    server.stop(0);
  }
}
