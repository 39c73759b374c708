package org.corridoratlas.http.ogcapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.corridoratlas.catalog.FeaturePage;
import org.corridoratlas.catalog.Layer;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.Source;
import org.corridoratlas.geodata.Status;
import org.corridoratlas.geodata.StatusPeriod;

/** HTML pages of items and of one item, each linking to the feature on the map. */
final class ItemsPages {
  private ItemsPages() {}

  static String items(Layer layer, FeaturePage page, String path, String query) {
    LocalDate today = LocalDate.now();
    StringBuilder b = new StringBuilder("<p>").append(page.numberMatched()).append(" matched; showing ")
        .append(page.features().size()).append(" from ").append(page.query().offset() + 1).append(".</p>");
    b.append("<table><tr><th>Name</th><th>Status today</th><th>Last confirmed</th><th>Confidence</th><th></th></tr>");
    for (Feature f : page.features()) {
      b.append("<tr><td><a href=\"").append(Html.esc(path + "/" + enc(f.id()) + "?f=html")).append("\">")
          .append(Html.esc(f.name())).append("</a></td><td>")
          .append(Html.esc(f.status().statusOn(today).map(Status::wireName).orElse("–"))).append("</td><td>")
          .append(Html.esc(f.status().lastConfirmed().orElse("–"))).append("</td><td>")
          .append(Html.esc(f.confidence().name().toLowerCase())).append("</td><td><a href=\"/#feature=")
          .append(Html.esc(enc(f.id()))).append("\">on the map</a></td></tr>");
    }
    b.append("</table><p>");
    int limit = page.query().limit();
    if (page.hasPrevious()) {
      b.append("<a rel=\"prev\" href=\"").append(Html.esc(path + query + "&offset="
          + Math.max(0, page.query().offset() - limit) + "&f=html")).append("\">previous</a> ");
    }
    if (page.hasNext()) {
      b.append("<a rel=\"next\" href=\"").append(Html.esc(path + query + "&offset="
          + (page.query().offset() + limit) + "&f=html")).append("\">next</a>");
    }
    b.append("</p>");
    return Html.page(layer.kind().title() + ": items", OgcPages.crumbs(
        new Link(OgcApi.BASE + "/collections?f=html", null, null, "Collections"),
        new Link(OgcApi.BASE + "/collections/" + layer.id() + "?f=html", null, null, layer.kind().title())),
        b.toString());
  }

  static String item(Layer layer, Feature f, String path) {
    StringBuilder b = new StringBuilder();
    b.append("<p>").append(Html.esc(f.description())).append("</p>");
    b.append("<p><a href=\"/#feature=").append(Html.esc(enc(f.id()))).append("\">Show on the map</a> · ")
        .append("<a href=\"").append(Html.esc(path)).append("?f=json\">GeoJSON</a></p>");
    b.append("<table>");
    row(b, "id", f.id());
    row(b, "layer", f.layer());
    f.names().forEach((lang, name) -> row(b, "name (" + lang + ")", name));
    if (!f.aliases().isEmpty()) {
      row(b, "aliases", String.join("; ", f.aliases()));
    }
    row(b, "confidence", f.confidence().name().toLowerCase()
        + (f.confidenceNote().isBlank() ? "" : " – " + f.confidenceNote()));
    Iterator<Map.Entry<String, JsonNode>> fields = f.properties().fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      if (!List.of("name", "names", "aliases", "status", "sources", "description", "confidence",
          "confidenceNote").contains(e.getKey())) {
        JsonNode v = e.getValue();
        row(b, e.getKey(), v.isValueNode() ? v.asText() : v.toString());
      }
    }
    b.append("</table><h2>Status over time</h2><table><tr><th>From</th><th>To</th><th>Status</th><th>Last confirmed</th>"
        + "<th>Note</th></tr>");
    for (StatusPeriod p : f.status().periods()) {
      b.append("<tr><td>").append(Html.esc(p.from() == null ? "…" : p.from())).append("</td><td>")
          .append(Html.esc(p.to() == null ? "now" : p.to())).append("</td><td>").append(Html.esc(p.status().wireName()))
          .append("</td><td>").append(Html.esc(p.confirmed() == null ? "" : p.confirmed()))
          .append("</td><td>").append(Html.esc(p.note())).append("</td></tr>");
    }
    b.append("</table><h2>Sources</h2><ol start=\"0\">");
    for (Source s : f.sources()) {
      b.append("<li>").append(Html.externalLink(s.url(), s.title())).append(" – ").append(Html.esc(s.publisher()))
          .append(", ").append(Html.esc(s.date())).append("</li>");
    }
    b.append("</ol>");
    return Html.page(f.name(), OgcPages.crumbs(
        new Link(OgcApi.BASE + "/collections?f=html", null, null, "Collections"),
        new Link(OgcApi.BASE + "/collections/" + layer.id() + "/items?f=html", null, null, layer.kind().title())),
        b.toString());
  }

  private static void row(StringBuilder b, String key, String value) {
    b.append("<tr><th>").append(Html.esc(key)).append("</th><td>").append(Html.esc(value)).append("</td></tr>");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
