package org.corridoratlas.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The routing cost model, read from {@code geodata/cost-model.json} (documented key by key in its
 * {@code _comment} fields). Every speed, dwell and handling time the router uses comes from here.
 */
public record CostModel(JsonNode json) {
  public CostModel {
    if (json == null || !json.isObject()) {
      throw new IllegalArgumentException("cost-model.json is missing or not a JSON object");
    }
  }

  /** Freight train speed on a line of that gauge in that country. */
  public double railSpeedKmh(String gauge, String country) {
    return byCountry("railSpeedKmhByCountry", country).orElseGet(() -> required("railSpeedKmh", gauge));
  }

  /** Truck speed on a road of that class in that country. */
  public double roadSpeedKmh(String roadClass, String country) {
    return byCountry("roadSpeedKmhByCountry", country).orElseGet(() -> required("roadSpeedKmh", roadClass));
  }

  public double seaSpeedKmh() {
    return required("seaSpeedKmh", "default");
  }

  public double pipelineSpeedKmh() {
    return required("pipelineSpeedKmh", "default");
  }

  public double accessSpeedKmh() {
    return required("accessSpeedKmh", "default");
  }

  /** Border dwell at one crossing for one mode: the crossing's own entry if any, else the default. */
  public double borderDwellHours(String crossingId, String mode) {
    JsonNode own = json.path("borderDwellHours").path(crossingId).path(mode);
    return own.isNumber() ? own.asDouble() : required("borderDwellHours", "default", mode);
  }

  public double gaugeBreakHours() {
    return required("gaugeBreakHours", "default");
  }

  /** Handling time of a transfer: railPort, roadPort, seaPort or roadRail. */
  public double transferHours(String kind) {
    return required("transferHours", kind);
  }

  /** Search radius of a link the network builder adds: port, roadRail, snap or crossing. */
  public double linkMeters(String kind) {
    return required("linkMeters", kind);
  }

  private Optional<Double> byCountry(String table, String country) {
    JsonNode value = country == null ? null : json.path(table).get(country);
    return value != null && value.isNumber() ? Optional.of(value.asDouble()) : Optional.empty();
  }

  private double required(String... path) {
    JsonNode node = json;
    for (String key : path) {
      node = node.path(key);
    }
    if (!node.isNumber()) {
      JsonNode fallback = json.path(path[0]).path("default");
      if (path.length == 2 && fallback.isNumber()) {
        return fallback.asDouble();
      }
      throw new IllegalArgumentException("cost-model.json: " + String.join(".", path) + " is missing or not a number");
    }
    return node.asDouble();
  }
}
