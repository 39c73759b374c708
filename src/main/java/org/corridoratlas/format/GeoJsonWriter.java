package org.corridoratlas.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.Json;

/**
 * GeoJSON FeatureCollections. Each feature is encoded once at start-up ({@code {type, id, geometry,
 * properties}} with the properties as the geodata holds them plus {@code layer}); a page is then the top-level
 * members followed by the stored bytes, so that large pages cost little more than copying them.
 */
public final class GeoJsonWriter implements FeatureWriter {
  private final Map<String, byte[]> encoded;

  /** Encodes on this thread and the common pool: at start-up the validator has usually left a core idle. */
  public GeoJsonWriter(Collection<Feature> features) {
    encoded = features.parallelStream().collect(Collectors.toConcurrentMap(Feature::id, GeoJsonWriter::encode,
        (first, second) -> second));
  }

  @Override
  public Format format() {
    return Format.GEOJSON;
  }

  /** One feature, as GET .../items/{featureId} answers it. */
  public byte[] feature(Feature f) {
    byte[] bytes = encoded.get(f.id());
    return bytes != null ? bytes : encode(f);
  }

  @Override
  public void write(Features features, OutputStream out) throws IOException {
    ObjectNode head = Json.MAPPER.createObjectNode();
    head.put("type", "FeatureCollection");
    features.members().forEach((k, v) -> head.set(k, Json.MAPPER.valueToTree(v)));
    byte[] headBytes = Json.MAPPER.writeValueAsBytes(head);
    out.write(headBytes, 0, headBytes.length - 1);
    out.write(",\"features\":[".getBytes(StandardCharsets.US_ASCII));
    boolean first = true;
    for (Feature f : features.features()) {
      if (!first) {
        out.write(',');
      }
      first = false;
      out.write(feature(f));
    }
    out.write("]}".getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] encode(Feature f) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);
    try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(buffer)) {
      g.writeStartObject();
      g.writeStringField("type", "Feature");
      g.writeStringField("id", f.id());
      g.writeFieldName("geometry");
      GeometryJson.write(g, f.geometry());
      ObjectNode properties = f.properties().isObject() ? ((ObjectNode) f.properties()).deepCopy()
          : Json.MAPPER.createObjectNode();
      properties.put("layer", f.layer());
      // The current status's confirmation, also flat, for clients that do not read into the timeline (QGIS, GDAL).
      f.status().lastConfirmed().ifPresent(confirmed -> properties.put("confirmed", confirmed));
      g.writeFieldName("properties");
      Json.MAPPER.writeTree(g, properties);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }
}
