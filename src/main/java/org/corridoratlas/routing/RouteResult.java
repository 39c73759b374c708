package org.corridoratlas.routing;

import java.util.List;

/** The answer to a route request: routes found, or why there is none. */
public sealed interface RouteResult {
  /** The best route first, then alternatives. */
  record Found(List<Itinerary> itineraries) implements RouteResult {
    public Found {
      itineraries = List.copyOf(itineraries);
    }
  }

  /**
   * No route under the request's constraints. {@code reason}: closed (status on the asOf date), avoided (the avoid
   * list), modes (only other modes connect), disconnected (no link at all). {@code blockers}: the feature ids whose
   * closure or avoidance cuts every route the unconstrained network offers.
   */
  record NoRoute(String reason, String explanation, List<String> blockers) implements RouteResult {
    public NoRoute {
      blockers = List.copyOf(blockers);
    }
  }
}
