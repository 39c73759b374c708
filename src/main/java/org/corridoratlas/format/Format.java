package org.corridoratlas.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one registry of output formats: each knows the {@code f} values that ask for it, its file extension, its media
 * type and the media types an Accept header may name it by. Content negotiation, links, Content-Disposition file
 * names and the OpenAPI {@code f} enum all read it; nothing else lists formats. A resource offers a set of them;
 * JSON documents and GeoJSON features share the {@code f=json} key and are never offered together.
 */
public enum Format {
  /** JSON documents: landing page, conformance, collections, schemas. */
  JSON(List.of("json"), "json", "application/json", false, false, "application/json", "application/geo+json",
      "application/vnd.oai.openapi+json", "application/schema+json"),
  /** Features and routes as GeoJSON. */
  GEOJSON(List.of("json", "geojson"), "geojson", "application/geo+json", false, false, "application/json",
      "application/geo+json", "application/vnd.oai.openapi+json", "application/schema+json"),
  HTML(List.of("html"), "html", "text/html", true, false, "text/html", "application/xhtml+xml"),
  /** Spreadsheets; a layer's items come as a file. */
  CSV(List.of("csv"), "csv", "text/csv", true, true, "text/csv"),
  /** Google Earth; a layer's items come as a file. */
  KML(List.of("kml"), "kml", "application/vnd.google-earth.kml+xml", false, true,
      "application/vnd.google-earth.kml+xml"),
  /** GPS devices and apps (routes only). */
  GPX(List.of("gpx"), "gpx", "application/gpx+xml", false, false, "application/gpx+xml");

  private final List<String> keys;
  private final String extension;
  private final String mediaType;
  private final boolean text;
  private final boolean download;
  private final List<String> accepted;

  Format(List<String> keys, String extension, String mediaType, boolean text, boolean download,
      String... accepted) {
    this.keys = keys;
    this.extension = extension;
    this.mediaType = mediaType;
    this.text = text;
    this.download = download;
    this.accepted = List.of(accepted);
  }

  /** The {@code f} value that asks for this format (and names it in cache keys). */
  public String key() {
    return keys.get(0);
  }

  /** Every {@code f} value that asks for this format. */
  public List<String> keys() {
    return keys;
  }

  public String extension() {
    return extension;
  }

  /** The bare media type, as links name it. */
  public String mediaType() {
    return mediaType;
  }

  /** The Content-Type of an answer: text formats say they are UTF-8. */
  public String contentType() {
    return text ? mediaType + "; charset=utf-8" : mediaType;
  }

  /** True when a whole collection in this format is a file to save rather than a page to show. */
  public boolean download() {
    return download;
  }

  /** The file name of {@code base} in this format, e.g. {@code railways.csv}. */
  public String fileName(String base) {
    return base + "." + extension;
  }

  /** The offered format that {@code f} asks for. */
  public static Optional<Format> byKey(String f, Set<Format> offered) {
    String key = f.toLowerCase(Locale.ROOT);
    return offered.stream().sorted().filter(format -> format.keys.contains(key)).findFirst();
  }

  /**
   * The offered format one media range of an Accept header names: an exact type, or with {@code type/*} (and
   * {@code * /*}) the first offered format of that type in the order of this enum.
   */
  public static Optional<Format> byMediaRange(String range, Set<Format> offered) {
    String r = range.toLowerCase(Locale.ROOT);
    if (r.equals("*/*")) {
      return offered.stream().sorted().findFirst();
    }
    if (r.endsWith("/*")) {
      String type = r.substring(0, r.length() - 1);
      return offered.stream().sorted().filter(format -> format.accepted.stream().anyMatch(a -> a.startsWith(type)))
          .findFirst();
    }
    return offered.stream().sorted().filter(format -> format.accepted.contains(r)).findFirst();
  }

  /** The {@code f} values of the offered formats, as the OpenAPI document lists them. */
  public static List<String> keys(Set<Format> offered) {
    List<String> out = new ArrayList<>();
    offered.stream().sorted().forEach(format -> format.keys.stream().filter(k -> !out.contains(k)).forEach(out::add));
    return out;
  }
}
