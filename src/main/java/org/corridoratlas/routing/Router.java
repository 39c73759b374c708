package org.corridoratlas.routing;

/** Answers route requests over the network; the engine behind it is an implementation detail. */
public interface Router {
  /**
   * @throws UnknownPlace when from, to or a via names no feature, place or position
   */
  RouteResult route(RouteRequest request);
}
