package org.corridoratlas.http.ogcapi;

import java.util.List;

/**
 * Server-rendered HTML pages of the OGC API: plain, readable, without scripts. Every text that comes from data or
 * from the request goes through {@link #esc}; hrefs are only ever our own paths or http(s) source URLs.
 */
final class Html {
  private Html() {}

  static String esc(Object value) {
    String text = value == null ? "" : value.toString();
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A link to a source: only http and https URLs become hrefs. */
  static String externalLink(String url, String text) {
    if (url != null && (url.startsWith("https://") || url.startsWith("http://"))) {
      return "<a href=\"" + esc(url) + "\" rel=\"noopener noreferrer\">" + esc(text) + "</a>";
    }
    return esc(text);
  }

  static String page(String title, List<Link> breadcrumbs, String body) {
    StringBuilder crumbs = new StringBuilder();
    for (Link l : breadcrumbs) {
      crumbs.append("<a href=\"").append(esc(l.href())).append("\">").append(esc(l.title())).append("</a> / ");
    }
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + esc(title) + " – Corridor Atlas</title><style>"
        + "body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem;color:#222}"
        + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;"
        + "text-align:left;vertical-align:top}th{background:#f4f4f4}nav{font-size:.9rem;color:#555}"
        + "code{background:#f4f4f4;padding:0 .2rem}a{color:#0b57d0}</style></head><body>"
        + "<nav>" + crumbs + esc(title) + "</nav><h1>" + esc(title) + "</h1>" + body
        + "<footer><p><a href=\"/\">Open the map</a> · <a href=\"/ogcapi/api?f=html\">API documentation</a></p>"
        + "</footer></body></html>\n";
  }
}
