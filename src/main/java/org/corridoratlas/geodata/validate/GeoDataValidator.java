package org.corridoratlas.geodata.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.corridoratlas.geo.Geodesy;
import org.corridoratlas.geodata.Confidence;
import org.corridoratlas.geodata.Corridor;
import org.corridoratlas.geodata.DataProblem;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.GeoData;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.geodata.PartialDate;
import org.corridoratlas.geodata.Schematic;
import org.corridoratlas.geodata.Source;
import org.corridoratlas.geodata.StatusPeriod;
import org.corridoratlas.geodata.Xml;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The rules of geodata/SCHEMA.md that are not mere structure: ids, timelines, sources, layer fields,
 * positions against the Natural Earth boundary, and the topology the network builder relies on.
 */
public final class GeoDataValidator {
  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  static final Set<String> COUNTRIES = Set.of("CHN", "PRK", "RUS", "KOR");
  static final Set<String> SCRIPTS = Set.of("ko", "zh", "ru");
  static final Set<String> ARTICLES = Set.of("S0", "S1", "S2", "S3", "S4");
  static final Envelope REGION = new Envelope(110, 145, 28, 55);
  static final double CROSSING_TO_BOUNDARY_METERS = 1500;
  static final double CROSSING_TO_LINE_METERS = 50;
  static final double PORT_LINK_METERS = 3000;
  static final double WPI_DISAGREE_KM = 2;
  /** The layers whose current status must say when a source last confirmed it. */
  static final Set<LayerKind> CONFIRMED_REQUIRED = Set.of(LayerKind.CROSSINGS, LayerKind.PORTS, LayerKind.RAILWAYS,
      LayerKind.ROADS);

  private final GeoData data;
  private final List<DataProblem> problems = new ArrayList<>();
  private final Map<String, Feature> byId = new HashMap<>();

  private GeoDataValidator(GeoData data) {
    this.data = data;
  }

  /** Every problem found, sorted by file, feature and field. */
  public static List<DataProblem> validate(GeoData data) {
    GeoDataValidator validator = new GeoDataValidator(data);
    validator.run();
    return validator.problems.stream().sorted().toList();
  }

  private void run() {
    for (LayerKind kind : LayerKind.values()) {
      List<Feature> features = data.layer(kind);
      if (features.size() < kind.minimumCount()) {
        problem(kind, "-", "features", "has " + features.size() + " features, at least "
            + kind.minimumCount() + " expected");
      }
      for (Feature f : features) {
        if (byId.putIfAbsent(f.id(), f) != null) {
          problem(kind, f.id(), "id", "used by another feature too (ids are unique across layers)");
        }
      }
    }
    Boundaries boundaries = Boundaries.from(data.basemap().get("boundaries"));
    for (LayerKind kind : LayerKind.values()) {
      for (Feature f : data.layer(kind)) {
        checkCommon(kind, f);
        checkLayer(kind, f, boundaries);
      }
    }
    new LineTopology(this::problem).check(LayerKind.RAILWAYS, data.layer(LayerKind.RAILWAYS));
    new LineTopology(this::problem).check(LayerKind.ROADS, data.layer(LayerKind.ROADS));
    checkAlignment();
    checkCorridors();
    checkTrade();
  }

  /**
   * A line may stray over the coarse Natural Earth boundary or coast by a few hundred metres, not cut a river bend
   * or a bay by kilometres; and a line still drawn with long straight chords may only claim low confidence.
   */
  private void checkAlignment() {
    for (Alignment.Stray stray : Alignment.strays(data)) {
      if (stray.meters() > Alignment.STRAY_LIMIT_METERS && !Alignment.gapDeclared(byId.get(stray.featureId()))) {
        problem(stray.kind(), stray.featureId(), "geometry", String.format(Locale.ROOT,
            "runs %.1f km into %s at %.4f,%.4f, away from any crossing (a chord cutting a river bend or a bay: add "
                + "the sourced places it passes, or, with confidence low, say in alignmentGap why none can be)",
            stray.meters() / 1000, stray.intoCountry(), stray.deepest().x,
            stray.deepest().y));
      }
    }
    for (LayerKind kind : Alignment.LINE_LAYERS) {
      for (Feature f : data.layer(kind)) {
        double longest = Alignment.longestSegmentMeters(f);
        if (longest > Schematic.CHORD_METERS && f.confidence() != null && f.confidence() != Confidence.LOW) {
          problem(kind, f.id(), "confidence", String.format(Locale.ROOT,
              "%s while a straight segment of %.0f km remains: densify it from sources, or say low",
              f.confidence().wireName(), longest / 1000));
        }
      }
    }
  }

  private void checkCommon(LayerKind kind, Feature f) {
    if (!ID.matcher(f.id()).matches()) {
      problem(kind, f.id(), "id", "must be a lower-case slug like crossing-tumen-namyang");
    } else if (!f.id().startsWith(kind.idPrefix() + "-")) {
      problem(kind, f.id(), "id", "must start with \"" + kind.idPrefix() + "-\" in this layer");
    }
    if (f.name().isBlank()) {
      problem(kind, f.id(), "name", "missing");
    }
    checkNames("layers/" + kind.fileName(), f.id(), f.names());
    if (f.description().isBlank()) {
      problem(kind, f.id(), "description", "missing");
    }
    if (f.confidence() != Confidence.HIGH && f.confidenceNote().isBlank()) {
      problem(kind, f.id(), "confidenceNote", "required when confidence is " + f.confidence().wireName());
    }
    checkSources(kind, f);
    checkTimeline(kind, f);
    checkGeometry(kind, f);
    checkCharacters(kind, f.id(), "properties", f.properties());
  }

  /**
   * Every text of a feature must be XML-safe text: control characters (other than tab and line breaks) are
   * invisible in the app and make the KML and GPX exports ill-formed.
   */
  private void checkCharacters(LayerKind kind, String id, String field, JsonNode node) {
    if (node.isTextual()) {
      String text = node.asText();
      for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
        int c = text.codePointAt(i);
        if (!Xml.allowed(c) || c == 0x7F) {
          problem(kind, id, field, String.format(Locale.ROOT, "holds the control character U+%04X", c));
          break;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkCharacters(kind, id, field + "[" + i + "]", node.get(i));
      }
    } else if (node.isObject()) {
      node.fields().forEachRemaining(e -> checkCharacters(kind, id, field.equals("properties") ? e.getKey()
          : field + "." + e.getKey(), e.getValue()));
    }
  }

  private void checkSources(LayerKind kind, Feature f) {
    if (f.sources().isEmpty()) {
      problem(kind, f.id(), "sources", "at least one source is required");
    }
    for (int i = 0; i < f.sources().size(); i++) {
      Source s = f.sources().get(i);
      String field = "sources[" + i + "]";
      if (blank(s.title())) {
        problem(kind, f.id(), field + ".title", "missing");
      }
      if (blank(s.publisher())) {
        problem(kind, f.id(), field + ".publisher", "missing");
      }
      if (blank(s.date()) || PartialDate.firstDay(s.date()).isEmpty()) {
        problem(kind, f.id(), field + ".date", "not an ISO date: " + quoted(s.date()));
      }
      if (s.url() != null && !URL.matcher(s.url()).matches()) {
        problem(kind, f.id(), field + ".url", "not an http(s) URL: " + quoted(s.url()));
      }
      if (s.article() != null && !ARTICLES.contains(s.article())) {
        problem(kind, f.id(), field + ".article", "must be one of S0..S4, was " + quoted(s.article()));
      }
    }
  }

  private void checkTimeline(LayerKind kind, Feature f) {
    List<StatusPeriod> periods = f.status().periods();
    if (periods.isEmpty() && f.properties().path("status").size() == 0) {
      problem(kind, f.id(), "status", "the timeline needs at least one period");
    }
    StatusPeriod previous = null;
    for (int i = 0; i < periods.size(); i++) {
      StatusPeriod p = periods.get(i);
      String field = "status[" + i + "]";
      if (p.from() != null && p.to() != null && p.to().isBefore(p.from())) {
        problem(kind, f.id(), field + ".to", "ends before it starts");
      }
      // A period may start within the day, month or year in which the one before it ends ("to": "1950-11",
      // then "from": "1950-11"), not earlier.
      if (previous != null) {
        LocalDate previousEnd = previous.to() == null ? null
            : PartialDate.firstDay(f.properties().path("status").get(i - 1).path("to").asText()).orElse(null);
        if (previousEnd == null || p.from() == null || p.from().isBefore(previousEnd)) {
          problem(kind, f.id(), field + ".from", "overlaps or precedes the period before it");
        }
      }
      for (int ref : p.sources()) {
        if (ref < 0 || ref >= f.sources().size()) {
          problem(kind, f.id(), field + ".sources", "index " + ref + " is not one of the feature's sources");
        }
      }
      previous = p;
    }
    checkConfirmed(kind, f, periods);
  }

  /**
   * The current period says when a source last confirmed it: a date (YYYY, YYYY-MM, YYYY-MM-DD) not after today and
   * not before the period began; earlier periods are history and carry none.
   */
  private void checkConfirmed(LayerKind kind, Feature f, List<StatusPeriod> periods) {
    for (int i = 0; i < periods.size(); i++) {
      StatusPeriod p = periods.get(i);
      String field = "status[" + i + "].confirmed";
      boolean last = i == periods.size() - 1;
      if (p.confirmed() == null) {
        if (last && CONFIRMED_REQUIRED.contains(kind)) {
          problem(kind, f.id(), field, "missing: the current status needs the date of the newest source that "
              + "confirms it (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        continue;
      }
      if (!last) {
        problem(kind, f.id(), field, "only the current (last) period says when it was last confirmed");
        continue;
      }
      LocalDate first = PartialDate.firstDay(p.confirmed()).orElse(null);
      if (first == null) {
        problem(kind, f.id(), field, "not a date (YYYY, YYYY-MM or YYYY-MM-DD): " + quoted(p.confirmed()));
      } else if (first.isAfter(LocalDate.now(ZoneOffset.UTC))) {
        problem(kind, f.id(), field, "is after today: " + quoted(p.confirmed()));
      } else if (p.from() != null && PartialDate.lastDay(p.confirmed()).orElseThrow().isBefore(p.from())) {
        problem(kind, f.id(), field, "is before the period starts (" + p.from() + "): " + quoted(p.confirmed()));
      }
    }
  }

  private void checkGeometry(LayerKind kind, Feature f) {
    Geometry g = f.geometry();
    if (!kind.geometryTypes().contains(g.getGeometryType())) {
      problem(kind, f.id(), "geometry.type", g.getGeometryType() + " not allowed here; expected one of "
          + kind.geometryTypes());
      return;
    }
    for (Coordinate c : g.getCoordinates()) {
      if (!REGION.contains(c)) {
        problem(kind, f.id(), "geometry.coordinates", "point " + c.x + "," + c.y
            + " is outside the atlas region (lon 110..145, lat 28..55): lon/lat swapped?");
        return;
      }
    }
    if (!g.isValid()) {
      problem(kind, f.id(), "geometry", "not a valid " + g.getGeometryType() + " (self-intersection?)");
    }
  }

  private void checkLayer(LayerKind kind, Feature f, Boundaries boundaries) {
    switch (kind) {
      case CROSSINGS -> checkCrossing(f, boundaries);
      case RAILWAYS -> {
        oneOf(kind, f, "gauge", Set.of("1435", "1520", "dual"));
        country(kind, f, "country");
        if (!f.properties().path("electrified").isBoolean()) {
          problem(kind, f.id(), "electrified", "must be true or false");
        }
      }
      case ROADS -> {
        oneOf(kind, f, "class", Set.of("expressway", "trunk", "primary", "secondary"));
        country(kind, f, "country");
      }
      case PORTS -> {
        country(kind, f, "country");
        oneOf(kind, f, "kind", Set.of("sea", "river"));
        if (!f.properties().path("railConnected").isBoolean()) {
          problem(kind, f.id(), "railConnected", "must be true or false");
        }
        checkWorldPortIndex(f);
      }
      case MINES -> {
        if (f.texts("minerals").isEmpty()) {
          problem(kind, f.id(), "minerals", "list at least one mineral");
        }
        required(kind, f, "province");
      }
      case FACILITIES -> {
        oneOf(kind, f, "kind", Set.of("quarantine", "customs", "logistics", "refinery", "airfield"));
        country(kind, f, "country");
      }
      case ZONES -> {
        required(kind, f, "kind");
        country(kind, f, "country");
        oneOf(kind, f, "boundaryConfidence", Set.of("high", "medium", "low"));
      }
      case PIPELINES -> {
        oneOf(kind, f, "product", Set.of("crude", "gas", "products"));
        if (f.texts("countries").isEmpty() || !COUNTRIES.containsAll(f.texts("countries"))) {
          problem(kind, f.id(), "countries", "list the ISO3 codes of the countries it runs through");
        }
      }
      case SEA_LANES -> checkSeaLane(f);
      case EVENTS -> {
        if (PartialDate.firstDay(f.text("date").orElse(null)).isEmpty()) {
          problem(kind, f.id(), "date", "not an ISO date: " + quoted(f.text("date").orElse(null)));
        }
        required(kind, f, "kind");
        for (String related : f.texts("relatedFeatures")) {
          if (!byId.containsKey(related)) {
            problem(kind, f.id(), "relatedFeatures", "unknown feature id " + quoted(related));
          }
        }
      }
      case STATIONS -> {
        country(kind, f, "country");
        StationRules.check(kind, f, byId, this::problem);
      }
      default -> { }
    }
  }

  /**
   * The World Port Index figures of a port are cited (a source "World Port Index (Pub. 150), entry N"), and where the
   * index's position is over 2 km from the atlas point, the confidence note says which of the two is right.
   */
  private void checkWorldPortIndex(Feature f) {
    JsonNode number = f.properties().path("wpiNumber");
    if (number.isMissingNode()) {
      return;
    }
    String entry = "World Port Index (Pub. 150), entry " + number.asText();
    if (f.sources().stream().noneMatch(s -> s.title() != null && s.title().startsWith(entry))) {
      problem(LayerKind.PORTS, f.id(), "wpiNumber", "the index figures need their source \"" + entry + " …\"");
    }
    double km = f.properties().path("wpiDistanceKm").asDouble(0);
    if (km > WPI_DISAGREE_KM && !f.confidenceNote().contains("World Port Index")) {
      problem(LayerKind.PORTS, f.id(), "confidenceNote", String.format(Locale.ROOT, "the World Port Index position "
          + "is %.1f km away: say which one is right (\"World Port Index: …\")", km));
    }
  }

  private void checkCrossing(Feature f, Boundaries boundaries) {
    LayerKind kind = LayerKind.CROSSINGS;
    List<String> countries = f.texts("countries");
    if (countries.size() != 2 || !COUNTRIES.containsAll(countries) || countries.get(0).equals(countries.get(1))) {
      problem(kind, f.id(), "countries", "must be two different ISO3 codes of CHN, PRK, RUS, KOR");
      return;
    }
    List<String> modes = f.texts("modes");
    if (modes.isEmpty() || !Set.of("rail", "road", "pipeline", "pedestrian").containsAll(modes)) {
      problem(kind, f.id(), "modes", "must list some of rail, road, pipeline, pedestrian");
    }
    for (String gauge : f.texts("gauges")) {
      if (!Set.of("1435", "1520").contains(gauge)) {
        problem(kind, f.id(), "gauges", "unknown gauge " + gauge + " (1435 or 1520)");
      }
    }
    Coordinate at = f.geometry().getCoordinate();
    double meters = boundaries.metersTo(countries.get(0), countries.get(1), at);
    if (meters > CROSSING_TO_BOUNDARY_METERS
        && (f.confidence() == Confidence.HIGH || f.confidenceNote().isBlank())) {
      problem(kind, f.id(), "geometry", Math.round(meters) + " m from the Natural Earth " + countries.get(0)
          + "–" + countries.get(1) + " boundary (1500 m at most unless confidenceNote says why)");
    }
    checkCrossingOnLines(f, modes, "rail", LayerKind.RAILWAYS, countries);
    checkCrossingOnLines(f, modes, "road", LayerKind.ROADS, countries);
  }

  /** A crossing of a mode that exists today must be where that mode's lines of both countries meet. */
  private void checkCrossingOnLines(Feature f, List<String> modes, String mode, LayerKind lines,
      List<String> countries) {
    if (!modes.contains(mode) || !f.status().existsDuring(null, null)) {
      return;
    }
    boolean anyExisting = f.status().periods().stream().anyMatch(p -> p.status().usable());
    if (!anyExisting) {
      return;
    }
    Coordinate at = f.geometry().getCoordinate();
    for (String country : countries) {
      List<Feature> ofCountry = data.layer(lines).stream()
          .filter(l -> country.equals(l.text("country").orElse(""))).toList();
      if (nearestVertexMeters(at, ofCountry) > CROSSING_TO_LINE_METERS) {
        problem(LayerKind.CROSSINGS, f.id(), "geometry", "no " + lines.id() + " vertex of " + country
            + " within " + (int) CROSSING_TO_LINE_METERS + " m: the " + mode + " crossing joins no line there");
      }
    }
  }

  private void checkSeaLane(Feature f) {
    LayerKind kind = LayerKind.SEA_LANES;
    List<String> ports = f.texts("ports");
    if (ports.size() != 2) {
      problem(kind, f.id(), "ports", "must name the two ports it joins");
      return;
    }
    Coordinate[] line = f.geometry().getCoordinates();
    for (String portId : ports) {
      Feature port = byId.get(portId);
      if (port == null || !port.layer().equals(LayerKind.PORTS.id())) {
        problem(kind, f.id(), "ports", "unknown port id " + quoted(portId));
        continue;
      }
      Coordinate p = port.geometry().getCoordinate();
      double toEnd = Math.min(Geodesy.metersBetween(p, line[0]), Geodesy.metersBetween(p, line[line.length - 1]));
      if (toEnd > PORT_LINK_METERS) {
        problem(kind, f.id(), "geometry", "neither end lies within 3000 m of " + portId + " ("
            + Math.round(toEnd) + " m)");
      }
    }
  }

  private void checkCorridors() {
    Set<String> series = new HashSet<>();
    data.trade().path("series").forEach(s -> series.add(s.path("id").asText()));
    Set<String> seen = new HashSet<>();
    for (Corridor c : data.corridors()) {
      String id = c.id() == null ? "-" : c.id();
      if (c.id() == null || !ID.matcher(c.id()).matches() || !seen.add(c.id())) {
        problem("corridors.json", id, "id", "missing, not a slug, or repeated");
      }
      if (blank(c.name())) {
        problem("corridors.json", id, "name", "missing");
      }
      checkNames("corridors.json", id, c.names());
      if (c.featureIds().size() < 2) {
        problem("corridors.json", id, "features", "a corridor chains at least two features");
      }
      for (String featureId : c.featureIds()) {
        if (!byId.containsKey(featureId)) {
          problem("corridors.json", id, "features", "unknown feature id " + quoted(featureId));
        }
      }
      for (String s : c.tradeSeries()) {
        if (!series.contains(s)) {
          problem("corridors.json", id, "trade", "unknown trade series " + quoted(s));
        }
      }
    }
  }

  /** A feature's or corridor's names in other scripts: keyed ko, zh or ru, none blank. */
  private void checkNames(String file, String id, Map<String, String> names) {
    names.forEach((script, text) -> {
      if (!SCRIPTS.contains(script)) {
        problem(file, id, "names." + script, "unknown script key (ko, zh or ru)");
      } else if (text.isBlank()) {
        problem(file, id, "names." + script, "is blank");
      }
    });
  }

  private void checkTrade() {
    for (JsonNode s : data.trade().path("series")) {
      String id = s.path("id").asText("-");
      int i = 0;
      for (JsonNode v : s.path("values")) {
        String field = "values[" + i++ + "]";
        if (!v.path("value").isNumber()) {
          problem("trade.json", id, field + ".value", "must be a number");
        }
        if (v.path("period").asText().isBlank()) {
          problem("trade.json", id, field + ".period", "missing");
        }
        if (v.path("sources").size() == 0) {
          problem("trade.json", id, field + ".sources", "every value needs a source");
        }
      }
    }
  }

  static double nearestVertexMeters(Coordinate at, List<Feature> lines) {
    double best = Double.POSITIVE_INFINITY;
    for (Feature line : lines) {
      if (!line.geometry().getEnvelopeInternal().intersects(new Envelope(at.x - 0.1, at.x + 0.1, at.y - 0.1,
          at.y + 0.1))) {
        continue;
      }
      for (Coordinate c : line.geometry().getCoordinates()) {
        best = Math.min(best, Geodesy.metersBetween(at, c));
      }
    }
    return best;
  }

  private void required(LayerKind kind, Feature f, String field) {
    if (f.text(field).map(String::isBlank).orElse(true)) {
      problem(kind, f.id(), field, "missing");
    }
  }

  private void country(LayerKind kind, Feature f, String field) {
    oneOf(kind, f, field, COUNTRIES);
  }

  private void oneOf(LayerKind kind, Feature f, String field, Set<String> allowed) {
    String value = f.text(field).orElse(null);
    if (value == null || !allowed.contains(value)) {
      problem(kind, f.id(), field, "must be one of " + allowed.stream().sorted().toList() + ", was "
          + quoted(value));
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String quoted(String s) {
    return s == null ? "nothing" : "\"" + s + "\"";
  }

  private void problem(LayerKind kind, String id, String field, String message) {
    problems.add(new DataProblem("layers/" + kind.fileName(), id, field, message));
  }

  private void problem(String file, String id, String field, String message) {
    problems.add(new DataProblem(file, id, field, message));
  }
}
