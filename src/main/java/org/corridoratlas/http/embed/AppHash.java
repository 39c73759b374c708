package org.corridoratlas.http.embed;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corridoratlas.render.MapFrame;

/**
 * Reads the web app's URL hash (web/state.js: {@code #map=z/lat/lon&layers=..&asOf=..&feature=..&corridor=..
 * &route=from,to&via=..}) as embed parameters, so that oEmbed can answer for a link to the app itself.
 */
final class AppHash {
  private AppHash() {}

  static Map<String, List<String>> embedQuery(String fragment) {
    Map<String, String> hash = new LinkedHashMap<>();
    for (String pair : fragment == null ? new String[0] : fragment.split("&")) {
      int at = pair.indexOf('=');
      if (at > 0) {
        hash.put(pair.substring(0, at), pair.substring(at + 1));
      }
    }
    Map<String, List<String>> query = new LinkedHashMap<>();
    copy(hash, "corridor", query, "corridor");
    copy(hash, "feature", query, "feature");
    copy(hash, "asOf", query, "asOf");
    copy(hash, "via", query, "via");
    if (hash.containsKey("layers")) {
      query.put("layers", List.of(decode(hash.get("layers"))));
    }
    String[] ends = hash.getOrDefault("route", "").split(",");
    if (ends.length == 2) {
      query.put("from", List.of(decode(ends[0])));
      query.put("to", List.of(decode(ends[1])));
    }
    boolean subject = query.containsKey("corridor") || query.containsKey("feature") || query.containsKey("from");
    if (!subject && hash.containsKey("map")) {
      bbox(hash.get("map")).ifPresent(b -> query.put("bbox", List.of(b)));
    }
    return query;
  }

  /** The box a default-sized embed shows around the app's centre at the app's zoom. */
  private static Optional<String> bbox(String view) {
    String[] parts = view.split("/");
    try {
      double zoom = Double.parseDouble(parts[0]);
      double lat = Double.parseDouble(parts[1]);
      double lon = Double.parseDouble(parts[2]);
      if (parts.length != 3 || zoom < 0 || zoom > 20 || Math.abs(lat) > 80 || Math.abs(lon) > 180) {
        return Optional.empty();
      }
      double pixelsPerDegree = 256 * Math.pow(2, zoom) / 360;
      double halfX = EmbedParams.DEFAULT_WIDTH_PX / 2.0 / pixelsPerDegree;
      double halfY = EmbedParams.DEFAULT_HEIGHT_PX / 2.0 / pixelsPerDegree;
      double y = MapFrame.mercatorY(lat);
      return Optional.of(String.format(Locale.ROOT, "%.4f,%.4f,%.4f,%.4f",
          Math.max(-180, lon - halfX), Math.max(-85, MapFrame.latitudeOf(y - halfY)),
          Math.min(180, lon + halfX), Math.min(85, MapFrame.latitudeOf(y + halfY))));
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  private static void copy(Map<String, String> hash, String key, Map<String, List<String>> query, String name) {
    String value = hash.get(key);
    if (value != null && !value.isEmpty()) {
      query.put(name, List.of(decode(value)));
    }
  }

  private static String decode(String value) {
    return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
