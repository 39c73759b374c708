package org.corridoratlas.geodata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A named corridor: an ordered chain of lines, crossings and ports; {@code names} holds its name in other scripts
 * (ko, zh, ru), as features' do; {@code raw} keeps its full JSON.
 */
public record Corridor(String id, String name, Map<String, String> names, String description,
    List<String> featureIds, List<String> tradeSeries, JsonNode raw) {
  public Corridor {
    names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    featureIds = List.copyOf(featureIds);
    tradeSeries = List.copyOf(tradeSeries);
  }

  /** The name a reader of {@code lang} sees: in that language where the data gives it, else in English. */
  public String nameIn(String lang) {
    return names.getOrDefault(lang, name);
  }
}
