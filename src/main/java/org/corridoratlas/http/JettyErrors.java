package org.corridoratlas.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers before any route runs (a path that is not UTF-8 or is ambiguous, a URI or headers
 * over the limits, a broken request line): the same problem+json as every other error, where Jetty would write
 * an HTML page. Jetty's own message is kept when it is a plain reason; anything else (an exception's text) is
 * replaced by the status's description, so nothing of the server's insides reaches the client.
 */
final class JettyErrors extends ErrorHandler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    String message = (String) request.getAttribute(ERROR_MESSAGE);
    if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException e) {
      status = e.getCode();
      message = message == null ? e.getReason() : message;
    }
    if (status < 400 || status > 599) {
      status = 500;
    }
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    if (HttpStatus.hasNoBody(status) || "HEAD".equals(request.getMethod())) {
      callback.succeeded();
      return true;
    }
    String title = HttpStatus.getMessage(status);
    byte[] body = Problems.bytes(Problem.of(status, title, detail(status, title, message)));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE);
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }

  private static String detail(int status, String title, String message) {
    boolean plain = message != null && message.length() <= 120 && message.matches("[A-Za-z0-9 ,.:;'()/_-]+")
        && !message.contains("Exception") && !message.contains("org.");
    String reason = plain && !message.equalsIgnoreCase(title) ? " (" + message + ")" : "";
    return switch (status) {
      case 400 -> "The request is malformed" + reason
          + ": check that the path and query are valid percent-encoded UTF-8 without ambiguous segments.";
      case 414 -> "The request URI is longer than the server accepts" + reason + ".";
      case 431 -> "The request headers are larger than the server accepts" + reason + ".";
      case 505 -> "Only HTTP/1.0 and HTTP/1.1 are served" + reason + ".";
      default -> status >= 500 ? "The server failed to answer this request." : title + reason + ".";
    };
  }
}
