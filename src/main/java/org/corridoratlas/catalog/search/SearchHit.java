package org.corridoratlas.catalog.search;

/** One search result: the feature, the name that matched, a score (higher is better) and a point to show. */
public record SearchHit(String id, String name, String layer, String matched, int score, double lon, double lat) {}
