package org.corridoratlas.catalog;

import java.util.List;
import org.corridoratlas.geodata.Feature;

/** The features of one page, and how many matched the query in all (OGC API's numberMatched). */
public record FeaturePage(ItemsQuery query, List<Feature> features, int numberMatched) {
  public FeaturePage {
    features = List.copyOf(features);
  }

  public boolean hasNext() {
    return query.offset() + features.size() < numberMatched;
  }

  public boolean hasPrevious() {
    return query.offset() > 0;
  }
}
