package org.corridoratlas.render;

import java.awt.geom.Point2D;
import org.locationtech.jts.awt.PointTransformation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A picture of {@code widthPx} × {@code heightPx} in Web Mercator, centred on the view and scaled so that the whole
 * view fits; the picture may show more than the view along one axis, never less.
 */
public record MapFrame(int widthPx, int heightPx, double centerX, double centerY, double pixelsPerUnit) {
  /** Latitudes beyond this have no Mercator y; the atlas lies far inside. */
  private static final double MAX_LATITUDE = 85.0;

  /** The frame that shows a lon/lat envelope whole. */
  public static MapFrame fitting(Envelope lonLat, int widthPx, int heightPx) {
    double west = mercatorX(lonLat.getMinX());
    double east = mercatorX(lonLat.getMaxX());
    double south = mercatorY(lonLat.getMinY());
    double north = mercatorY(lonLat.getMaxY());
    double scale = Math.min(widthPx / Math.max(east - west, 1e-9), heightPx / Math.max(north - south, 1e-9));
    return new MapFrame(widthPx, heightPx, (west + east) / 2, (south + north) / 2, scale);
  }

  /** Mercator x in degrees of longitude, so that x and y share a unit. */
  public static double mercatorX(double lon) {
    return lon;
  }

  public static double mercatorY(double lat) {
    double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
    return Math.toDegrees(Math.log(Math.tan(Math.PI / 4 + Math.toRadians(clamped) / 2)));
  }

  /** A copy in Mercator units; geometries are never changed in place. */
  static Geometry project(Geometry lonLat) {
    Geometry copy = lonLat.copy();
    copy.apply((CoordinateFilter) c -> {
      c.x = mercatorX(c.x);
      c.y = mercatorY(c.y);
    });
    copy.geometryChanged();
    return copy;
  }

  public static double latitudeOf(double mercatorY) {
    return Math.toDegrees(2 * Math.atan(Math.exp(Math.toRadians(mercatorY))) - Math.PI / 2);
  }

  /** Pixel position of a lon/lat. */
  public Point2D pixelOf(double lon, double lat) {
    return pixelOfProjected(mercatorX(lon), mercatorY(lat));
  }

  Point2D pixelOfProjected(double x, double y) {
    return new Point2D.Double((x - centerX) * pixelsPerUnit + widthPx / 2.0,
        (centerY - y) * pixelsPerUnit + heightPx / 2.0);
  }

  /** The Leaflet zoom level of the same scale; the web map thins its symbols below zoom 7, and so do we. */
  double webZoom() {
    return Math.log(pixelsPerUnit * 360 / 256) / Math.log(2);
  }

  /** The lon/lat envelope the picture shows, edge to edge. */
  public Envelope lonLatShown() {
    double halfX = widthPx / 2.0 / pixelsPerUnit;
    double halfY = heightPx / 2.0 / pixelsPerUnit;
    return new Envelope(centerX - halfX, centerX + halfX, latitudeOf(centerY - halfY), latitudeOf(centerY + halfY));
  }

  /** From already projected (Mercator) coordinates to pixels, for JTS's ShapeWriter. */
  PointTransformation projectedToPixels() {
    return (Coordinate src, Point2D dest) -> dest.setLocation((src.x - centerX) * pixelsPerUnit + widthPx / 2.0,
        (centerY - src.y) * pixelsPerUnit + heightPx / 2.0);
  }
}
