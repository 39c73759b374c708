package org.corridoratlas.http.api;

import java.util.Optional;
import org.corridoratlas.geodata.Corridor;

/**
 * Where /api/corridors/{id} gets a corridor's profile (length by country, mode and gauge, crossings, gauge breaks,
 * hours, circuity): {@code analysis.CorridorProfile} over the network, kept behind this interface so the JSON API
 * can be tested without building a network.
 */
@FunctionalInterface
public interface CorridorProfiles {
  /** Any value Jackson can write as the contract's profile object. */
  Optional<Object> profile(Corridor corridor);
}
