package org.corridoratlas.routing;

import org.corridoratlas.network.Network;

/** Answers route requests over the network; the engine behind it is an implementation detail. */
public interface Router {
  /**
   * @throws UnknownPlace when from, to or a via names no feature, place or position
   */
  default RouteResult route(RouteRequest request) {
    return route(request, Deadline.NONE);
  }

  /**
   * As {@link #route(RouteRequest)}, giving up when the deadline passes or the thread is interrupted.
   *
   * @throws Deadline.SearchStopped then
   */
  RouteResult route(RouteRequest request, Deadline deadline);

  /** The network it searches. */
  Network network();

  /** How it reads the places a request names. */
  Places places();

  /** Travel times from a place over the same network and costs (catchments, nearest by time). */
  Reachability reachability();
}
