package org.corridoratlas.geodata.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corridoratlas.geo.Geodesy;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.GeoData;
import org.corridoratlas.geodata.LayerKind;
import org.locationtech.jts.geom.Coordinate;

/**
 * Where a line still runs straight between distant vertices, so that the next data pass knows what to densify.
 * A note, not a problem: the features say so in their confidence notes, and the atlas can serve them.
 */
public final class Alignment {
  /** Longer than this, a straight segment is unlikely to follow a railway or road at zoom 10. */
  public static final double LONG_CHORD_METERS = 15_000;

  private Alignment() {}

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
