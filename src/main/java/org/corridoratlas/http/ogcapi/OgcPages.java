package org.corridoratlas.http.ogcapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.catalog.Layer;
import org.corridoratlas.format.Format;
import org.corridoratlas.geodata.Json;
import org.locationtech.jts.geom.Envelope;

/** The HTML pages of the OGC API's landing page, conformance, collections and schemas; items are in ItemsPages. */
final class OgcPages {
  private static final String BASE = OgcApi.BASE;

  private OgcPages() {}

  static String landing() {
    StringBuilder body = new StringBuilder("<p>").append(Html.esc(OgcApi.DESCRIPTION)).append("</p><ul>");
    body.append("<li><a href=\"").append(BASE).append("/collections?f=html\">The layers (collections)</a></li>");
    body.append("<li><a href=\"").append(BASE).append("/api?f=html\">API documentation</a> (")
        .append("<a href=\"").append(BASE).append("/api\">OpenAPI 3.0 JSON</a>)</li>");
    body.append("<li><a href=\"").append(BASE).append("/conformance?f=html\">Conformance</a></li></ul>");
    return Html.page(OgcApi.TITLE + " – OGC API – Features", List.of(), body.toString());
  }

  static String conformance() {
    StringBuilder body = new StringBuilder("<ul>");
    OgcApi.CONFORMANCE.forEach(c -> body.append("<li><code>").append(Html.esc(c)).append("</code></li>"));
    return Html.page("Conformance", crumbs(), body.append("</ul>").toString());
  }

  /** Every layer with its count and its items in each format. */
  static String collections(Catalog catalog) {
    StringBuilder body = new StringBuilder("<table><tr><th>Layer</th><th>Features</th><th>Items</th></tr>");
    for (Layer layer : catalog.layers()) {
      String path = BASE + "/collections/" + layer.id();
      body.append("<tr><td><a href=\"").append(path).append("?f=html\">").append(Html.esc(layer.kind().title()))
          .append("</a></td><td>").append(layer.features().size()).append("</td><td><a href=\"").append(path)
          .append("/items?f=html\">browse</a> · <a href=\"").append(path).append("/items?limit=10000\">GeoJSON</a>");
      for (Format format : ItemsRequest.FORMATS) {
        if (format.download()) {
          body.append(" · <a href=\"").append(path).append("/items?f=").append(format.key())
              .append("&amp;limit=10000\">").append(format.name()).append("</a>");
        }
      }
      body.append("</td></tr>");
    }
    return Html.page("Collections", crumbs(), body.append("</table>").toString());
  }

  static String collection(Layer layer) {
    String path = BASE + "/collections/" + layer.id();
    Envelope e = layer.extent();
    StringBuilder body = new StringBuilder("<p>").append(layer.features().size()).append(" features. ")
        .append("<a href=\"").append(path).append("/items?f=html\">Browse the items</a>.</p>");
    if (!e.isNull()) {
      body.append("<p>Extent: ").append(Html.esc(e.getMinX() + ", " + e.getMinY() + " – " + e.getMaxX() + ", "
          + e.getMaxY())).append("</p>");
    }
    body.append("<h2>Queryables</h2><p>Filter items with <code>?name=value</code>:</p><ul>");
    layer.queryables().forEach(q -> body.append("<li><code>").append(Html.esc(q.name())).append("</code> (")
        .append(Html.esc(q.list() ? "list of " + q.type() : q.type())).append(")</li>"));
    return Html.page(layer.kind().title(), crumbs(new Link(BASE + "/collections?f=html", null, null,
        "Collections")), body.append("</ul>").toString());
  }

  /** A queryables or schema document, shown as pretty JSON. */
  static String schema(Layer layer, String what, ObjectNode schema) throws JsonProcessingException {
    return Html.page(layer.kind().title() + " – " + what, crumbs(), "<pre>"
        + Html.esc(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(schema)) + "</pre>");
  }

  /** The breadcrumbs of a page: the landing page, then {@code more}. */
  static List<Link> crumbs(Link... more) {
    List<Link> all = new ArrayList<>();
    all.add(new Link(BASE + "?f=html", null, null, OgcApi.TITLE));
    all.addAll(List.of(more));
    return all;
  }
}
