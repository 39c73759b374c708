package org.corridoratlas.routing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.geodata.Feature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/**
 * Turns what a person typed into a position: "lon,lat", a feature id, a feature's name, native name or alias
 * (compared without case, accents or punctuation), or a town named at one end of a line ("Dandong" is where the
 * "Shenyang–Dandong" railway ends). Fuzzy search is the search endpoint's job, not this one's.
 */
public final class Places {
  private static final Pattern LON_LAT = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(-?\\d+(?:\\.\\d+)?)\\s*");
  private static final Pattern NAME_PARTS = Pattern.compile("\\s*[–—]\\s*|\\s+-\\s+|-(?=\\p{Lu})|\\s+to\\s+");
  private static final List<String> POINT_LAYERS = List.of("ports", "crossings", "mines", "facilities");

  private final Catalog catalog;

  /** A resolved place: where it is, and the feature it names if any. */
  public record Place(String text, String featureId, String name, double lon, double lat) {}

  public Places(Catalog catalog) {
    this.catalog = catalog;
  }

  public Place resolve(String field, String text) {
    Matcher m = LON_LAT.matcher(text);
    if (m.matches()) {
      double lon = Double.parseDouble(m.group(1));
      double lat = Double.parseDouble(m.group(2));
      if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
        throw new UnknownPlace(field, text, "is not a lon,lat position on Earth");
      }
      return new Place(text, null, text, lon, lat);
    }
    Optional<Feature> byId = catalog.findFeature(text.trim());
    if (byId.isPresent()) {
      return at(text, byId.get(), position(byId.get().geometry()));
    }
    String wanted = normalise(text);
    Feature named = null;
    for (Feature f : catalog.allFeatures()) {
      if (!"events".equals(f.layer()) && f.allNames().stream().anyMatch(n -> normalise(n).equals(wanted))
          && (named == null || rank(f) < rank(named))) {
        named = f;
      }
    }
    if (named != null) {
      return at(text, named, position(named.geometry()));
    }
    return lineEnd(text, wanted).or(() -> pointNamed(text, wanted))
        .orElseThrow(() -> new UnknownPlace(field, text, "names no feature, place or lon,lat position"));
  }

  /** A town named as the first or last part of a line's name: the line's first or last vertex. */
  private Optional<Place> lineEnd(String text, String wanted) {
    for (Feature f : catalog.allFeatures()) {
      if (!(f.geometry() instanceof LineString line)) {
        continue;
      }
      for (String name : List.of(f.name(), f.text("line").orElse(""), f.text("road").orElse(""))) {
        String[] parts = NAME_PARTS.split(name);
        if (parts.length < 2) {
          continue;
        }
        if (startsWithWords(normalise(parts[0]), wanted)) {
          return Optional.of(at(text, null, line.getCoordinateN(0)));
        }
        if (startsWithWords(normalise(parts[parts.length - 1]), wanted)) {
          return Optional.of(at(text, null, line.getCoordinateN(line.getNumPoints() - 1)));
        }
      }
    }
    return Optional.empty();
  }

  /** A port, crossing, mine or facility whose name contains the words typed, e.g. "Rajin" for "Rajin Port". */
  private Optional<Place> pointNamed(String text, String wanted) {
    for (String layer : POINT_LAYERS) {
      for (Feature f : catalog.getLayer(layer).features()) {
        if (f.allNames().stream().anyMatch(n -> (" " + normalise(n) + " ").contains(" " + wanted + " "))) {
          return Optional.of(at(text, f, position(f.geometry())));
        }
      }
    }
    return Optional.empty();
  }

  private static Place at(String text, Feature feature, Coordinate c) {
    return new Place(text, feature == null ? null : feature.id(), feature == null ? text : feature.name(), c.x, c.y);
  }

  private static int rank(Feature f) {
    int i = POINT_LAYERS.indexOf(f.layer());
    return i < 0 ? POINT_LAYERS.size() : i;
  }

  private static boolean startsWithWords(String part, String wanted) {
    return part.equals(wanted) || part.startsWith(wanted + " ");
  }

  /** Lower case, no accents, apostrophes dropped, other punctuation as spaces. */
  static String normalise(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("['’`ʼ]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  /** Where a feature stands for routing: a point's position, a line's middle vertex, a polygon's interior. */
  public static Coordinate position(Geometry geometry) {
    if (geometry instanceof Point) {
      return geometry.getCoordinate();
    }
    if (geometry instanceof LineString line) {
      return line.getCoordinateN(line.getNumPoints() / 2);
    }
    return geometry.getInteriorPoint().getCoordinate();
  }
}
