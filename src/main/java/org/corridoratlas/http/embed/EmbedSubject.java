package org.corridoratlas.http.embed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.geodata.Corridor;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.http.BadParameter;
import org.corridoratlas.render.MapRequest;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * What an embed shows, resolved against the catalog: the highlighted geometries, their name for the title and
 * legend, and the view around them.
 */
public record EmbedSubject(String name, List<Geometry> highlight, Envelope view) {
  /** The atlas region (the Natural Earth clip of geodata/basemap), shown when nothing narrower is asked for. */
  public static final Envelope REGION = new Envelope(118, 136, 36, 47);
  private static final double MIN_SPAN_DEGREES = 0.4;
  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  public EmbedSubject {
    highlight = List.copyOf(highlight);
  }

  /** Resolves the parameters; unknown ids throw UnknownId (404), unusable places BadParameter (400). */
  public static EmbedSubject of(EmbedParams params, Catalog catalog) {
    EmbedSubject subject;
    if (params.corridor() != null) {
      Corridor corridor = catalog.getCorridor(params.corridor());
      List<Geometry> parts = corridor.featureIds().stream().map(catalog::findFeature).flatMap(Optional::stream)
          .map(Feature::geometry).toList();
      subject = around(corridor.name(), parts);
    } else if (params.feature() != null) {
      Feature feature = catalog.getFeature(params.feature());
      subject = around(feature.name(), List.of(feature.geometry()));
    } else if (params.isRoute()) {
      subject = route(params, catalog);
    } else {
      subject = new EmbedSubject("Corridor Atlas", List.of(), REGION);
    }
    return params.bbox() == null ? subject : new EmbedSubject(subject.name(), subject.highlight(),
        params.bbox().envelope());
  }

  /** The title shown: the one asked for, else the subject's name. */
  public String title(EmbedParams params) {
    return params.title() != null ? params.title() : name;
  }

  public MapRequest mapRequest(EmbedParams params, LocalDate today) {
    return new MapRequest(params.widthPx(), params.heightPx(), view, params.layers(), params.shownDate(today),
        highlight, name, params.title(), params.legend());
  }

  /**
   * SEAM (routing): draws the route's ends and via places until the routing helper's {@code Router} is on main;
   * then this becomes {@code atlas.router().route(RouteRequest.between(from, to).withVia(..).asOf(asOf))} and the
   * highlight the legs' geometries.
   */
  static EmbedSubject route(EmbedParams params, Catalog catalog) {
    List<Geometry> places = new ArrayList<>();
    places.add(place("from", params.from(), catalog));
    params.via().forEach(v -> places.add(place("via", v, catalog)));
    places.add(place("to", params.to(), catalog));
    return around("Route " + params.from() + " – " + params.to(), places);
  }

  /** A feature id, an exact feature name (any script or alias) or "lon,lat". */
  private static Geometry place(String parameter, String text, Catalog catalog) {
    Optional<Feature> byId = catalog.findFeature(text);
    if (byId.isPresent()) {
      return byId.get().geometry();
    }
    String[] parts = text.split(",");
    if (parts.length == 2) {
      try {
        double lon = Double.parseDouble(parts[0].trim());
        double lat = Double.parseDouble(parts[1].trim());
        if (lon >= -180 && lon <= 180 && lat >= -85 && lat <= 85) {
          return GEOMETRY.createPoint(new Coordinate(lon, lat));
        }
      } catch (NumberFormatException e) {
        // not a position: try names below
      }
    }
    String wanted = text.toLowerCase(Locale.ROOT);
    return catalog.allFeatures().stream()
        .filter(f -> f.allNames().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(wanted)))
        .findFirst().map(Feature::geometry)
        .orElseThrow(() -> new BadParameter(parameter, "no feature, place or lon,lat matches \"" + text + "\""));
  }

  private static EmbedSubject around(String name, List<Geometry> parts) {
    Envelope box = new Envelope();
    parts.forEach(g -> box.expandToInclude(g.getEnvelopeInternal()));
    if (box.isNull()) {
      return new EmbedSubject(name, parts, REGION);
    }
    double padX = Math.max(box.getWidth() * 0.08, Math.max(0, MIN_SPAN_DEGREES - box.getWidth()) / 2);
    double padY = Math.max(box.getHeight() * 0.08, Math.max(0, MIN_SPAN_DEGREES - box.getHeight()) / 2);
    box.expandBy(padX, padY);
    return new EmbedSubject(name, parts, box);
  }
}
