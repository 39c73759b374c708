package org.corridoratlas.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.corridoratlas.geodata.Confidence;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.geodata.Status;
import org.corridoratlas.geodata.StatusPeriod;
import org.corridoratlas.geodata.StatusTimeline;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Hand-made features for unit tests of the catalog. */
public final class TestFeatures {
  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private TestFeatures() {}

  /** A point with a timeline and extra properties, e.g. {@code "countries", List.of("CHN", "PRK")}. */
  public static Feature dated(String id, double lon, double lat, List<StatusPeriod> periods, Object... properties) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("name", id);
    for (int i = 0; i < properties.length; i += 2) {
      node.set((String) properties[i], Json.MAPPER.valueToTree(properties[i + 1]));
    }
    return new Feature(id, "crossings", GEOMETRY.createPoint(new Coordinate(lon, lat)), id, Map.of(), List.of(),
        new StatusTimeline(periods), List.of(), Confidence.HIGH, "", "", node);
  }

  public static StatusPeriod period(String from, String to, Status status) {
    return new StatusPeriod(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
        status, "", List.of());
  }

  public static Feature point(String id, String layer, double lon, double lat, String name, Map<String, String> names,
      List<String> aliases) {
    ObjectNode properties = Json.MAPPER.createObjectNode();
    properties.put("name", name);
    return new Feature(id, layer, GEOMETRY.createPoint(new Coordinate(lon, lat)), name, names, aliases,
        new StatusTimeline(List.of()), List.of(), Confidence.HIGH, "", "", properties);
  }
}
