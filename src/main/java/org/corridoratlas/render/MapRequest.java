package org.corridoratlas.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.corridoratlas.config.Limits;
import org.corridoratlas.geodata.LayerKind;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * What to draw: a lon/lat view, the layers shown as they were on {@code date}, and the highlighted geometries (a
 * corridor's features, a route's legs or one feature; {@code highlightIds} names each) called {@code highlightName}
 * in the legend. With {@code fitHighlight} the picture is fitted to the highlight with a margin rather than to the
 * view. {@code subjectPlaces} are names of places always labelled (a route's ends and stops); {@code lang} is the
 * language of labels, legend and credit; {@code inset} adds a locator map; {@code sourcesLink} ends the credit line.
 */
public record MapRequest(int widthPx, int heightPx, Envelope view, Set<LayerKind> layers, LocalDate date,
    List<Geometry> highlight, String highlightName, String title, boolean legend, List<String> highlightIds,
    boolean fitHighlight, List<String> subjectPlaces, String lang, boolean inset, String sourcesLink) {
  public static final int MAX_SIDE_PX = Limits.DEFAULT.imageSidePx();
  public static final int MIN_SIDE_PX = 64;

  public MapRequest {
    if (widthPx < MIN_SIDE_PX || widthPx > MAX_SIDE_PX || heightPx < MIN_SIDE_PX || heightPx > MAX_SIDE_PX) {
      throw new IllegalArgumentException("sides must be " + MIN_SIDE_PX + ".." + MAX_SIDE_PX + " px");
    }
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(date, "date");
    layers = Set.copyOf(layers);
    highlight = List.copyOf(highlight);
    highlightIds = List.copyOf(highlightIds);
    if (highlightIds.size() != highlight.size()) {
      throw new IllegalArgumentException("one id per highlighted geometry");
    }
    subjectPlaces = List.copyOf(subjectPlaces);
    lang = lang == null ? "en" : lang;
    sourcesLink = sourcesLink == null ? "" : sourcesLink;
  }

  /** A picture of the view, in English, without inset; highlighted geometries numbered. */
  public MapRequest(int widthPx, int heightPx, Envelope view, Set<LayerKind> layers, LocalDate date,
      List<Geometry> highlight, String highlightName, String title, boolean legend) {
    this(widthPx, heightPx, view, layers, date, highlight, highlightName, title, legend,
        java.util.stream.IntStream.range(0, highlight.size()).mapToObj(i -> "highlight-" + (i + 1)).toList(),
        false, List.of(), "en", false, "");
  }
}
