package org.corridoratlas.routing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.corridoratlas.config.Limits;
import org.corridoratlas.network.Mode;

/**
 * A route question. {@code from}, {@code to} and each {@code via}: a feature id, a place name, "lon,lat" or
 * "node:N" (node N of the network as export-network numbers it).
 * {@code avoid}: feature ids (crossings, lines, ports) or ISO3 country codes. {@code asOf}: only features open or
 * restricted on that date are used; null means every feature that is built and not abandoned (its latest status
 * open, restricted or closed), whatever closures are in force. {@code alternatives}: how many routes besides the
 * best (0..5); with vias, each alternative differs from the best between one pair of consecutive stops.
 */
public record RouteRequest(String from, String to, List<String> via, Set<Mode> modes, Set<String> avoid,
    LocalDate asOf, Optimize optimize, int alternatives) {
  public static final int MAX_ALTERNATIVES = Limits.DEFAULT.alternatives();

  public RouteRequest {
    if (from == null || from.isBlank() || to == null || to.isBlank()) {
      throw new IllegalArgumentException("from and to are required");
    }
    Limits.atMost("via", via.size(), Limits.DEFAULT.vias(), "via points");
    via = List.copyOf(via);
    modes = modes.isEmpty() ? Mode.DEFAULT : Set.copyOf(modes);
    avoid = Set.copyOf(avoid);
    optimize = optimize == null ? Optimize.TIME : optimize;
    if (alternatives < 0 || alternatives > MAX_ALTERNATIVES) {
      throw new IllegalArgumentException("alternatives must be 0.." + MAX_ALTERNATIVES);
    }
  }

  public static RouteRequest between(String from, String to) {
    return new RouteRequest(from, to, List.of(), Set.of(), Set.of(), null, Optimize.TIME, 0);
  }

  public RouteRequest withVia(String... places) {
    return new RouteRequest(from, to, List.of(places), modes, avoid, asOf, optimize, alternatives);
  }

  public RouteRequest withModes(Mode... allowed) {
    return new RouteRequest(from, to, via, Set.of(allowed), avoid, asOf, optimize, alternatives);
  }

  public RouteRequest avoiding(String... ids) {
    return new RouteRequest(from, to, via, modes, Set.of(ids), asOf, optimize, alternatives);
  }

  public RouteRequest asOf(LocalDate date) {
    return new RouteRequest(from, to, via, modes, avoid, date, optimize, alternatives);
  }

  public RouteRequest optimizing(Optimize what) {
    return new RouteRequest(from, to, via, modes, avoid, asOf, what, alternatives);
  }

  public RouteRequest withAlternatives(int count) {
    return new RouteRequest(from, to, via, modes, avoid, asOf, optimize, count);
  }

  /** Whether the request uses the network exactly as prepared: no date, nothing avoided, the default modes. */
  public boolean defaultOptions() {
    return asOf == null && avoid.isEmpty() && modes.equals(Mode.DEFAULT);
  }
}
