package org.corridoratlas.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * HTTP caching for answers that depend only on the data version and the URL, so that a CDN or caching proxy may
 * keep them and any replica may revalidate them: a weak ETag of both (no process, host or time in it), a few
 * minutes of freshness and a day of stale-while-revalidate, and 304 Not Modified when the client already holds
 * that version. No cookies anywhere. Weak, because the gzip and the identity body of one answer carry the same
 * tag: a strong tag would tell a cache they are the same bytes, and it could answer a range or a client that takes
 * no gzip from the other one.
 */
public final class Caching {
  private Caching() {}

  /**
   * Fresh for five minutes, so a new data version reaches readers within that; served stale for a day while a
   * cache revalidates in the background (a 304 costs the atlas almost nothing).
   */
  public static final String CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=86400";
  /** Answers chosen by Accept (f= otherwise) or compressed by Accept-Encoding differ by those headers. */
  public static final String VARY = "Accept, Accept-Encoding";

  public static String etag(String dataVersion, String variant) {
    return "W/" + opaque(dataVersion, variant);
  }

  private static String opaque(String dataVersion, String variant) {
    return "\"" + dataVersion + "-" + variant + "\"";
  }

  /** Sets the validators; true when the client's copy is current and a 304 has been set (write nothing). */
  public static boolean notModified(Context ctx, String dataVersion, String variant) {
    String etag = etag(dataVersion, variant);
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", CACHE_CONTROL);
    ctx.header("Vary", VARY);
    return matches(ctx, etag);
  }

  private static boolean matches(Context ctx, String etag) {
    String ifNoneMatch = ctx.header("If-None-Match");
    // If-None-Match compares weakly: the tag matches with or without its W/.
    String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
    if (ifNoneMatch != null && (ifNoneMatch.trim().equals("*") || ifNoneMatch.contains(opaque))) {
      ctx.status(304);
      return true;
    }
    return false;
  }

  /**
   * For a GET whose handler sets no validators of its own (routes, analyses, embed and app pages): the ETag it
   * will get, from the data version, the web build, the URL and the Accept header.
   */
  static String urlEtag(Context ctx, String dataVersion) {
    String query = ctx.queryString();
    return etag(dataVersion, "u" + digest(WebAssets.version() + " " + ctx.path() + "?" + (query == null ? "" : query)
        + " " + ctx.header("Accept")));
  }

  /** Before such a GET: a 304 when the client holds the current answer (the caller then skips the handler). */
  static boolean notModifiedByUrl(Context ctx, String dataVersion) {
    return ctx.header("If-None-Match") != null && matches(ctx, urlEtag(ctx, dataVersion));
  }

  /** After such a GET: validators and freshness on a 200 that has none of its own. */
  static void markByUrl(Context ctx, String dataVersion) {
    if (ctx.status().getCode() != 200 || ctx.res().getHeader("ETag") != null) {
      return;
    }
    ctx.header("ETag", urlEtag(ctx, dataVersion));
    if (ctx.res().getHeader("Cache-Control") == null) {
      ctx.header("Cache-Control", CACHE_CONTROL);
    }
    ctx.header("Vary", VARY);
  }

  /** A short digest of a long variant (a query, a path): ETags stay short whatever the request. */
  public static String digest(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
