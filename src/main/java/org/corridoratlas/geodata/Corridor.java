package org.corridoratlas.geodata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A named corridor: an ordered chain of lines, crossings and ports; {@code raw} keeps its full JSON. */
public record Corridor(String id, String name, String description, List<String> featureIds,
    List<String> tradeSeries, JsonNode raw) {
  public Corridor {
    featureIds = List.copyOf(featureIds);
    tradeSeries = List.copyOf(tradeSeries);
  }
}
