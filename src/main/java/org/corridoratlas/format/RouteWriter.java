package org.corridoratlas.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.corridoratlas.routing.Itinerary;
import org.corridoratlas.routing.RouteResult;

/** One encoding of a route result: its {@link Format} and how to write it. */
public interface RouteWriter {
  /** Every encoding a route is offered in, the first the default. */
  List<RouteWriter> ALL = List.of(new RouteGeoJsonWriter(), new RouteGpxWriter(), new RouteKmlWriter());

  Format format();

  void write(RouteResult result, OutputStream out) throws IOException;

  static Set<Format> formats() {
    return ALL.stream().map(RouteWriter::format).collect(Collectors.toCollection(() -> EnumSet.noneOf(Format.class)));
  }

  /** The itineraries of a result; none when there is no route. */
  static List<Itinerary> itineraries(RouteResult result) {
    return result instanceof RouteResult.Found found ? found.itineraries() : List.of();
  }

  static RouteWriter of(Format format) {
    return ALL.stream().filter(w -> w.format() == format).findFirst().orElseThrow();
  }
}
