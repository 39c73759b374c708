package org.corridoratlas.network;

/**
 * A node of the network. Line nodes are keyed by position, mode, country and gauge, so that the two sides of a
 * border and the two gauges at a break are distinct nodes joined by transfer edges. {@code kind}: junction, end,
 * crossing, port or mine; {@code featureId} names the crossing, port or mine the node stands for, if any.
 */
public record Node(int id, double lon, double lat, String kind, Mode mode, String country, String gauge,
    String featureId, String name) {}
