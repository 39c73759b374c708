package org.corridoratlas.config;

import java.time.Duration;

/**
 * Every bound on the work one request may cause, in one place; the README's limits table lists them. The first
 * group are rules of the domain (a route, a catchment, a picture), checked where those requests are built; the
 * rest bound how the server spends threads, memory and time on requests. {@link #DEFAULT} is what the server runs
 * with; tests build smaller ones to reach a limit quickly.
 *
 * @param vias via points of one route
 * @param embedVias via points of an embedded route (a picture or page shared in articles shows a short route)
 * @param alternatives alternative routes besides the best
 * @param catchmentHours hours of travel a catchment (or nearest by time) may search
 * @param nearest results of one nearest query
 * @param imageSidePx the longest side of a static picture
 * @param renderPixels pixels of all pictures being drawn at once (a 2048² picture holds 16 MB while drawn)
 * @param renderQueue pictures that may wait for room to be drawn; beyond it the answer is 503 at once
 * @param renderWait how long a picture may wait for room before the answer is 503
 * @param routeBodyBytes the largest request body of POST /api/routes (every other path takes none)
 * @param bodyTime how long a client may take to send a whole request body (408 after it)
 * @param minBodyBytesPerSecond the slowest a request body may arrive, measured on every chunk after its first second
 * @param analysisTime wall-clock time of one route or analysis, counted from its arrival (503 after it)
 * @param eventsPage the largest page of /api/events
 */
public record Limits(int vias, int embedVias, int alternatives, double catchmentHours, int nearest, int imageSidePx,
    long renderPixels, int renderQueue, Duration renderWait, int routeBodyBytes, Duration bodyTime,
    long minBodyBytesPerSecond, Duration analysisTime, int eventsPage) {
  /** The longest analysis time an operator may set: past it a request would hold a thread for minutes. */
  public static final Duration MAX_ANALYSIS_TIME = Duration.ofMinutes(10);

  /** Drawing is CPU-bound: one core is left for everything else, so at most one 2048² picture per other core. */
  private static final long RENDER_PIXELS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1) * 2048L * 2048;

  public static final Limits DEFAULT = new Limits(25, 5, 5, 96, 50, 2048, RENDER_PIXELS, 8, Duration.ofSeconds(2),
      32 * 1024, Duration.ofSeconds(10), 256, Duration.ofSeconds(5), 1000);

  public Limits {
    if (analysisTime.isNegative() || analysisTime.compareTo(MAX_ANALYSIS_TIME) > 0) {
      throw new IllegalArgumentException("the analysis time limit must be 0.." + MAX_ANALYSIS_TIME.toSeconds() + " s");
    }
  }

  public Limits withAnalysisTime(Duration time) {
    return new Limits(vias, embedVias, alternatives, catchmentHours, nearest, imageSidePx, renderPixels, renderQueue, renderWait,
        routeBodyBytes, bodyTime, minBodyBytesPerSecond, time, eventsPage);
  }

  public Limits withRender(long pixels, int queue, Duration wait) {
    return new Limits(vias, embedVias, alternatives, catchmentHours, nearest, imageSidePx, pixels, queue, wait, routeBodyBytes,
        bodyTime, minBodyBytesPerSecond, analysisTime, eventsPage);
  }

  public Limits withBody(int bytes, Duration time) {
    return new Limits(vias, embedVias, alternatives, catchmentHours, nearest, imageSidePx, renderPixels, renderQueue, renderWait,
        bytes, time, minBodyBytesPerSecond, analysisTime, eventsPage);
  }

  /** Throws {@link BadParameter} naming the parameter when {@code count} is above {@code max}: one line per check. */
  public static void atMost(String parameter, long count, long max, String what) {
    if (count > max) {
      throw new BadParameter(parameter, "at most " + max + " " + what + " (" + count + " given)");
    }
  }
}
