package org.corridoratlas.http;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import org.corridoratlas.catalog.UnknownId;
import org.corridoratlas.config.BadParameter;
import org.corridoratlas.format.Format;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.routing.Deadline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where exceptions become application/problem+json responses. */
public final class Problems {
  public static final String MEDIA_TYPE = "application/problem+json";
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  /** Problems echo what the client sent; escaping markup keeps even a mislabelled echo inert. */
  private static final CharacterEscapes HTML_SAFE = new CharacterEscapes() {
    private final int[] codes = htmlSafeCodes();

    @Override
    public int[] getEscapeCodesForAscii() {
      return codes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  };

  private Problems() {}

  private static int[] htmlSafeCodes() {
    int[] codes = CharacterEscapes.standardAsciiEscapesForJSON();
    for (char c : "<>&'".toCharArray()) {
      codes[c] = CharacterEscapes.ESCAPE_STANDARD;
    }
    return codes;
  }

  static void register(JavalinConfig config) {
    config.routes.exception(BadParameter.class, (e, ctx) -> send(ctx, new Problem("about:blank",
        "Bad Request", 400, "Parameter \"" + e.parameter() + "\": " + e.getMessage(), null,
        List.of(new Problem.InvalidParam(e.parameter(), e.getMessage())), List.of())));
    config.routes.exception(UnknownId.class, (e, ctx) -> send(ctx, new Problem("about:blank", "Not Found", 404,
        e.getMessage(), null, List.of(), e.suggestions())));
    config.routes.exception(TimeLimit.Exceeded.class, (e, ctx) -> {
      ctx.header("Retry-After", "5");
      send(ctx, Problem.of(503, "Service Unavailable", e.getMessage()));
    });
    config.routes.exception(Deadline.SearchStopped.class, (e, ctx) -> {
      ctx.header("Retry-After", "5");
      send(ctx, Problem.of(503, "Service Unavailable", "The route search took too long and was stopped; "
          + "ask for fewer vias or alternatives."));
    });
    config.routes.exception(HttpResponseException.class, (e, ctx) ->
        send(ctx, Problem.of(e.getStatus(), reason(e.getStatus()), e.getMessage())));
    config.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
      send(ctx, Problem.of(500, "Internal Server Error", "The server failed to answer this request."));
    });
    config.routes.error(404, "*", ctx -> {
      // A handler that already answered (a problem, or an embed's in-frame HTML page) keeps its answer.
      String answered = ctx.res().getContentType();
      if (answered == null || !(answered.startsWith(MEDIA_TYPE) || answered.startsWith(Format.HTML.mediaType()))) {
        send(ctx, Problem.of(404, "Not Found", "Nothing is served at this path."));
      }
    });
    config.routes.error(405, "*", ctx -> send(ctx, Problem.of(405, "Method Not Allowed",
        "This path does not answer " + ctx.method() + ".")));
  }

  public static void send(Context ctx, Problem problem) {
    ctx.status(problem.status());
    ctx.contentType(MEDIA_TYPE);
    ctx.result(bytes(problem.at(ctx.path())));
  }

  /** The problem as UTF-8 JSON with markup characters escaped. */
  static byte[] bytes(Problem problem) {
    try {
      return Json.MAPPER.writer(HTML_SAFE).writeValueAsBytes(problem);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return ("{\"status\":" + problem.status() + "}").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 406 -> "Not Acceptable";
      case 413 -> "Content Too Large";
      case 415 -> "Unsupported Media Type";
      case 503 -> "Service Unavailable";
      default -> "Error";
    };
  }
}
