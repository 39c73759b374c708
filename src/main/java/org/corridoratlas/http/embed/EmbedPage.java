package org.corridoratlas.http.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridoratlas.http.WebAssets;
import org.corridoratlas.i18n.Messages;

/**
 * The HTML of /embed (from web/embed.html, filled per request), of its in-frame error, and the discovery tags that
 * the app page gets. Every value is escaped here, once.
 */
final class EmbedPage {
  private final String template;

  EmbedPage() {
    this.template = WebAssets.prepared(resource("/web/embed.html"));
  }

  /**
   * The page of one embed: {@code lang} its language, {@code preloads} the paths of the JSON it will fetch, hinted
   * in its head so that they load beside its scripts instead of one wave after another.
   */
  String page(String title, String lang, List<String> preloads, String oembedUrl, String staticUrl, String pageUrl) {
    return template.replace("{{title}}", escape(title)).replace("{{static}}", escape(staticUrl))
        .replace("{{lang}}", escape(lang))
        .replace("{{description}}", escape(title + " · " + Messages.of(lang).get("app.description")))
        .replace("{{preload}}", preloads(preloads))
        .replace("{{discovery}}", discovery(title, oembedUrl, staticUrl, pageUrl));
  }

  /** Preload hints for the JSON a page fetches (as web/api.js does: a CORS-mode fetch), so that it comes at once. */
  static String preloads(List<String> paths) {
    StringBuilder hints = new StringBuilder();
    for (String path : paths) {
      hints.append("<link rel=\"preload\" as=\"fetch\" crossorigin href=\"").append(escape(path)).append("\">\n  ");
    }
    return hints.toString().strip();
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

  private static final Pattern MESSAGE = Pattern.compile("\\{\\{t:([\\w.-]+)}}");

  /**
   * A page template with each {@code {{t:key}}} replaced by that message, escaped: the page's first paint in that
   * language, from the same message files the page's script translates with (web/i18n.js).
   */
  static String localised(String template, Messages messages) {
    return MESSAGE.matcher(template).replaceAll(m -> Matcher.quoteReplacement(
        escape(messages.get(m.group(1)))));
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
