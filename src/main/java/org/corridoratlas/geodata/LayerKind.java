package org.corridoratlas.geodata;

import java.util.Optional;
import java.util.Set;

/** The curated layers: file name, title, the geometry types they hold, their id prefix and minimum size. */
public enum LayerKind {
  CROSSINGS("crossings", "Border crossings", "crossing", 16, Set.of("Point")),
  RAILWAYS("railways", "Railways", "rail", 10, Set.of("LineString", "MultiLineString")),
  ROADS("roads", "Roads", "road", 10, Set.of("LineString", "MultiLineString")),
  PORTS("ports", "Ports", "port", 14, Set.of("Point")),
  MINES("mines", "Mine complexes", "mine", 10, Set.of("Point", "Polygon", "MultiPolygon")),
  FACILITIES("facilities", "Facilities", "facility", 1, Set.of("Point", "Polygon", "MultiPolygon")),
  ZONES("zones", "Economic zones", "zone", 1, Set.of("Polygon", "MultiPolygon")),
  PIPELINES("pipelines", "Pipelines", "pipeline", 1, Set.of("LineString", "MultiLineString")),
  SEA_LANES("sea-lanes", "Sea lanes", "sealane", 1, Set.of("LineString", "MultiLineString")),
  EVENTS("events", "Events", "event", 1, Set.of("Point"));

  private final String id;
  private final String title;
  private final String idPrefix;
  private final int minimumCount;
  private final Set<String> geometryTypes;

  LayerKind(String id, String title, String idPrefix, int minimumCount, Set<String> geometryTypes) {
    this.id = id;
    this.title = title;
    this.idPrefix = idPrefix;
    this.minimumCount = minimumCount;
    this.geometryTypes = geometryTypes;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String idPrefix() {
    return idPrefix;
  }

  public int minimumCount() {
    return minimumCount;
  }

  public Set<String> geometryTypes() {
    return geometryTypes;
  }

  public String fileName() {
    return id + ".geojson";
  }

  public static Optional<LayerKind> find(String id) {
    for (LayerKind kind : values()) {
      if (kind.id.equals(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
