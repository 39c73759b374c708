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
 * corridor's features, a route's legs or one feature) named {@code highlightName} in the legend.
 */
public record MapRequest(int widthPx, int heightPx, Envelope view, Set<LayerKind> layers, LocalDate date,
    List<Geometry> highlight, String highlightName, String title, boolean legend) {
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
  }
}
