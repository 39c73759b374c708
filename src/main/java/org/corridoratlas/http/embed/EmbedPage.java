package org.corridoratlas.http.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The HTML of /embed (from web/embed.html, filled per request), of its in-frame error, and the discovery tags that
 * the app page gets. Every value is escaped here, once.
 */
final class EmbedPage {
  private final String template;

  EmbedPage() {
    this.template = resource("/web/embed.html");
  }

  String page(String title, String oembedUrl, String staticUrl, String pageUrl) {
    return template.replace("{{title}}", escape(title)).replace("{{static}}", escape(staticUrl))
        .replace("{{discovery}}", discovery(title, oembedUrl, staticUrl, pageUrl));
  }

  /** A readable error for a person looking at the frame, with the attribution every embed carries. */
  static String error(int status, String message) {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Map unavailable</title>"
        + "<style>body{font:14px/1.4 sans-serif;margin:0;display:flex;align-items:center;justify-content:center;"
        + "height:100vh;background:#f2f2ef;color:#222}main{max-width:32em;padding:1em}small{color:#666}</style>"
        + "</head><body><main role=\"alert\"><h1 style=\"font-size:1.1em\">This map cannot be shown (" + status
        + ")</h1><p id=\"embed-error\">" + escape(message) + "</p><small>Corridor Atlas · Made with Natural Earth"
        + "</small></main></body></html>";
  }

  /** oEmbed discovery and link-preview tags for a page's head. */
  static String discovery(String title, String oembedUrl, String staticUrl, String pageUrl) {
    return "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"" + escape(oembedUrl) + "\" title=\""
        + escape(title) + "\">\n  <meta property=\"og:title\" content=\"" + escape(title) + "\">\n"
        + "  <meta property=\"og:type\" content=\"website\">\n"
        + "  <meta property=\"og:url\" content=\"" + escape(pageUrl) + "\">\n"
        + "  <meta property=\"og:image\" content=\"" + escape(staticUrl) + "\">\n"
        + "  <meta name=\"twitter:card\" content=\"summary_large_image\">";
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  static String resource(String path) {
    try (InputStream in = EmbedPage.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
