package org.corridoratlas.geo;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * A lon/lat box, west-south-east-north as in OGC API and GeoJSON. West greater than east is a box across the
 * antimeridian (OGC API - Features 1.0, 7.15.3; GeoJSON 5.2): from west to 180 and from -180 to east.
 */
public record Bbox(double west, double south, double east, double north) {
  public Bbox {
    if (!(west >= -180 && east <= 180 && west <= 180 && east >= -180 && south >= -90 && north <= 90)) {
      throw new IllegalArgumentException("coordinates outside -180..180, -90..90");
    }
    if (south > north) {
      throw new IllegalArgumentException("south must not exceed north");
    }
  }

  public static Bbox of(Envelope envelope) {
    return new Bbox(envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(), envelope.getMaxY());
  }

  public boolean crossesAntimeridian() {
    return west > east;
  }

  /** The box as one envelope; for a box across the antimeridian use {@link #envelopes()}. */
  public Envelope envelope() {
    if (crossesAntimeridian()) {
      throw new IllegalStateException("a box across the antimeridian is two envelopes");
    }
    return new Envelope(west, east, south, north);
  }

  /** One envelope, or two for a box across the antimeridian (west..180 and -180..east). */
  public List<Envelope> envelopes() {
    return crossesAntimeridian()
        ? List.of(new Envelope(west, 180, south, north), new Envelope(-180, east, south, north))
        : List.of(envelope());
  }
}
