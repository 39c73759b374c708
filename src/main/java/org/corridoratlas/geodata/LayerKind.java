package org.corridoratlas.geodata;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The layer registry, the one list of the atlas's layers: file and id, English title, the geometry types a layer may
 * hold and the family it is drawn as, its id prefix and minimum size, draw order (low first, so areas lie under
 * lines under points), label priority (low first: where labels collide the lower number keeps its label), whether
 * the map shows it by default, and for layers of dated things the property that dates each feature. How each layer
 * looks is in {@code web/styles.json}; {@code GET /api/layers} serves both, and the web app builds from it.
 */
public enum LayerKind {
  CROSSINGS("crossings", "Border crossings", "crossing", 16, Family.POINT, 100, 1, true, null),
  RAILWAYS("railways", "Railways", "rail", 10, Family.LINE, 70, 6, true, null),
  ROADS("roads", "Roads", "road", 10, Family.LINE, 60, 7, true, null),
  PORTS("ports", "Ports", "port", 14, Family.POINT, 90, 2, true, null),
  MINES("mines", "Mines", "mine", 10, Family.POINT, 20, 4, true, null, "Polygon", "MultiPolygon"),
  FACILITIES("facilities", "Facilities", "facility", 1, Family.POINT, 30, 3, true, null, "Polygon", "MultiPolygon"),
  ZONES("zones", "Economic zones", "zone", 1, Family.AREA, 10, 10, true, null),
  PIPELINES("pipelines", "Pipelines", "pipeline", 1, Family.LINE, 50, 9, true, null),
  SEA_LANES("sea-lanes", "Sea lanes", "sealane", 1, Family.LINE, 40, 8, true, null),
  EVENTS("events", "Events", "event", 1, Family.POINT, 80, 5, false, "date"),
  STATIONS("stations", "Railway stations", "station", 150, Family.POINT, 75, 11, false, null);

  /** What a layer is drawn as: its legend swatch and label placement. A feature is styled by its own geometry. */
  public enum Family {
    POINT(Set.of("Point")),
    LINE(Set.of("LineString", "MultiLineString")),
    AREA(Set.of("Polygon", "MultiPolygon"));

    private final Set<String> geometryTypes;

    Family(Set<String> geometryTypes) {
      this.geometryTypes = geometryTypes;
    }

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The family a GeoJSON geometry type is drawn as. */
    public static Family of(String geometryType) {
      return Arrays.stream(values()).filter(f -> f.geometryTypes.contains(geometryType)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no family for " + geometryType));
    }
  }

  private final String id;
  private final String title;
  private final String idPrefix;
  private final int minimumCount;
  private final Set<String> geometryTypes;
  private final Family family;
  private final int drawOrder;
  private final int labelPriority;
  private final boolean defaultVisible;
  private final String dateProperty;

  LayerKind(String id, String title, String idPrefix, int minimumCount, Family family, int drawOrder,
      int labelPriority, boolean defaultVisible, String dateProperty, String... alsoGeometryTypes) {
    this.id = id;
    this.title = title;
    this.idPrefix = idPrefix;
    this.minimumCount = minimumCount;
    Set<String> types = new HashSet<>(family.geometryTypes);
    types.addAll(List.of(alsoGeometryTypes));
    this.geometryTypes = Set.copyOf(types);
    this.family = family;
    this.drawOrder = drawOrder;
    this.labelPriority = labelPriority;
    this.defaultVisible = defaultVisible;
    this.dateProperty = dateProperty;
  }

  public String id() {
    return id;
  }

  /** The English title; other languages are in web/i18n/{lang}.json under {@code layer.<id>}. */
  public String title() {
    return title;
  }

  public String idPrefix() {
    return idPrefix;
  }

  public int minimumCount() {
    return minimumCount;
  }

  public Family family() {
    return family;
  }

  /** The GeoJSON geometry types a feature of this layer may have: its family's and any others it names. */
  public Set<String> geometryTypes() {
    return geometryTypes;
  }

  public int drawOrder() {
    return drawOrder;
  }

  public int labelPriority() {
    return labelPriority;
  }

  public boolean defaultVisible() {
    return defaultVisible;
  }

  /** The property dating each feature of a layer of dated things (events), or empty. */
  public Optional<String> dateProperty() {
    return Optional.ofNullable(dateProperty);
  }

  public String fileName() {
    return id + ".geojson";
  }

  /**
   * The one visibility rule of maps (web/status.js {@code shownStatus} is its twin, and a test holds them equal):
   * the status a feature is drawn with on a date, or empty when it is not drawn. A feature is drawn with the status
   * of the period covering the date; with no timeline at all it is taken as open; in a gap, before its first period
   * or after its last it is not drawn. A dated feature (an event) is drawn only from its date (a partial date from
   * the first day it covers), and from then on stays drawn, as open when no period covers the date.
   */
  public Optional<Status> shownStatus(Feature feature, LocalDate date) {
    if (dateProperty != null) {
      Optional<LocalDate> happened = feature.text(dateProperty).flatMap(PartialDate::firstDay);
      if (happened.isPresent() && happened.get().isAfter(date)) {
        return Optional.empty();
      }
      return Optional.of(feature.status().statusOn(date).orElse(Status.OPEN));
    }
    if (feature.status().periods().isEmpty()) {
      return Optional.of(Status.OPEN);
    }
    return feature.status().statusOn(date);
  }

  /** Every layer, the first drawn first. */
  public static List<LayerKind> inDrawOrder() {
    return Arrays.stream(values()).sorted(Comparator.comparingInt(LayerKind::drawOrder)).toList();
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
