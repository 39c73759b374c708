package org.corridoratlas.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the encoding of an answer: the {@code f} parameter when given, else the best of the {@code Accept}
 * header that the endpoint offers, else JSON. An Accept header that allows nothing offered gets 406.
 */
public final class Negotiation {
  public enum Format {
    JSON, HTML, CSV, KML;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final Map<String, Format> BY_F = Map.of("json", Format.JSON, "geojson", Format.JSON,
      "html", Format.HTML, "csv", Format.CSV, "kml", Format.KML);
  private static final Map<String, Format> BY_MEDIA_TYPE = Map.of(
      "application/json", Format.JSON, "application/geo+json", Format.JSON,
      "application/vnd.oai.openapi+json", Format.JSON, "application/schema+json", Format.JSON,
      "text/html", Format.HTML, "application/xhtml+xml", Format.HTML,
      "text/csv", Format.CSV, "application/vnd.google-earth.kml+xml", Format.KML);

  private Negotiation() {}

  public static Format choose(Context ctx, QueryParams params, Set<Format> offered) {
    Optional<String> f = params.string("f");
    if (f.isPresent()) {
      Format format = BY_F.get(f.get().toLowerCase(Locale.ROOT));
      if (format == null || !offered.contains(format)) {
        throw new BadParameter("f", "must be one of " + offered.stream().map(Format::key).sorted().toList()
            + ", was " + QueryParams.quote(f.get()));
      }
      return format;
    }
    return choose(ctx.header("Accept"), offered);
  }

  /** The best of the Accept header that is offered (JSON without one); 406 when it allows nothing offered. */
  public static Format choose(String accept, Set<Format> offered) {
    if (accept == null || accept.isBlank()) {
      return Format.JSON;
    }
    record Range(String type, double q, int order) {}
    List<Range> ranges = new ArrayList<>();
    String[] items = accept.split(",");
    for (int i = 0; i < items.length && i < 50; i++) {
      String[] parts = items[i].trim().split(";");
      double q = 1;
      for (int j = 1; j < parts.length; j++) {
        String p = parts[j].trim();
        if (p.startsWith("q=")) {
          try {
            q = Double.parseDouble(p.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      ranges.add(new Range(parts[0].trim().toLowerCase(Locale.ROOT), q, i));
    }
    ranges.sort(Comparator.comparingDouble((Range r) -> -r.q()).thenComparingInt(Range::order));
    for (Range r : ranges) {
      if (r.q() <= 0) {
        continue;
      }
      if (r.type().equals("*/*") || r.type().equals("application/*")) {
        return offered.contains(Format.JSON) ? Format.JSON : offered.iterator().next();
      }
      Format format = BY_MEDIA_TYPE.get(r.type());
      if (format != null && offered.contains(format)) {
        return format;
      }
      if (r.type().equals("text/*")) {
        if (offered.contains(Format.HTML)) {
          return Format.HTML;
        }
        if (offered.contains(Format.CSV)) {
          return Format.CSV;
        }
      }
    }
    throw new HttpResponseException(406, "None of the media types in Accept is offered here; this resource "
        + "is available as " + offered.stream().map(Format::key).sorted().toList() + " (or use ?f=).");
  }
}
