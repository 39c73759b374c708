package org.corridoratlas.http.api;

import java.util.Optional;
import org.corridoratlas.geodata.Corridor;

/**
 * SEAM for the routing helper: the profile of a corridor (length by country, mode and gauge, crossings, gauge
 * breaks, hours, circuity) as {@code analysis.CorridorProfile} computes it over the network. Until that is wired
 * in {@code AtlasServer}, {@link #NONE} answers no profile and /api/corridors/{id} carries {@code "profile": null}.
 */
@FunctionalInterface
public interface CorridorProfiles {
  CorridorProfiles NONE = corridor -> Optional.empty();

  /** Any value Jackson can write as the contract's profile object. */
  Optional<Object> profile(Corridor corridor);
}
