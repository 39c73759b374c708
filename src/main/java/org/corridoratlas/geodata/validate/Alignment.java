package org.corridoratlas.geodata.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corridoratlas.geo.Geodesy;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.GeoData;
import org.corridoratlas.geodata.LayerKind;
import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Where a line still runs straight between distant vertices, or meets a land boundary away from any crossing, so
 * that the next data pass knows what to fix. Notes, not problems: the Natural Earth boundary is too coarse near the
 * rivers to reject data on it, and the features state their coarseness in their confidence notes.
 */
public final class Alignment {
  /** Longer than this, a straight segment is unlikely to follow a railway or road at zoom 10. */
  public static final double LONG_CHORD_METERS = 15_000;

  private Alignment() {}

  /** Farther than this from every crossing, a line meeting a land boundary probably cuts a river bend. */
  public static final double BORDER_CUT_METERS = 3_000;

  /** Railways and roads that meet a Natural Earth land boundary away from every crossing, with where. */
  public static List<String> borderCuts(GeoData data) {
    Geometry borders = boundaryLines(data.basemap().get("boundaries"));
    List<Coordinate> crossings = data.layer(LayerKind.CROSSINGS).stream()
        .map(f -> f.geometry().getCoordinate()).toList();
    List<String> notes = new ArrayList<>();
    for (LayerKind kind : List.of(LayerKind.RAILWAYS, LayerKind.ROADS)) {
      for (Feature line : data.layer(kind)) {
        if (!line.geometry().getEnvelopeInternal().intersects(borders.getEnvelopeInternal())) {
          continue;
        }
        int cuts = 0;
        Coordinate first = null;
        for (Coordinate c : line.geometry().intersection(borders).getCoordinates()) {
          if (crossings.stream().allMatch(x -> Geodesy.metersBetween(x, c) > BORDER_CUT_METERS)) {
            cuts++;
            first = first == null ? c : first;
          }
        }
        if (cuts > 0) {
          notes.add(String.format(Locale.ROOT, "note: %s meets a land boundary %d time(s) away from any crossing, "
              + "first at %.4f,%.4f (a cut river bend, or the coarse basemap)", line.id(), cuts, first.x, first.y));
        }
      }
    }
    return notes;
  }

  private static Geometry boundaryLines(JsonNode geojson) {
    List<Geometry> parts = new ArrayList<>();
    GeoJsonReader reader = new GeoJsonReader();
    for (JsonNode f : geojson.path("features")) {
      try {
        parts.add(reader.read(f.path("geometry").toString()));
      } catch (ParseException e) {
        throw new IllegalStateException("basemap boundaries: " + e.getMessage(), e);
      }
    }
    return new GeometryFactory().buildGeometry(parts);
  }

  public static List<String> longChords(GeoData data) {
    List<String> notes = new ArrayList<>();
    for (LayerKind kind : List.of(LayerKind.RAILWAYS, LayerKind.ROADS)) {
      int features = 0;
      int chords = 0;
      for (Feature line : data.layer(kind)) {
        Coordinate[] path = line.geometry().getCoordinates();
        int count = 0;
        double longest = 0;
        for (int i = 1; i < path.length; i++) {
          double meters = Geodesy.metersBetween(path[i - 1], path[i]);
          if (meters > LONG_CHORD_METERS) {
            count++;
            longest = Math.max(longest, meters);
          }
        }
        if (count > 0) {
          features++;
          chords += count;
          notes.add(String.format(Locale.ROOT, "note: %s: %d straight segment(s) over %.0f km, longest %.0f km",
              line.id(), count, LONG_CHORD_METERS / 1000, longest / 1000));
        }
      }
      notes.add(String.format(Locale.ROOT, "note: %s: %d of %d features have %d segment(s) over %.0f km to densify",
          kind.id(), features, data.layer(kind).size(), chords, LONG_CHORD_METERS / 1000));
    }
    return notes;
  }
}
