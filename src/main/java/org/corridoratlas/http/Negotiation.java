package org.corridoratlas.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corridoratlas.config.BadParameter;
import org.corridoratlas.format.Format;

/**
 * Picks the encoding of an answer: the {@code f} parameter when given, else the best of the {@code Accept}
 * header that the endpoint offers, else its first (JSON); formats and their media types come from {@link Format}.
 * An Accept header that allows nothing offered gets 406.
 */
public final class Negotiation {
  private Negotiation() {}

  public static Format choose(Context ctx, QueryParams params, Set<Format> offered) {
    return choose(params, ctx.header("Accept"), offered);
  }

  /** The format {@code f} names, else the best of {@code accept}. */
  public static Format choose(QueryParams params, String accept, Set<Format> offered) {
    return requested(params, offered).orElseGet(() -> choose(accept, offered));
  }

  /** The offered format the {@code f} parameter names, empty without one; a 400 when it names none offered. */
  public static Optional<Format> requested(QueryParams params, Set<Format> offered) {
    return params.string("f").map(f -> Format.byKey(f, offered).orElseThrow(() -> new BadParameter("f",
        "must be one of " + keys(offered) + ", was " + QueryParams.quote(f))));
  }

  /** The best of the Accept header that is offered (the first offered without one); 406 when none is offered. */
  public static Format choose(String accept, Set<Format> offered) {
    if (accept == null || accept.isBlank()) {
      return offered.stream().sorted().findFirst().orElseThrow();
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
      Optional<Format> format = Format.byMediaRange(r.type(), offered);
      if (format.isPresent()) {
        return format.get();
      }
    }
    throw new HttpResponseException(406, "None of the media types in Accept is offered here; this resource "
        + "is available as " + keys(offered) + " (or use ?f=).");
  }

  private static String keys(Set<Format> offered) {
    return Format.keys(offered).stream().sorted().toList().toString();
  }
}
