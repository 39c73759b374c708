package org.corridoratlas.geodata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Reads the geodata folder into immutable {@link Feature}s. Structural problems (bad JSON, missing or mistyped
 * fields) are collected, never thrown, so that one run reports all of them; the validator adds the rest.
 */
public final class GeoDataLoader {
  public static final String[] BASEMAP = {"countries", "boundaries", "coast", "places", "rivers", "lakes", "admin1",
      "admin1-lines", "seas"};
  private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

  private final Path dir;
  private final List<DataProblem> problems = new ArrayList<>();
  private final MessageDigest digest;

  private GeoDataLoader(Path dir) {
    this.dir = dir;
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What was read, and what was wrong with it; {@code data} is usable only when there are no problems. */
  public record Result(GeoData data, List<DataProblem> problems) {
    public Result {
      problems = problems.stream().sorted().toList();
    }
  }

  public static Result load(Path dir) {
    return new GeoDataLoader(dir).read();
  }

  private Result read() {
    Map<LayerKind, List<Feature>> layers = new EnumMap<>(LayerKind.class);
    for (LayerKind kind : LayerKind.values()) {
      layers.put(kind, readLayer(kind));
    }
    JsonNode corridorsJson = readJson("corridors.json");
    List<Corridor> corridors = readCorridors(corridorsJson);
    JsonNode trade = readJson("trade.json");
    JsonNode costModel = readJson("cost-model.json");
    Map<String, JsonNode> basemap = new LinkedHashMap<>();
    for (String name : BASEMAP) {
      basemap.put(name, readJson("basemap/" + name + ".geojson"));
    }
    String version = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    return new Result(new GeoData(layers, corridors, trade, basemap, costModel, version), problems);
  }

  private JsonNode readJson(String relative) {
    Path path = dir.resolve(relative);
    if (!Files.isRegularFile(path)) {
      problem(relative, "-", "-", "file is missing");
      return MissingNode.getInstance();
    }
    try {
      byte[] bytes = Files.readAllBytes(path);
      digest.update(relative.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      digest.update(bytes);
      return Json.MAPPER.readTree(bytes);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      problem(relative, "-", "-", "not valid JSON" + where + ": " + firstLine(e.getOriginalMessage()));
      return MissingNode.getInstance();
    } catch (IOException e) {
      problem(relative, "-", "-", "not readable: " + firstLine(e.getMessage()));
      return MissingNode.getInstance();
    }
  }

  private List<Feature> readLayer(LayerKind kind) {
    String file = "layers/" + kind.fileName();
    JsonNode root = readJson(file);
    List<Feature> features = new ArrayList<>();
    if (root.isMissingNode()) {
      return features;
    }
    if (!"FeatureCollection".equals(root.path("type").asText()) || !root.path("features").isArray()) {
      problem(file, "-", "type", "not a GeoJSON FeatureCollection with a features array");
      return features;
    }
    int index = 0;
    for (JsonNode node : root.path("features")) {
      String where = "#" + index++;
      readFeature(kind, file, where, node).ifPresent(features::add);
    }
    return features;
  }

  private Optional<Feature> readFeature(LayerKind kind, String file, String where, JsonNode node) {
    JsonNode idNode = node.path("id");
    if (!idNode.isTextual() || idNode.asText().isBlank()) {
      problem(file, where, "id", "missing: every feature needs a string id");
      return Optional.empty();
    }
    String id = idNode.asText();
    FieldReader in = new FieldReader(file, id, node.path("properties"));
    if (!node.path("properties").isObject()) {
      problem(file, id, "properties", "missing or not an object");
    }
    Geometry geometry = readGeometry(file, id, node.path("geometry"));
    if (geometry == null) {
      return Optional.empty();
    }
    Map<String, String> names = new LinkedHashMap<>();
    in.node("names").fields().forEachRemaining(e -> {
      if (e.getValue().isTextual()) {
        names.put(e.getKey(), e.getValue().asText());
      } else {
        problem(file, id, "names." + e.getKey(), "must be a string");
      }
    });
    List<Source> sources = new ArrayList<>();
    JsonNode sourceNodes = in.node("sources");
    for (int i = 0; i < sourceNodes.size(); i++) {
      JsonNode s = sourceNodes.get(i);
      sources.add(new Source(text(s, "title"), text(s, "publisher"), text(s, "date"), text(s, "url"),
          text(s, "article")));
    }
    String confidenceText = in.string("confidence");
    Confidence confidence = Confidence.parse(confidenceText).orElseGet(() -> {
      problem(file, id, "confidence", "must be high, medium or low, was " + quoted(confidenceText));
      return Confidence.LOW;
    });
    return Optional.of(new Feature(id, kind.id(), geometry, in.string("name"), names, in.strings("aliases"),
        readTimeline(file, id, in.node("status")), sources, confidence, in.string("confidenceNote"),
        in.string("description"), node.path("properties")));
  }

  private Geometry readGeometry(String file, String id, JsonNode node) {
    if (!node.isObject()) {
      problem(file, id, "geometry", "missing");
      return null;
    }
    try {
      Geometry geometry = GeoJsonGeometry.read(node, GEOMETRY);
      if (geometry.isEmpty()) {
        problem(file, id, "geometry", "is empty");
        return null;
      }
      return geometry;
    } catch (RuntimeException e) {
      problem(file, id, "geometry", "not valid GeoJSON geometry: " + firstLine(e.getMessage()));
      return null;
    }
  }

  private StatusTimeline readTimeline(String file, String id, JsonNode node) {
    List<StatusPeriod> periods = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode p = node.get(i);
      String field = "status[" + i + "]";
      String statusText = text(p, "status");
      Optional<Status> status = Status.parse(statusText);
      if (status.isEmpty()) {
        problem(file, id, field + ".status", "must be one of open, restricted, closed, planned, "
            + "under-construction, abandoned, was " + quoted(statusText));
        continue;
      }
      LocalDate from = readDate(file, id, field + ".from", p.path("from"), true);
      LocalDate to = readDate(file, id, field + ".to", p.path("to"), false);
      List<Integer> refs = new ArrayList<>();
      p.path("sources").forEach(r -> refs.add(r.isInt() ? r.asInt() : -1));
      periods.add(new StatusPeriod(from, to, status.get(), text(p, "note"), refs, text(p, "confirmed")));
    }
    return new StatusTimeline(periods);
  }

  private LocalDate readDate(String file, String id, String field, JsonNode node, boolean start) {
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    Optional<LocalDate> date = start ? PartialDate.firstDay(node.asText()) : PartialDate.lastDay(node.asText());
    if (date.isEmpty()) {
      problem(file, id, field, "not a date (YYYY, YYYY-MM or YYYY-MM-DD): " + quoted(node.asText()));
    }
    return date.orElse(null);
  }

  private List<Corridor> readCorridors(JsonNode root) {
    List<Corridor> corridors = new ArrayList<>();
    for (JsonNode c : root.path("corridors")) {
      List<String> ids = new ArrayList<>();
      c.path("features").forEach(f -> ids.add(f.asText()));
      List<String> trade = new ArrayList<>();
      c.path("trade").forEach(t -> trade.add(t.asText()));
      Map<String, String> names = new LinkedHashMap<>();
      c.path("names").fields().forEachRemaining(e -> names.put(e.getKey(), e.getValue().asText()));
      corridors.add(new Corridor(text(c, "id"), text(c, "name"), names, text(c, "description"), ids, trade, c));
    }
    return corridors;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isValueNode() && !v.isNull() ? v.asText() : null;
  }

  private static String quoted(String s) {
    return s == null ? "nothing" : "\"" + s + "\"";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private void problem(String file, String id, String field, String message) {
    problems.add(new DataProblem(file, id, field, message));
  }

  /** Reads typed fields of one feature's properties, reporting each mistyped one. */
  private final class FieldReader {
    private final String file;
    private final String id;
    private final JsonNode properties;

    FieldReader(String file, String id, JsonNode properties) {
      this.file = file;
      this.id = id;
      this.properties = properties;
    }

    String string(String field) {
      JsonNode v = properties.path(field);
      if (v.isMissingNode() || v.isNull()) {
        return "";
      }
      if (!v.isTextual()) {
        problem(file, id, field, "must be a string");
        return "";
      }
      return v.asText();
    }

    List<String> strings(String field) {
      List<String> out = new ArrayList<>();
      JsonNode v = properties.path(field);
      if (v.isMissingNode() || v.isNull()) {
        return out;
      }
      if (!v.isArray()) {
        problem(file, id, field, "must be a list of strings");
        return out;
      }
      v.forEach(x -> out.add(x.asText()));
      return out;
    }

    JsonNode node(String field) {
      return properties.path(field);
    }
  }
}
