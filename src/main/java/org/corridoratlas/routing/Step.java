package org.corridoratlas.routing;

/**
 * A change along a route: kind border-crossing, gauge-break, transshipment or access; where it happens and a
 * sentence for people, e.g. "Cross the border CHN → PRK at Sino-Korean Friendship Bridge (6.0 h)".
 */
public record Step(String kind, String featureId, String name, double lon, double lat, String text) {}
