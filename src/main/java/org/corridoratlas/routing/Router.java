package org.corridoratlas.routing;

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
}
