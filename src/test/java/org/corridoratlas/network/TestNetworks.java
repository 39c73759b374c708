package org.corridoratlas.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.config.CostModel;
import org.corridoratlas.geodata.Confidence;
import org.corridoratlas.geodata.Corridor;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.GeoData;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.geodata.PartialDate;
import org.corridoratlas.geodata.Source;
import org.corridoratlas.geodata.Status;
import org.corridoratlas.geodata.StatusPeriod;
import org.corridoratlas.geodata.StatusTimeline;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Small hand-made networks for tests, built feature by feature. */
public final class TestNetworks {
  private final Map<LayerKind, List<Feature>> layers = new EnumMap<>(LayerKind.class);
  private final List<Corridor> corridors = new ArrayList<>();

  public static CostModel costModel() {
    try {
      return new CostModel(Json.MAPPER.readTree(Path.of("geodata/cost-model.json").toFile()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds a feature: WKT geometry, properties as key/value pairs; "status" as "open:1990;closed:2020-01-31". */
  public TestNetworks add(LayerKind layer, String id, String name, String wkt, Object... props) {
    ObjectNode properties = Json.MAPPER.createObjectNode();
    properties.put("name", name);
    StatusTimeline status = new StatusTimeline(List.of());
    for (int i = 0; i < props.length; i += 2) {
      String key = (String) props[i];
      Object value = props[i + 1];
      if (key.equals("status")) {
        status = timeline((String) value);
      } else if (value instanceof List<?> list) {
        var array = properties.putArray(key);
        list.forEach(v -> array.add(String.valueOf(v)));
      } else if (value instanceof Number n) {
        properties.put(key, n.doubleValue());
      } else {
        properties.put(key, String.valueOf(value));
      }
    }
    try {
      Feature f = new Feature(id, layer.id(), new WKTReader().read(wkt), name, Map.of(), List.of(), status,
          List.of(new Source("test", "test", "2025-01-01", null, null)), Confidence.HIGH, "", "", properties);
      layers.computeIfAbsent(layer, k -> new ArrayList<>()).add(f);
    } catch (ParseException e) {
      throw new IllegalArgumentException(wkt, e);
    }
    return this;
  }

  public TestNetworks corridor(String id, String... featureIds) {
    corridors.add(new Corridor(id, id, Map.of(), "", List.of(featureIds), List.of(), Json.MAPPER.createObjectNode()));
    return this;
  }

  /** "open:1990;closed:2020-01-31;open:2022-01-16": each period runs to the day before the next starts. */
  static StatusTimeline timeline(String spec) {
    List<StatusPeriod> periods = new ArrayList<>();
    String[] parts = spec.split(";");
    for (int i = 0; i < parts.length; i++) {
      String[] p = parts[i].split(":");
      var from = PartialDate.firstDay(p[1]).orElseThrow();
      var to = i + 1 < parts.length ? PartialDate.firstDay(parts[i + 1].split(":")[1]).orElseThrow().minusDays(1) : null;
      periods.add(new StatusPeriod(from, to, Status.parse(p[0]).orElseThrow(), p[0] + " (test)", List.of()));
    }
    return new StatusTimeline(periods);
  }

  public Catalog catalog() {
    JsonNode none = Json.MAPPER.createObjectNode();
    return new Catalog(new GeoData(layers, corridors, none, Map.of(), costModel().json(), "test"));
  }

  public Network network() {
    return NetworkBuilder.build(catalog(), costModel());
  }

  /**
   * Two towns, A in China and B in the DPRK, joined by two rail crossings and a road crossing; B continues on a
   * dual-gauge line to the Russian border at T and on 1520 to V, next to port PV; a sea-lane joins PV to port PZ.
   * <pre>
   *            N1 ---------- N (crossing-north) ---------- N2
   *           /  rail-cn-n (CHN)          rail-kp-n (PRK)  \
   *  M(mine) A ---- rail-cn-s ---- S (crossing-south) ---- rail-kp-s ---- B ==== rail-kp-dual ==== T ---- rail-ru ---- V  PV(port)
   *           \  road-cn (CHN)                             /     (dual)            (crossing-east)   (RUS 1520)        |
   *            ------------------- R (crossing-road) ------ road-kp (PRK)                                             sealane
   *                                                                                                                    PZ(port)
   * </pre>
   * crossing-south is closed 2020-01-31..2022-01-15; crossing-north is closed from 2020-03-01 to 2022-12-31.
   */
  public static TestNetworks twoCrossings() {
    return new TestNetworks()
        .add(LayerKind.RAILWAYS, "rail-cn-s", "A–S line", "LINESTRING (125.0 40.0, 125.05 40.0, 125.1 40.0)",
            "gauge", "1435", "country", "CHN", "line", "A–S")
        .add(LayerKind.RAILWAYS, "rail-kp-s", "S–B line", "LINESTRING (125.1 40.0, 125.2 40.0)",
            "gauge", "1435", "country", "PRK")
        .add(LayerKind.RAILWAYS, "rail-cn-n", "A–N line", "LINESTRING (125.0 40.0, 125.05 40.1, 125.1 40.1)",
            "gauge", "1435", "country", "CHN")
        .add(LayerKind.RAILWAYS, "rail-kp-n", "N–B line", "LINESTRING (125.1 40.1, 125.15 40.1, 125.2 40.0)",
            "gauge", "1435", "country", "PRK")
        .add(LayerKind.RAILWAYS, "rail-kp-dual", "B–T line", "LINESTRING (125.2 40.0, 125.3 40.0)",
            "gauge", "dual", "country", "PRK")
        .add(LayerKind.RAILWAYS, "rail-ru", "T–V line", "LINESTRING (125.3 40.0, 125.4 40.0)",
            "gauge", "1520", "country", "RUS")
        .add(LayerKind.ROADS, "road-cn", "A–R road", "LINESTRING (125.0 40.0, 125.1 39.9)",
            "class", "primary", "country", "CHN")
        .add(LayerKind.ROADS, "road-kp", "R–B road", "LINESTRING (125.1 39.9, 125.2 40.0)",
            "class", "primary", "country", "PRK")
        .add(LayerKind.CROSSINGS, "crossing-south", "South Bridge", "POINT (125.1 40.0)",
            "countries", List.of("CHN", "PRK"), "modes", List.of("rail"),
            "status", "open:1990;closed:2020-01-31;open:2022-01-16")
        .add(LayerKind.CROSSINGS, "crossing-north", "North Bridge", "POINT (125.1 40.1)",
            "countries", List.of("CHN", "PRK"), "modes", List.of("rail"),
            "status", "open:1990;closed:2020-03-01;open:2023-01-01")
        .add(LayerKind.CROSSINGS, "crossing-road", "Road Bridge", "POINT (125.1 39.9)",
            "countries", List.of("CHN", "PRK"), "modes", List.of("road"))
        .add(LayerKind.CROSSINGS, "crossing-east", "East Bridge", "POINT (125.3 40.0)",
            "countries", List.of("PRK", "RUS"), "modes", List.of("rail"))
        .add(LayerKind.PORTS, "port-v", "V Port", "POINT (125.41 40.0)", "country", "RUS", "kind", "sea")
        .add(LayerKind.PORTS, "port-z", "Z Port", "POINT (125.4 39.5)", "country", "PRK", "kind", "sea")
        .add(LayerKind.SEA_LANES, "sealane-v-z", "V–Z lane", "LINESTRING (125.41 39.99, 125.45 39.7, 125.4 39.51)",
            "ports", List.of("port-v", "port-z"))
        .add(LayerKind.MINES, "mine-m", "M Mine", "POINT (124.95 40.02)")
        .corridor("a-b-south", "rail-cn-s", "crossing-south", "rail-kp-s");
  }
}
