package org.corridoratlas.geo;

import org.locationtech.jts.geom.Envelope;

/** A lon/lat box, west-south-east-north as in OGC API and GeoJSON. */
public record Bbox(double west, double south, double east, double north) {
  public Bbox {
    if (!(west >= -180 && east <= 180 && south >= -90 && north <= 90)) {
      throw new IllegalArgumentException("coordinates outside -180..180, -90..90");
    }
    if (west > east || south > north) {
      throw new IllegalArgumentException("west must not exceed east, nor south exceed north");
    }
  }

  public static Bbox of(Envelope envelope) {
    return new Bbox(envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(), envelope.getMaxY());
  }

  public Envelope envelope() {
    return new Envelope(west, east, south, north);
  }
}
