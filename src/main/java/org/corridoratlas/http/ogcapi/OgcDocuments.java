package org.corridoratlas.http.ogcapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.catalog.Layer;
import org.corridoratlas.catalog.Queryable;
import org.corridoratlas.catalog.cql2.Cql2Text;
import org.corridoratlas.format.Format;
import org.corridoratlas.geodata.Json;
import org.locationtech.jts.geom.Envelope;

/**
 * The JSON documents of the OGC API: landing page, collections, one collection, queryables and schema. Links are
 * absolute from {@code root}, the public URL of the server.
 */
final class OgcDocuments {
  private static final String BASE = OgcApi.BASE;
  private static final String JSON = Format.JSON.mediaType();
  private static final String HTML = Format.HTML.mediaType();

  private OgcDocuments() {}

  static ObjectNode landing(String root) {
    List<Link> links = List.of(
        new Link(root + BASE, "self", JSON, "This document"),
        new Link(root + BASE + "?f=html", "alternate", HTML, "This document as HTML"),
        new Link(root + BASE + "/api", "service-desc", OgcApi.OPENAPI_TYPE, "The API definition (OpenAPI 3.0)"),
        new Link(root + BASE + "/api?f=html", "service-doc", HTML, "The API documentation"),
        new Link(root + BASE + "/conformance", "conformance", JSON, "Conformance classes"),
        new Link(root + BASE + "/conformance", "http://www.opengis.net/def/rel/ogc/1.0/conformance", JSON,
            "Conformance classes"),
        new Link(root + BASE + "/collections", "data", JSON, "The layers"),
        new Link(root + BASE + "/collections", "http://www.opengis.net/def/rel/ogc/1.0/data", JSON,
            "The layers"));
    ObjectNode document = Json.MAPPER.createObjectNode();
    document.put("title", OgcApi.TITLE);
    document.put("description", OgcApi.DESCRIPTION);
    document.set("links", Json.MAPPER.valueToTree(links));
    return document;
  }

  static ObjectNode collections(String root, Catalog catalog) {
    ObjectNode document = Json.MAPPER.createObjectNode();
    document.set("links", Json.MAPPER.valueToTree(List.of(
        new Link(root + BASE + "/collections", "self", JSON, "The layers"),
        new Link(root + BASE + "/collections?f=html", "alternate", HTML, "The layers as HTML"))));
    ArrayNode list = document.putArray("collections");
    catalog.layers().forEach(layer -> list.add(collection(root, layer)));
    return document;
  }

  static ObjectNode collection(String root, Layer layer) {
    String path = BASE + "/collections/" + layer.id();
    ObjectNode c = Json.MAPPER.createObjectNode();
    c.put("id", layer.id());
    c.put("title", layer.kind().title());
    c.put("description", layer.kind().title() + " of the atlas (" + layer.features().size() + " features)");
    c.put("itemType", "feature");
    c.putArray("crs").add(OgcApi.CRS84);
    ObjectNode extent = c.putObject("extent");
    ObjectNode spatial = extent.putObject("spatial");
    Envelope e = layer.extent();
    ArrayNode box = spatial.putArray("bbox").addArray();
    if (e.isNull()) {
      box.add(-180).add(-90).add(180).add(90);
    } else {
      box.add(e.getMinX()).add(e.getMinY()).add(e.getMaxX()).add(e.getMaxY());
    }
    spatial.put("crs", OgcApi.CRS84);
    ObjectNode temporal = extent.putObject("temporal");
    ArrayNode interval = temporal.putArray("interval").addArray();
    interval.add(layer.firstDate().map(OgcDocuments::instant).orElse(null));
    interval.add(layer.lastDate().map(OgcDocuments::instant).orElse(null));
    temporal.put("trs", "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian");
    c.set("links", Json.MAPPER.valueToTree(List.of(
        new Link(root + path, "self", JSON, "This collection"),
        new Link(root + path + "?f=html", "alternate", HTML, "This collection as HTML"),
        new Link(root + path + "/items", "items", Format.GEOJSON.mediaType(), "Items as GeoJSON"),
        new Link(root + path + "/items?f=html", "items", HTML, "Items as HTML"),
        new Link(root + path + "/queryables", "http://www.opengis.net/def/rel/ogc/1.0/queryables",
            OgcApi.SCHEMA_JSON, "Queryables"),
        new Link(root + path + "/schema", "describedby", OgcApi.SCHEMA_JSON, "JSON Schema of the items"))));
    return c;
  }

  /**
   * The queryables ({@code what = "queryables"}) or the schema of a layer's items; {@code everyProperty}: the
   * schema lists every property, not only those a filter may name.
   */
  static ObjectNode schema(String root, Layer layer, String what, boolean everyProperty) {
    ObjectNode schema = Json.MAPPER.createObjectNode();
    schema.put("$schema", "https://json-schema.org/draft/2019-09/schema");
    schema.put("$id", root + BASE + "/collections/" + layer.id() + "/" + what);
    schema.put("type", "object");
    schema.put("title", layer.kind().title());
    ObjectNode properties = schema.putObject("properties");
    for (Queryable q : layer.queryables()) {
      ObjectNode p = properties.putObject(q.name());
      p.put("title", q.name());
      if (q.list()) {
        p.put("type", "array");
        p.putObject("items").put("type", q.type());
      } else {
        p.put("type", q.type());
      }
    }
    ObjectNode geometry = properties.putObject(Cql2Text.GEOMETRY);
    geometry.put("title", "geometry");
    geometry.put("format", "geometry-any");
    if (everyProperty) {
      properties.putObject("names").put("type", "object");
      properties.putObject("aliases").put("type", "array").putObject("items").put("type", "string");
      properties.putObject("status").put("type", "array")
          .put("description", "The timeline: periods with from, to and status; the last one with confirmed, the "
              + "date of the newest source that confirms it.")
          .putObject("items").put("type", "object");
      properties.putObject("sources").put("type", "array").putObject("items").put("type", "object");
      properties.putObject("description").put("type", "string");
      properties.putObject("confidenceNote").put("type", "string");
      properties.putObject("layer").put("type", "string");
      properties.putObject("confirmed").put("type", "string")
          .put("description", "When a source last confirmed the current status (YYYY, YYYY-MM or YYYY-MM-DD).");
    }
    schema.put("additionalProperties", everyProperty);
    return schema;
  }

  private static String instant(LocalDate date) {
    return date + "T00:00:00Z";
  }
}
