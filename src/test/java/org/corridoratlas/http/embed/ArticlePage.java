package org.corridoratlas.http.embed;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A page on another origin, standing in for the news article that embeds the atlas in an iframe. */
final class ArticlePage implements AutoCloseable {
  private final HttpServer server;
  private volatile String html = "";

  private ArticlePage(HttpServer server) {
    this.server = server;
  }

  static ArticlePage start() throws IOException {
    ArticlePage article = new ArticlePage(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
    article.server.createContext("/", exchange -> {
      byte[] body = article.html.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    article.server.start();
    return article;
  }

  /** Serves {@code html} from now on and returns the article's address. */
  String show(String html) {
    this.html = html;
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
