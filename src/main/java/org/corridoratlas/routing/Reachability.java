package org.corridoratlas.routing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.corridoratlas.network.Mode;
import org.corridoratlas.network.Network;
import org.corridoratlas.routing.Places.Place;

/**
 * Hours from a place to every node of the network reachable within a limit, as of a date (null: default options),
 * by GraphHopper's shortest-path tree: what catchments and nearest-by-time ask.
 */
public final class Reachability {
  private static final double SECONDS_PER_HOUR = 3600;

  private final Network network;
  private final Stops stops;
  private final ShortestPathEngine engine;
  private final Function<LocalDate, EdgeCosts> secondsOn;

  /** @param secondsOn the time costs (seconds) of default modes on a date, or under default options for null */
  Reachability(Network network, Stops stops, ShortestPathEngine engine, Function<LocalDate, EdgeCosts> secondsOn) {
    this.network = network;
    this.stops = stops;
    this.engine = engine;
    this.secondsOn = secondsOn;
  }

  public Network network() {
    return network;
  }

  /**
   * From the nodes that stand for the place (as a route's stop by the default modes), the earliest.
   *
   * @throws Deadline.SearchStopped when the deadline passes or the thread is interrupted during the search
   */
  public Map<Integer, Double> hoursFrom(Place origin, LocalDate asOf, double maxHours, Deadline deadline) {
    return hoursFrom(stops.nodes("from", origin, Mode.DEFAULT), asOf, maxHours, deadline);
  }

  /** As {@link #hoursFrom(Place, LocalDate, double, Deadline)}, from the nearest of the start nodes. */
  public Map<Integer, Double> hoursFrom(int[] starts, LocalDate asOf, double maxHours, Deadline deadline) {
    EdgeCosts costs = secondsOn.apply(asOf);
    Map<Integer, Double> hours = new HashMap<>();
    for (int start : starts) {
      engine.reachable(costs, start, maxHours * SECONDS_PER_HOUR, deadline)
          .forEach((node, seconds) -> hours.merge(node, seconds / SECONDS_PER_HOUR, Math::min));
    }
    return hours;
  }
}
