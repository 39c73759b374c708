package org.corridoratlas.http;

import io.javalin.http.Context;

/**
 * The base of every absolute link an answer holds (OGC links, og:image, oEmbed, the app's discovery tags):
 * {@code serve --public-url}, or the address the server listens on. Never the request's Host header: answers are
 * cached by URL, and a cache in front would otherwise keep one client's host for everybody.
 */
public final class PublicUrl {
  private static final String ATTRIBUTE = "corridor-atlas.public-url";

  private PublicUrl() {}

  static void set(Context ctx, String base) {
    ctx.attribute(ATTRIBUTE, base);
  }

  /** scheme://host[:port] without a trailing slash. */
  public static String of(Context ctx) {
    String base = ctx.attribute(ATTRIBUTE);
    return base != null ? base : "http://127.0.0.1:" + ctx.port();
  }

  /** The authority (host[:port]) of the base: what a link must name to be one of this atlas. */
  public static String authority(Context ctx) {
    return java.net.URI.create(of(ctx)).getRawAuthority();
  }
}
