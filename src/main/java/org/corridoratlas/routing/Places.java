package org.corridoratlas.routing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.geo.Geodesy;
import org.corridoratlas.geodata.Feature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/**
 * Turns what a person typed into a position: "lon,lat", a feature id, a feature's name, native name or alias
 * (compared without case, accents or punctuation), or a town named at one end of lines ("Dandong" is where the
 * "Shenyang–Dandong" and "Dandong–Dalian" railways meet), else a port, crossing, mine or facility named after it.
 * Fuzzy search is the search endpoint's job, not this one's.
 */
public final class Places {
  private static final Pattern LON_LAT = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(-?\\d+(?:\\.\\d+)?)\\s*");
  private static final Pattern NAME_PARTS = Pattern.compile("\\s*[–—]\\s*|\\s+-\\s+|-(?=\\p{Lu})|\\s+to\\s+");
  private static final Pattern PARENS = Pattern.compile("\\(([^)]*)\\)");
  /** Line ends this close together stand for the same town. */
  private static final double TOWN_METERS = 5000;
  private static final List<String> POINT_LAYERS = List.of("ports", "crossings", "mines", "facilities");

  private final Catalog catalog;

  /**
   * A resolved place: where it is, the feature it names if any, and the country it lies in when known (a town at
   * a line's end is on that line's side of a border that may run through the same vertex).
   */
  public record Place(String text, String featureId, String name, double lon, double lat, String country) {}

  /** A line end named after a town. */
  private record End(Coordinate at, String featureId, String country) {}

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
      return new Place(text, null, text, lon, lat, null);
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
    List<End> ends = lineEnds(wanted);
    Optional<End> agreed = ends.stream().filter(c -> support(c, ends) > 1)
        .max(java.util.Comparator.comparingLong(c -> support(c, ends)));
    if (agreed.isPresent()) {
      return at(text, agreed.get());
    }
    return pointNamed(text, wanted).or(() -> ends.stream().findFirst().map(c -> at(text, c)))
        .orElseThrow(() -> new UnknownPlace(field, text, "names no feature, place or lon,lat position"));
  }

  /** How many lines end within a town's reach of this end. */
  private static long support(End end, List<End> ends) {
    return ends.stream().filter(o -> Geodesy.metersBetween(end.at(), o.at()) <= TOWN_METERS).map(End::featureId)
        .distinct().count();
  }

  /**
   * Where lines named "X–Y" (or "… (X–Y)") end at the town typed: the first vertex when it is named first, the
   * last when named last. Several lines ending at the same town agree on where it is, which the caller prefers over
   * the digitising order of one line; ends are listed named end first.
   */
  private List<End> lineEnds(String wanted) {
    List<End> named = new ArrayList<>();
    List<End> others = new ArrayList<>();
    for (Feature f : catalog.allFeatures()) {
      if (!(f.geometry() instanceof LineString line)) {
        continue;
      }
      String country = f.text("country").orElse(null);
      End first = new End(line.getCoordinateN(0), f.id(), country);
      End last = new End(line.getCoordinateN(line.getNumPoints() - 1), f.id(), country);
      for (String name : List.of(f.name(), f.text("line").orElse(""), f.text("road").orElse(""))) {
        Matcher inParens = PARENS.matcher(name);
        String phrase = inParens.find() && NAME_PARTS.matcher(inParens.group(1)).find() ? inParens.group(1)
            : name.replaceAll("\\(.*", "");
        String[] parts = NAME_PARTS.split(phrase);
        if (parts.length < 2) {
          continue;
        }
        if (startsWithWords(normalise(parts[0]), wanted)) {
          named.add(first);
          others.add(last);
        } else if (startsWithWords(normalise(parts[parts.length - 1]), wanted)) {
          named.add(last);
          others.add(first);
        }
      }
    }
    named.addAll(others);
    return named;
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
    return new Place(text, feature.id(), feature.name(), c.x, c.y, null);
  }

  private static Place at(String text, End end) {
    return new Place(text, null, text, end.at().x, end.at().y, end.country());
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
