package org.corridoratlas.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.corridoratlas.geodata.Confidence;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.geodata.StatusTimeline;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Hand-made features for unit tests of the catalog. */
public final class TestFeatures {
  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private TestFeatures() {}

  public static Feature point(String id, String layer, double lon, double lat, String name, Map<String, String> names,
      List<String> aliases) {
    ObjectNode properties = Json.MAPPER.createObjectNode();
    properties.put("name", name);
    return new Feature(id, layer, GEOMETRY.createPoint(new Coordinate(lon, lat)), name, names, aliases,
        new StatusTimeline(List.of()), List.of(), Confidence.HIGH, "", "", properties);
  }
}
