package org.corridoratlas.geodata;

import org.corridoratlas.geo.Geodesy;
import org.locationtech.jts.geom.Coordinate;

/**
 * A straight segment of a railway or road longer than {@link #CHORD_METERS} has no sourced place between its ends:
 * its real course there is unknown, so maps draw it hollow and validate names it.
 */
public final class Schematic {
  public static final double CHORD_METERS = 15_000;

  private Schematic() {}

  public static boolean isChord(Coordinate a, Coordinate b) {
    return Geodesy.metersBetween(a, b) > CHORD_METERS;
  }
}
