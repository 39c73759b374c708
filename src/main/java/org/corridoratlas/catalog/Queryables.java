package org.corridoratlas.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corridoratlas.geodata.Feature;

/** Derives a layer's queryables from the properties its features actually carry. */
final class Queryables {
  /** Free text, nested objects and the timeline are not equality-filterable (status is, specially). */
  private static final Set<String> NOT_QUERYABLE = Set.of("names", "aliases", "status", "sources",
      "description", "confidenceNote");

  private Queryables() {}

  static List<Queryable> of(List<Feature> features) {
    Map<String, Queryable> found = new LinkedHashMap<>();
    found.put("name", new Queryable("name", "string", false));
    found.put("status", new Queryable("status", "string", false));
    for (Feature f : features) {
      Iterator<Map.Entry<String, JsonNode>> fields = f.properties().fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> e = fields.next();
        if (NOT_QUERYABLE.contains(e.getKey())) {
          continue;
        }
        String key = e.getKey();
        // A property with mixed types across features (gauge: 1435 or "dual") is declared as a string.
        typeOf(e.getValue()).ifPresent(q -> found.merge(key, new Queryable(key, q.type(), q.list()),
            (a, b) -> a.type().equals(b.type()) ? a : new Queryable(key, "string", a.list() || b.list())));
      }
    }
    return List.copyOf(new ArrayList<>(found.values()));
  }

  private static Optional<Queryable> typeOf(JsonNode value) {
    if (value.isArray()) {
      if (value.isEmpty()) {
        return Optional.empty();
      }
      return scalarType(value.get(0)).map(t -> new Queryable("", t, true));
    }
    return scalarType(value).map(t -> new Queryable("", t, false));
  }

  private static Optional<String> scalarType(JsonNode v) {
    if (v.isTextual()) {
      return Optional.of("string");
    }
    if (v.isIntegralNumber()) {
      return Optional.of("integer");
    }
    if (v.isNumber()) {
      return Optional.of("number");
    }
    if (v.isBoolean()) {
      return Optional.of("boolean");
    }
    return Optional.empty();
  }
}
