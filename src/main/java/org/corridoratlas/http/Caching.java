package org.corridoratlas.http;

import io.javalin.http.Context;

/**
 * HTTP caching for answers that depend only on the data version and the URL: a weak ETag of both, a few
 * minutes of Cache-Control, and 304 Not Modified when the client already holds that version. Weak, because the
 * gzip and the identity body of one answer carry the same tag: a strong tag would tell a cache they are the same
 * bytes, and it could answer a range or a client that takes no gzip from the other one.
 */
public final class Caching {
  private Caching() {}

  /** Sets the validators; true when the client's copy is current and a 304 has been set (write nothing). */
  public static final String CACHE_CONTROL = "public, max-age=300";
  public static final String VARY = "Accept, Accept-Encoding";

  public static String etag(String dataVersion, String variant) {
    return "W/" + opaque(dataVersion, variant);
  }

  private static String opaque(String dataVersion, String variant) {
    return "\"" + dataVersion + "-" + variant + "\"";
  }

  public static boolean notModified(Context ctx, String dataVersion, String variant) {
    String etag = etag(dataVersion, variant);
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", CACHE_CONTROL);
    ctx.header("Vary", VARY);
    String ifNoneMatch = ctx.header("If-None-Match");
    // If-None-Match compares weakly: the tag matches with or without its W/.
    if (ifNoneMatch != null && (ifNoneMatch.trim().equals("*") || ifNoneMatch.contains(opaque(dataVersion, variant)))) {
      ctx.status(304);
      return true;
    }
    return false;
  }
}
