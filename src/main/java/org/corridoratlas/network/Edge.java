package org.corridoratlas.network;

import java.time.LocalDate;
import java.util.List;
import org.corridoratlas.geodata.Status;
import org.corridoratlas.geodata.StatusTimeline;
import org.locationtech.jts.geom.LineString;

/**
 * One edge of the network, stored in the direction source → target of its geometry. {@code hours} is the time
 * forward, {@code reverseHours} backward (negative: one-way). {@code mode} is null on transfers, which every mode
 * may use. {@code timelines} are the status timelines of the features it depends on (its line, its crossing, its
 * port): the edge is usable on a date only when all of them are.
 */
public record Edge(int id, int source, int target, EdgeKind kind, Mode mode, String gauge, String country,
    double lengthMeters, double hours, double reverseHours, List<String> featureIds, String name,
    LineString geometry, List<StatusTimeline> timelines) {

  public Edge {
    featureIds = List.copyOf(featureIds);
    timelines = List.copyOf(timelines);
  }

  public boolean usableOn(LocalDate date) {
    return timelines.stream().allMatch(t -> t.usableOn(date));
  }

  /**
   * Built and not abandoned under the latest status each of its features records (open, restricted or closed):
   * the network of default options. Closures come and go with politics; a request names its date to honour them.
   */
  public boolean built() {
    return timelines.stream().allMatch(Edge::latestBuilt);
  }

  public int other(int node) {
    return node == source ? target : source;
  }

  /** Whether the latest period of the timeline is open, restricted or closed (no timeline: yes). */
  public static boolean latestBuilt(StatusTimeline timeline) {
    if (timeline.periods().isEmpty()) {
      return true;
    }
    Status latest = timeline.periods().get(timeline.periods().size() - 1).status();
    return latest.usable() || latest == Status.CLOSED;
  }
}
