package org.corridoratlas.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.catalog.Layer;
import org.corridoratlas.geo.Geodesy;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.LayerKind;
import org.locationtech.jts.geom.Coordinate;

/**
 * The railway station an itinerary step happens at: where a train changes gauge, crosses a border or meets a port.
 * Stations stand on railway vertices, so a step at a line node is at a station when one is within
 * {@link #AT_METERS}; a crossing point between two countries' stations gets the nearest one, said with its distance.
 */
final class StationNames {
  /** A station this close to a step's node is where the step happens (station yards are longer than this). */
  static final double AT_METERS = 1_000;
  /** Beyond this, no station is named: nothing in the data says where the train stops. */
  static final double NEAR_METERS = 25_000;

  private final List<Feature> stations;

  private StationNames(List<Feature> stations) {
    this.stations = stations;
  }

  /** The stations layer of the catalog, or none when the catalog has no such layer (a bare edge table). */
  static StationNames of(Catalog catalog) {
    List<Feature> stations = LayerKind.find("stations").map(catalog::layer).map(Layer::features)
        .orElse(List.of());
    return new StationNames(stations);
  }

  /**
   * ", at Rajin station" when a station of that country (any, if null) stands at the point; ", near Kamyshovaya
   * station (15.9 km)" when the nearest is farther; empty when none is within {@link #NEAR_METERS}.
   */
  String phrase(double lon, double lat, String country) {
    Coordinate at = new Coordinate(lon, lat);
    Optional<Feature> nearest = stations.stream()
        .filter(s -> country == null || country.equals(s.text("country").orElse(null)))
        .min(Comparator.comparingDouble(s -> Geodesy.metersBetween(at, s.geometry().getCoordinate())));
    if (nearest.isEmpty()) {
      return "";
    }
    double meters = Geodesy.metersBetween(at, nearest.get().geometry().getCoordinate());
    if (meters <= AT_METERS) {
      return ", at " + nearest.get().name() + " station";
    }
    return meters <= NEAR_METERS
        ? String.format(Locale.ROOT, ", near %s station (%.1f km)", nearest.get().name(), meters / 1000) : "";
  }
}
