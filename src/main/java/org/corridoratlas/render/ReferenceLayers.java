package org.corridoratlas.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.corridoratlas.geodata.GeoJsonGeometry;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The basemap's reference layers (countries, borders, province lines, coast, lakes, rivers; places, seas and
 * provinces to label), read from the reference GeoJSON and projected to Mercator once, so that a picture only scales
 * them. Draws the basemap group; the labels and the locator inset read the rest.
 */
final class ReferenceLayers {
  private static final Color RIVER = new Color(0x8db4d3);
  private static final Color LAKE = new Color(0xc9dff0);
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final GeometryFactory BASEMAP = new GeometryFactory();

  /** A point of a reference layer in Mercator units, with its names and label rank. */
  record RefPoint(double x, double y, String name, Map<String, String> names, String kind, int rank,
      Set<String> namedIn, String foldedName, Set<String> foldedNames) {}

  record RefLine(Geometry mercator, String name, Map<String, String> names, int rank) {}

  private final List<Map.Entry<String, Geometry>> countries = new ArrayList<>();
  private final List<Geometry> boundaries = new ArrayList<>();
  private final List<Geometry> admin1Lines = new ArrayList<>();
  private final List<Geometry> coast = new ArrayList<>();
  private final List<Geometry> lakes = new ArrayList<>();
  private final List<RefLine> rivers = new ArrayList<>();
  private final List<RefPoint> places = new ArrayList<>();
  private final List<RefPoint> seas = new ArrayList<>();
  private final List<RefPoint> admin1 = new ArrayList<>();

  /** From the reference collections by layer name ("countries", "rivers", "places", ...); a missing one is empty. */
  ReferenceLayers(Map<String, JsonNode> basemap) {
    forEach(basemap.get("countries"), (p, g) -> countries.add(Map.entry(p.path("iso_a3").asText(""), g)));
    forEach(basemap.get("boundaries"), (p, g) -> boundaries.add(g));
    forEach(basemap.get("admin1-lines"), (p, g) -> admin1Lines.add(g));
    forEach(basemap.get("coast"), (p, g) -> coast.add(g));
    forEach(basemap.get("lakes"), (p, g) -> lakes.add(g));
    forEach(basemap.get("rivers"), (p, g) -> rivers.add(new RefLine(g, p.path("name").asText(), names(p),
        p.path("rank").asInt(9))));
    forEach(basemap.get("places"), (p, g) -> places.add(refPoint(p, g)));
    forEach(basemap.get("seas"), (p, g) -> seas.add(refPoint(p, g)));
    forEach(basemap.get("admin1"), (p, g) -> admin1.add(refPoint(p, g)));
  }

  /** Country outlines by ISO 3166 alpha-3 code. */
  List<Map.Entry<String, Geometry>> countries() {
    return countries;
  }

  List<RefLine> rivers() {
    return rivers;
  }

  List<RefPoint> places() {
    return places;
  }

  List<RefPoint> seas() {
    return seas;
  }

  /** The provinces' label points. */
  List<RefPoint> admin1() {
    return admin1;
  }

  /** The basemap group: countries, lakes, province lines, the rivers of the frame's scale, coast, borders. */
  List<Scene.Mark> marks(MapFrame frame, ShapeWriter shapes) {
    List<Scene.Mark> out = new ArrayList<>();
    for (Map.Entry<String, Geometry> country : countries) {
      out.add(new Scene.PathMark(shapes.toShape(country.getValue()), MapStyle.countryFill(country.getKey()), null));
    }
    for (Geometry lake : lakes) {
      out.add(new Scene.PathMark(shapes.toShape(lake), LAKE, Scene.Stroke.solid(MapStyle.alpha(MapStyle.COAST, 0.6),
          0.6f)));
    }
    // Provinces: thin, light and finely dashed under the rivers, coast and national borders.
    Scene.Stroke admin1 = new Scene.Stroke(MapStyle.ADMIN1, MapStyle.number("basemap", "admin1Width"),
        MapStyle.admin1Dash(), false);
    admin1Lines.forEach(line -> out.add(new Scene.PathMark(shapes.toShape(line), null, admin1)));
    double z = frame.webZoom();
    for (RefLine river : rivers) {
      if (river.rank() <= riverRankShown(z)) {
        out.add(new Scene.PathMark(shapes.toShape(river.mercator()), null,
            new Scene.Stroke(RIVER, river.rank() <= 6 ? 1.4f : 1.0f, null, true)));
      }
    }
    Scene.Stroke coastStroke = Scene.Stroke.solid(MapStyle.COAST, MapStyle.number("basemap", "coastWidth"));
    coast.forEach(c -> out.add(new Scene.PathMark(shapes.toShape(c), null, coastStroke)));
    Scene.Stroke boundary = new Scene.Stroke(MapStyle.BOUNDARY, MapStyle.number("basemap", "boundaryWidth"),
        MapStyle.boundaryDash(), false);
    boundaries.forEach(b -> out.add(new Scene.PathMark(shapes.toShape(b), null, boundary)));
    return out;
  }

  /** The largest river rank drawn and labelled at a web zoom level. */
  static int riverRankShown(double zoom) {
    return zoom < 5.5 ? 6 : zoom < 6.5 ? 8 : 9;
  }

  /** Lower case, accents and apostrophes gone, any other run of non-letters one space: for matching names. */
  static String fold(String text) {
    String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
        .replace("'", "").replace("’", "").toLowerCase(Locale.ROOT);
    return NON_LETTERS.matcher(bare).replaceAll(" ");
  }

  private static Map<String, String> names(JsonNode properties) {
    Map<String, String> out = new HashMap<>();
    properties.path("names").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  private static RefPoint refPoint(JsonNode p, Geometry g) {
    Set<String> namedIn = new HashSet<>();
    p.path("namedIn").forEach(id -> namedIn.add(id.asText()));
    Coordinate c = g.getCoordinate();
    String name = p.path("name").asText();
    Map<String, String> names = names(p);
    // Folded once here: matching a subject's places against every place is the scene's most frequent text work.
    Set<String> folded = new HashSet<>();
    folded.add(fold(name).strip());
    names.values().forEach(n -> folded.add(fold(n).strip()));
    return new RefPoint(c.x, c.y, name, names, p.path("kind").asText(""), p.path("rank").asInt(6), namedIn,
        fold(name), folded);
  }

  private interface Sink {
    void accept(JsonNode properties, Geometry mercator);
  }

  /** Each feature's properties and projected geometry; features without a readable geometry are skipped. */
  private static void forEach(JsonNode collection, Sink sink) {
    if (collection == null) {
      return;
    }
    for (JsonNode feature : collection.path("features")) {
      try {
        sink.accept(feature.path("properties"),
            MapFrame.project(GeoJsonGeometry.read(feature.path("geometry"), BASEMAP)));
      } catch (IllegalArgumentException e) {
        // The loader has read these files already; a geometry it let through but JTS cannot read is skipped.
        continue;
      }
    }
  }
}
