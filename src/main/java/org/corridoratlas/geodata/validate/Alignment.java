package org.corridoratlas.geodata.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corridoratlas.geo.Geodesy;
import org.corridoratlas.geodata.Confidence;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.GeoData;
import org.corridoratlas.geodata.GeoJsonGeometry;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.geodata.Schematic;
import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * How closely the railways and roads follow their real alignment: straight chords between distant vertices, and
 * stretches that leave their own country (a chord across a river bend or a bay). GeoDataValidator turns the gross
 * cases into problems; {@code validate} prints the rest as notes for the next data pass.
 */
public final class Alignment {
  private Alignment() {}

  /** Within this of a crossing, a line may be on either side of the border. */
  public static final double NEAR_CROSSING_METERS = 3_000;

  /**
   * Deeper than this into another country or the sea, a line cuts a river bend or a bay; less is the coarseness of
   * the Natural Earth 10 m boundary and coast (lines along the Yalu and Tumen banks stray up to about 600 m).
   */
  public static final double STRAY_LIMIT_METERS = 1_500;

  /** The layers whose alignment is checked. */
  static final List<LayerKind> LINE_LAYERS = List.of(LayerKind.RAILWAYS, LayerKind.ROADS);

  /** How far a railway or road runs inside a country that is not its own, or into the sea, away from crossings. */
  public record Stray(LayerKind kind, String featureId, String intoCountry, double meters, Coordinate deepest) {}

  static final String SEA = "sea";

  /**
   * The deepest stretch of each railway or road outside its own country (the Natural Earth polygon of its
   * {@code country}), at least {@link #NEAR_CROSSING_METERS} from any crossing. A river bend cut by a chord goes
   * kilometres into the neighbour, while the coarse boundary alone puts a line along the bank a few hundred metres
   * over it. Long chords (over {@link Schematic#CHORD_METERS}) of a coastal line are left out at sea: the map draws them
   * as schematic stretches, and the chord notes already name them.
   */
  public static List<Stray> strays(GeoData data) {
    Map<String, PreparedGeometry> countries = new HashMap<>();
    countryPolygons(data.basemap().get("countries"))
        .forEach((iso, polygon) -> countries.put(iso, PreparedGeometryFactory.prepare(polygon)));
    List<Coordinate> crossings = data.layer(LayerKind.CROSSINGS).stream()
        .map(f -> f.geometry().getCoordinate()).toList();
    Map<String, IndexedFacetDistance> distanceTo = new HashMap<>();
    List<Stray> strays = new ArrayList<>();
    for (LayerKind kind : LINE_LAYERS) {
      for (Feature line : data.layer(kind)) {
        String country = line.text("country").orElse("");
        PreparedGeometry own = countries.get(country);
        if (own == null || own.covers(line.geometry())) {
          continue;
        }
        IndexedFacetDistance toOwn = distanceTo.computeIfAbsent(country,
            c -> new IndexedFacetDistance(own.getGeometry()));
        Stray deepest = null;
        Coordinate[] path = line.geometry().getCoordinates();
        for (int i = 1; i < path.length; i++) {
          LineString straight = FACTORY.createLineString(new Coordinate[] {path[i - 1], path[i]});
          if (own.covers(straight)) {
            continue;
          }
          boolean chord = Schematic.isChord(path[i - 1], path[i]);
          // About 100 m between checked points, so that a segment's middle is measured, not only its ends.
          for (Coordinate c : Densifier.densify(straight, 0.001).getCoordinates()) {
            Point point = FACTORY.createPoint(c);
            if (own.covers(point)
                || crossings.stream().anyMatch(x -> Geodesy.within(x, c, NEAR_CROSSING_METERS))) {
              continue;
            }
            double meters = Geodesy.metersBetween(toOwn.nearestPoints(point)[0], c);
            if (deepest != null && meters <= deepest.meters()) {
              continue;
            }
            String into = countries.entrySet().stream().filter(e -> e.getValue().covers(point))
                .map(Map.Entry::getKey).findFirst().orElse(SEA);
            if (!(chord && into.equals(SEA))) {
              deepest = new Stray(kind, line.id(), into, meters, c);
            }
          }
        }
        if (deepest != null) {
          strays.add(deepest);
        }
      }
    }
    return strays;
  }

  private static final GeometryFactory FACTORY = new GeometryFactory();

  private static Map<String, Geometry> countryPolygons(JsonNode geojson) {
    Map<String, Geometry> out = new HashMap<>();
    for (JsonNode f : geojson.path("features")) {
      try {
        // The polygons were clipped to the region, which leaves some slightly invalid along the clip edge; fixing
        // costs several times the check, so only those are fixed.
        Geometry polygon = GeoJsonGeometry.read(f.path("geometry"), FACTORY);
        out.put(f.path("properties").path("iso_a3").asText(), polygon.isValid() ? polygon : GeometryFixer.fix(polygon));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("basemap countries: " + e.getMessage(), e);
      }
    }
    return out;
  }

  /**
   * Whether a line owns up to a stretch it cannot draw on its own side: low confidence, and an {@code alignmentGap}
   * that says which stretch and why no sourced place is known there. The map and the notes then show it as such.
   */
  public static boolean gapDeclared(Feature line) {
    return line != null && line.confidence() == Confidence.LOW
        && line.text("alignmentGap").filter(text -> !text.isBlank()).isPresent();
  }

  /** Notes for the strays that a line declares in its alignmentGap. */
  public static List<String> declaredGaps(GeoData data) {
    List<String> notes = new ArrayList<>();
    for (Stray stray : strays(data)) {
      Feature line = data.layer(stray.kind()).stream().filter(f -> f.id().equals(stray.featureId())).findFirst()
          .orElseThrow();
      if (stray.meters() > STRAY_LIMIT_METERS && gapDeclared(line)) {
        notes.add(String.format(Locale.ROOT, "note: %s runs %.1f km into %s at %.4f,%.4f (declared: %s)", line.id(),
            stray.meters() / 1000, stray.intoCountry(), stray.deepest().x, stray.deepest().y,
            line.text("alignmentGap").orElseThrow()));
      }
    }
    return notes;
  }

  /** The longest straight segment of a line, in metres. */
  public static double longestSegmentMeters(Feature line) {
    double longest = 0;
    for (double meters : segmentMeters(line)) {
      longest = Math.max(longest, meters);
    }
    return longest;
  }

  /** The length of each straight segment of a line, in order, in metres. */
  private static double[] segmentMeters(Feature line) {
    Coordinate[] path = line.geometry().getCoordinates();
    double[] meters = new double[Math.max(0, path.length - 1)];
    for (int i = 1; i < path.length; i++) {
      meters[i - 1] = Geodesy.metersBetween(path[i - 1], path[i]);
    }
    return meters;
  }

  /**
   * The share of each of railways and roads, by length, that is drawn as straight segments over
   * {@link Schematic#CHORD_METERS}: the part of the network whose real course is not known.
   */
  public static List<String> chordShare(GeoData data) {
    List<String> notes = new ArrayList<>();
    for (LayerKind kind : LINE_LAYERS) {
      double total = 0;
      double chords = 0;
      for (Feature line : data.layer(kind)) {
        for (double meters : segmentMeters(line)) {
          total += meters;
          chords += meters > Schematic.CHORD_METERS ? meters : 0;
        }
      }
      notes.add(String.format(Locale.ROOT, "note: %s: %.0f of %.0f km (%.1f %%) in straight segments over %.0f km",
          kind.id(), chords / 1000, total / 1000, total == 0 ? 0 : 100 * chords / total,
          Schematic.CHORD_METERS / 1000));
    }
    return notes;
  }

  /** Notes naming the railways and roads with straight segments over 15 km, which low-confidence lines may keep. */
  public static List<String> longChords(GeoData data) {
    List<String> notes = new ArrayList<>();
    for (LayerKind kind : LINE_LAYERS) {
      int features = 0;
      int chords = 0;
      for (Feature line : data.layer(kind)) {
        int count = 0;
        double longest = 0;
        for (double meters : segmentMeters(line)) {
          if (meters > Schematic.CHORD_METERS) {
            count++;
            longest = Math.max(longest, meters);
          }
        }
        if (count > 0) {
          features++;
          chords += count;
          notes.add(String.format(Locale.ROOT, "note: %s: %d straight segment(s) over %.0f km, longest %.0f km",
              line.id(), count, Schematic.CHORD_METERS / 1000, longest / 1000));
        }
      }
      notes.add(String.format(Locale.ROOT, "note: %s: %d of %d features have %d segment(s) over %.0f km to densify",
          kind.id(), features, data.layer(kind).size(), chords, Schematic.CHORD_METERS / 1000));
    }
    return notes;
  }
}
