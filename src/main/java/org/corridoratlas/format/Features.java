package org.corridoratlas.format;

import java.util.List;
import java.util.Map;
import org.corridoratlas.geodata.Feature;

/**
 * What a {@link FeatureWriter} writes: a titled list of features, the top-level members a GeoJSON
 * FeatureCollection carries beside them (links, numberMatched...), and the property columns of tabular formats.
 */
public record Features(String title, List<Feature> features, Map<String, Object> members, List<String> columns) {
  public Features {
    features = List.copyOf(features);
    columns = List.copyOf(columns);
  }
}
