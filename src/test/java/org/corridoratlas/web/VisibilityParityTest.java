package org.corridoratlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corridoratlas.geodata.Confidence;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.geodata.PartialDate;
import org.corridoratlas.geodata.Status;
import org.corridoratlas.geodata.StatusPeriod;
import org.corridoratlas.geodata.StatusTimeline;
import org.corridoratlas.http.TestServer;
import org.corridoratlas.render.MapStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The server's pictures and the web app decide alike what is drawn on a date and how it looks: Java's
 * LayerKind.shownStatus and MapStyle against web/status.js and web/styles.js (run with node), over every layer x
 * status x date form (YYYY, YYYY-MM, YYYY-MM-DD; events by their date too) x geometry x styled property value x
 * zoom x style variant, each read on the days around its period's ends.
 */
class VisibilityParityTest {
  private static final GeometryFactory GEOMETRY = new GeometryFactory();
  /** A period's ends in each form, with the days around them that a reading must tell apart. */
  private static final Map<String, List<String>> FORMS = Map.of(
      "2015", List.of("2014-12-31", "2015-01-01", "2015-06-15", "2015-12-31", "2016-01-01"),
      "2015-06", List.of("2015-05-31", "2015-06-01", "2015-06-15", "2015-06-30", "2015-07-01"),
      "2015-06-15", List.of("2015-06-14", "2015-06-15", "2015-06-16"));

  private record Case(LayerKind layer, Feature feature, LayerKind.Family family, LocalDate date, int zoom,
      String variant) {}

  @Test
  void java_and_javascript_draw_the_same_features_with_the_same_symbols(@TempDir Path dir) throws Exception {
    JsonNode registry = TestServer.json("/api/layers");
    List<String> variants = new ArrayList<>();
    variants.add(null);
    MapStyle.TABLE.path("variants").fieldNames().forEachRemaining(variants::add);
    List<Case> cases = new ArrayList<>();
    for (LayerKind layer : LayerKind.values()) {
      for (LayerKind.Family family : families(layer)) {
        for (ObjectNode properties : styledProperties(layer)) {
          for (Status status : Status.values()) {
            for (var form : FORMS.entrySet()) {
              for (boolean dated : new boolean[] {false, true}) {
                ObjectNode props = properties.deepCopy();
                props.putArray("status").addObject().put("from", form.getKey()).put("to", form.getKey())
                    .put("status", status.wireName());
                if (dated) {
                  // An event dated in each form, its timeline starting later so that the date alone decides.
                  props.put("date", form.getKey());
                  ((ObjectNode) props.path("status").get(0)).put("from", "2015-12-31").put("to", "2016");
                }
                for (String date : FORMS.get(form.getKey())) {
                  for (int zoom : new int[] {6, 8}) {
                    for (String variant : variants) {
                      cases.add(new Case(layer, feature(layer, family, props), family, LocalDate.parse(date), zoom,
                          variant));
                    }
                  }
                }
              }
            }
          }
        }
        ObjectNode noTimeline = Json.MAPPER.createObjectNode();
        noTimeline.putArray("status");
        cases.add(new Case(layer, feature(layer, family, noTimeline), family, LocalDate.parse("2015-06-15"), 8,
            null));
      }
    }

    ArrayNode wire = Json.MAPPER.createArrayNode();
    for (Case c : cases) {
      wire.addObject().put("layer", c.layer().id()).put("family", c.family().wireName())
          .put("date", c.date().toString()).put("zoom", c.zoom()).put("variant", c.variant())
          .set("properties", c.feature().properties());
    }
    ObjectNode input = Json.MAPPER.createObjectNode();
    input.set("registry", registry);
    input.set("cases", wire);
    Path casesFile = dir.resolve("cases.json");
    Json.MAPPER.writeValue(casesFile.toFile(), input);
    JsonNode web = WebModules.runNode(dir, "parity.mjs", casesFile);

    assertThat(web.size()).isEqualTo(cases.size());
    int shown = 0;
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      Optional<Status> status = c.layer().shownStatus(c.feature(), c.date());
      java.util.function.Supplier<String> where = () -> c.layer().id() + " " + c.family() + " "
          + c.feature().properties() + " on " + c.date() + " zoom " + c.zoom() + " variant " + c.variant();
      assertThat(web.get(i).path("status").isNull() ? null : web.get(i).path("status").asText())
          .as(() -> "status of " + where.get()).isEqualTo(status.map(Status::wireName).orElse(null));
      if (status.isPresent()) {
        shown++;
        MapStyle.Symbol symbol = MapStyle.symbol(c.layer(), c.feature(), c.family(), status.get(),
            MapStyle.small(c.zoom()), c.variant());
        assertThat(web.get(i).path("symbol")).as(() -> "symbol of " + where.get()).isEqualTo(wire(symbol));
      }
    }
    // Both answers occur in every layer, so neither side can pass by drawing everything or nothing.
    assertThat(shown).isBetween(cases.size() / 5, cases.size() * 4 / 5);
  }

  @Test
  void an_event_dated_by_month_is_drawn_from_the_first_day_of_that_month_only() {
    ObjectNode props = Json.MAPPER.createObjectNode().put("date", "2020-01");
    props.putArray("status").addObject().put("from", "2020-01").put("to", "2020-01").put("status", "open");
    Feature closure = feature(LayerKind.EVENTS, LayerKind.Family.POINT, props);
    assertThat(LayerKind.EVENTS.shownStatus(closure, LocalDate.parse("2011-06-01"))).isEmpty();
    assertThat(LayerKind.EVENTS.shownStatus(closure, LocalDate.parse("2019-12-31"))).isEmpty();
    assertThat(LayerKind.EVENTS.shownStatus(closure, LocalDate.parse("2020-01-01"))).contains(Status.OPEN);
    assertThat(LayerKind.EVENTS.shownStatus(closure, LocalDate.parse("2023-06-01"))).contains(Status.OPEN);
  }

  private static JsonNode wire(MapStyle.Symbol s) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("stroke", s.stroke()).put("strokeOpacity", s.strokeOpacity()).put("width", s.width());
    if (s.dash() == null) {
      out.putNull("dash");
    } else {
      ArrayNode dash = out.putArray("dash");
      for (float d : s.dash()) {
        dash.add(d == Math.rint(d) ? Json.MAPPER.getNodeFactory().numberNode((int) d)
            : Json.MAPPER.getNodeFactory().numberNode((double) d));
      }
    }
    out.put("fill", s.fill()).put("fillOpacity", s.fillOpacity()).put("radius", s.radius());
    // Read back as JSON numbers the way JSON.stringify writes them (2.0 as 2), so that equal values compare equal.
    try {
      return Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(out).replaceAll("(\\d)\\.0(?=[,}\\]])", "$1"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<LayerKind.Family> families(LayerKind layer) {
    List<LayerKind.Family> out = new ArrayList<>();
    for (LayerKind.Family family : LayerKind.Family.values()) {
      if (family == layer.family() || (family == LayerKind.Family.AREA && layer.geometryTypes().contains("Polygon"))) {
        out.add(family);
      }
    }
    return out;
  }

  /** The layer's bare properties, and one set for each value of each property its style varies by. */
  private static List<ObjectNode> styledProperties(LayerKind layer) {
    List<ObjectNode> out = new ArrayList<>();
    out.add(Json.MAPPER.createObjectNode());
    MapStyle.TABLE.path("layers").path(layer.id()).path("by").fields().forEachRemaining(by ->
        by.getValue().fieldNames().forEachRemaining(value ->
            out.add(Json.MAPPER.createObjectNode().put(by.getKey(), value))));
    return out;
  }

  /** A feature as the loader reads one: partial dates to their first and last day. */
  private static Feature feature(LayerKind layer, LayerKind.Family family, ObjectNode props) {
    List<StatusPeriod> periods = new ArrayList<>();
    for (JsonNode p : props.path("status")) {
      periods.add(new StatusPeriod(PartialDate.firstDay(p.path("from").asText()).orElse(null),
          PartialDate.lastDay(p.path("to").asText()).orElse(null), Status.parse(p.path("status").asText()).get(),
          "", List.of()));
    }
    Geometry geometry = switch (family) {
      case POINT -> GEOMETRY.createPoint(new Coordinate(125, 40));
      case LINE -> GEOMETRY.createLineString(new Coordinate[] {new Coordinate(125, 40), new Coordinate(125.1, 40)});
      case AREA -> GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(125, 40), new Coordinate(125.1, 40),
          new Coordinate(125.1, 40.1), new Coordinate(125, 40)});
    };
    props.put("name", "Case");
    return new Feature(layer.idPrefix() + "-case", layer.id(), geometry, "Case", new HashMap<>(), List.of(),
        new StatusTimeline(periods), List.of(), Confidence.LOW, "", "", props);
  }
}
