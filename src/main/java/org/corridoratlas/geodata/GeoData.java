package org.corridoratlas.geodata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Everything read from the geodata folder. {@code layers} maps each layer to its features in file order;
 * {@code basemap} holds the Natural Earth layers by name (countries, boundaries, coast) as raw GeoJSON.
 */
public record GeoData(Map<LayerKind, List<Feature>> layers, List<Corridor> corridors, JsonNode trade,
    Map<String, JsonNode> basemap, JsonNode costModel, String version) {
  public GeoData {
    layers = Map.copyOf(layers);
    corridors = List.copyOf(corridors);
    basemap = Map.copyOf(basemap);
  }

  public List<Feature> layer(LayerKind kind) {
    return layers.getOrDefault(kind, List.of());
  }
}
