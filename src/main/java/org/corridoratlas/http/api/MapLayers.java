package org.corridoratlas.http.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.corridoratlas.catalog.Layer;
import org.corridoratlas.format.GeometryJson;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.render.MapStyle;

/**
 * The features of a layer as maps draw them (GET /api/layers/{id}): id, geometry and only the properties the web
 * map and the embed draw, label and date by — name, names, the status timeline without its notes and sources, the
 * layer's date property and the properties its style varies by (web/styles.json's "by"). Sources and notes are most
 * of a feature's bytes (a tenth of railways' is geometry); the feature panel reads them from the OGC item when a
 * reader opens one. Encoded once per layer and data version.
 */
final class MapLayers {
  private static final List<String> PERIOD_FIELDS = List.of("from", "to", "status", "confirmed");
  private final Map<String, byte[]> encoded = new ConcurrentHashMap<>();

  byte[] of(Layer layer) {
    return encoded.computeIfAbsent(layer.id(), id -> encode(layer));
  }

  /** The properties kept: what styles.js, status.js and the labels read. */
  static List<String> drawnProperties(LayerKind kind) {
    List<String> names = new ArrayList<>(List.of("name", "names"));
    kind.dateProperty().ifPresent(names::add);
    MapStyle.TABLE.path("layers").path(kind.id()).path("by").fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static byte[] encode(Layer layer) {
    List<String> kept = drawnProperties(layer.kind());
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
    try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(buffer)) {
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      for (Feature f : layer.features()) {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", f.id());
        g.writeFieldName("geometry");
        GeometryJson.write(g, f.geometry());
        g.writeObjectFieldStart("properties");
        for (String name : kept) {
          JsonNode value = f.properties().get(name);
          if (value != null && !value.isNull()) {
            g.writeFieldName(name);
            Json.MAPPER.writeTree(g, value);
          }
        }
        JsonNode timeline = f.properties().get("status");
        if (timeline != null && timeline.isArray()) {
          g.writeArrayFieldStart("status");
          for (JsonNode period : timeline) {
            g.writeStartObject();
            for (String field : PERIOD_FIELDS) {
              if (period.hasNonNull(field)) {
                g.writeFieldName(field);
                Json.MAPPER.writeTree(g, period.get(field));
              } else if (!"confirmed".equals(field)) {
                g.writeNullField(field);
              }
            }
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }
}
