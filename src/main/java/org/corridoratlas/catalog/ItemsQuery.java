package org.corridoratlas.catalog;

import java.util.Map;
import java.util.TreeMap;
import org.corridoratlas.catalog.cql2.Expression;
import org.corridoratlas.geo.Bbox;

/**
 * One page request over a layer: optional box and date window, property equality filters, an optional CQL2
 * filter, offset and limit.
 * Filters are kept sorted so that two equal queries print the same links and cache keys.
 */
public record ItemsQuery(Bbox bbox, DateWindow datetime, Map<String, String> filters, Expression filter, int offset,
    int limit) {
  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 10_000;

  public ItemsQuery {
    filters = Map.copyOf(filters);
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
    }
  }

  public Map<String, String> sortedFilters() {
    return new TreeMap<>(filters);
  }

  public ItemsQuery atOffset(int newOffset) {
    return new ItemsQuery(bbox, datetime, filters, filter, newOffset, limit);
  }
}
