package org.corridoratlas.http.ogcapi;

import io.javalin.http.Context;
import java.io.IOException;
import org.corridoratlas.format.Format;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.http.PublicUrl;

/** How every OGC API handler writes its answer: absolute links from the public URL, JSON and HTML bodies. */
final class Answers {
  private Answers() {}

  /** Absolute URL of a path of this server, from its public URL (never from the request's Host). */
  static String url(Context ctx, String path) {
    return PublicUrl.of(ctx) + path;
  }

  static void json(Context ctx, String contentType, Object body) throws IOException {
    ctx.contentType(contentType);
    ctx.result(Json.MAPPER.writeValueAsBytes(body));
  }

  static void html(Context ctx, String page) {
    ctx.contentType(Format.HTML.contentType());
    ctx.result(page);
  }
}
