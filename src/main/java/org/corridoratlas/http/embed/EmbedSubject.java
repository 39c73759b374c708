package org.corridoratlas.http.embed;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.geodata.Corridor;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.i18n.Messages;
import org.corridoratlas.render.MapRequest;
import org.corridoratlas.routing.RouteRequest;
import org.corridoratlas.routing.RouteResult;
import org.corridoratlas.routing.Router;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * What an embed shows, resolved against the catalog: the highlighted geometries, their name for the title and
 * legend (in the reader's language where the data gives it), and the view around them.
 */
public record EmbedSubject(String name, List<Geometry> highlight, List<String> highlightIds, Envelope view,
    boolean fitted, List<String> places) {
  /** The atlas region (the Natural Earth clip of geodata/basemap), shown when nothing narrower is asked for. */
  public static final Envelope REGION = new Envelope(118, 136, 36, 47);
  private static final double MIN_SPAN_DEGREES = 0.4;

  public EmbedSubject {
    highlight = List.copyOf(highlight);
    highlightIds = List.copyOf(highlightIds);
    places = List.copyOf(places);
  }

  /** Resolves the parameters; unknown ids throw UnknownId (404), unusable places BadParameter (400). */
  public static EmbedSubject of(EmbedParams params, Catalog catalog, Router router) {
    EmbedSubject subject;
    if (params.corridor() != null) {
      Corridor corridor = catalog.getCorridor(params.corridor());
      List<Feature> parts = corridor.featureIds().stream().map(catalog::findFeature).flatMap(Optional::stream)
          .toList();
      subject = around(corridor.nameIn(params.lang()), parts.stream().map(Feature::geometry).toList(),
          parts.stream().map(Feature::id).toList(), List.of());
    } else if (params.feature() != null) {
      Feature feature = catalog.getFeature(params.feature());
      subject = around(feature.nameIn(params.lang()), List.of(feature.geometry()), List.of(feature.id()), List.of());
    } else if (params.isRoute()) {
      // An end given by feature id is named as the feature is in the reader's language; typed text as typed.
      subject = route(params, router, ref -> catalog.findFeature(ref).map(f -> f.nameIn(params.lang())).orElse(ref));
    } else {
      subject = new EmbedSubject("Corridor Atlas", List.of(), List.of(), REGION, false, List.of());
    }
    return params.bbox() == null ? subject : new EmbedSubject(subject.name(), subject.highlight(),
        subject.highlightIds(), params.bbox().envelope(), false, subject.places());
  }

  /** The title shown: the one asked for, else the subject's name. */
  public String title(EmbedParams params) {
    return params.title() != null ? params.title() : name;
  }

  /** The picture of the parameters; {@code sourcesLink} ends its credit line. */
  public MapRequest mapRequest(EmbedParams params, LocalDate today, String sourcesLink) {
    return new MapRequest(params.widthPx(), params.heightPx(), view, params.layers(), params.shownDate(today),
        highlight, name, params.title(), params.legend(), highlightIds, fitted, places, params.lang(),
        params.inset(), sourcesLink);
  }

  public MapRequest mapRequest(EmbedParams params, LocalDate today) {
    return mapRequest(params, today, "");
  }

  /**
   * The best route the router finds, its legs highlighted; when there is none, its ends and via places, named
   * with the reason so that the picture does not pretend.
   */
  static EmbedSubject route(EmbedParams params, Router router, UnaryOperator<String> endName) {
    RouteRequest request = RouteRequest.between(params.from(), params.to())
        .withVia(params.via().toArray(String[]::new)).asOf(params.asOf());
    Messages text = Messages.of(params.lang());
    String name = text.get("embed.route", "from", endName.apply(params.from()), "to", endName.apply(params.to()));
    RouteResult result = router.route(request);  // an UnknownPlace is a BadParameter: the page names it
    if (result instanceof RouteResult.Found found && !found.itineraries().isEmpty()) {
      List<Geometry> legs = found.itineraries().get(0).legs().stream().map(leg -> (Geometry) leg.geometry())
          .toList();
      List<String> ids = java.util.stream.IntStream.range(0, legs.size()).mapToObj(i -> "route-leg-" + (i + 1))
          .toList();
      return around(name, legs, ids, stops(params));
    }
    RouteResult.NoRoute none = (RouteResult.NoRoute) result;
    return around(name + " (" + text.get("routes.noRoute", "reason", none.reason()) + ")", List.of(), List.of(),
        stops(params));
  }

  /** A route's ends and stops as given: place names (or ids) the picture labels. */
  private static List<String> stops(EmbedParams params) {
    List<String> out = new java.util.ArrayList<>();
    out.add(params.from());
    out.addAll(params.via());
    out.add(params.to());
    return out;
  }

  private static EmbedSubject around(String name, List<Geometry> parts, List<String> ids, List<String> places) {
    Envelope box = new Envelope();
    parts.forEach(g -> box.expandToInclude(g.getEnvelopeInternal()));
    if (box.isNull()) {
      return new EmbedSubject(name, parts, ids, REGION, false, places);
    }
    double padX = Math.max(box.getWidth() * 0.08, Math.max(0, MIN_SPAN_DEGREES - box.getWidth()) / 2);
    double padY = Math.max(box.getHeight() * 0.08, Math.max(0, MIN_SPAN_DEGREES - box.getHeight()) / 2);
    box.expandBy(padX, padY);
    return new EmbedSubject(name, parts, ids, box, true, places);
  }
}
