package org.corridoratlas.geodata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * One curated feature, immutable after load. {@code properties} is the feature's properties object exactly as
 * the geodata holds it (layer-specific fields included), for writers and property filters.
 */
public record Feature(
    String id,
    String layer,
    Geometry geometry,
    String name,
    Map<String, String> names,
    List<String> aliases,
    StatusTimeline status,
    List<Source> sources,
    Confidence confidence,
    String confidenceNote,
    String description,
    JsonNode properties) {

  public Feature {
    // In the data file's order, not Map.copyOf's per-process order: pages list the names, and replicas must agree.
    names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    aliases = List.copyOf(aliases);
    sources = List.copyOf(sources);
  }

  /** A text property, e.g. {@code country} or {@code gauge}; numbers are given as their text. */
  public Optional<String> text(String key) {
    JsonNode node = properties.get(key);
    return node == null || node.isNull() || node.isContainerNode() ? Optional.empty() : Optional.of(node.asText());
  }

  /** A list property, e.g. {@code countries} or {@code modes}; a single value reads as a list of one. */
  public List<String> texts(String key) {
    JsonNode node = properties.get(key);
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else {
      out.add(node.asText());
    }
    return out;
  }

  /** The name a reader of {@code lang} sees: in that language where the data gives it, else in English. */
  public String nameIn(String lang) {
    return names.getOrDefault(lang, name);
  }

  /** Every name a person might type for this feature: English, native scripts and aliases. */
  public List<String> allNames() {
    List<String> all = new ArrayList<>();
    all.add(name);
    all.addAll(names.values());
    all.addAll(aliases);
    return all;
  }
}
