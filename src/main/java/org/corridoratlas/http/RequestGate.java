package org.corridoratlas.http;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.corridoratlas.config.Limits;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The first handler of every request, in Jetty's core before the servlet layer:
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff} on every answer;</li>
 * <li>HEAD is answered as GET (Jetty drops the body of a HEAD answer and keeps its status and headers);</li>
 * <li>a picture is refused at once (503) while the {@link RenderQueue} is full;</li>
 * <li>a request body is read whole without holding a thread (Jetty calls back as bytes arrive) and only then
 * handed on, so that slow senders cannot tie up the pool that the handlers, {@code /health} among them, run on.
 * A body larger than its path allows is a 413 (on the declared length, before any byte is read), one that takes
 * longer than {@link Limits#bodyTime()} or arrives slower than {@link Limits#minBodyBytesPerSecond()} (measured
 * on every chunk after the first second) a 408.</li>
 * </ul>
 */
final class RequestGate extends Handler.Wrapper {
  private final Limits limits;
  private final RenderQueue renders;

  RequestGate(Limits limits, RenderQueue renders, Handler next) {
    super(next);
    this.limits = limits;
    this.renders = renders;
  }

  /** The largest body a path takes: only POST /api/routes takes one. */
  long maxBody(String path) {
    return path.equals("/api/routes") ? limits.routeBodyBytes() : 0;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    Request req = HttpMethod.HEAD.is(request.getMethod()) ? new AsGet(request) : request;
    if (renders.full() && request.getHttpURI().getPath().equals("/static.png")) {
      // Refused here, before the servlet layers, which cost more than the refusal: a flood of picture requests
      // then takes little of the CPU that the other requests need.
      response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
      problem(request, response, callback, HttpStatus.SERVICE_UNAVAILABLE_503, RenderQueue.BUSY);
      return true;
    }
    long declared = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
    boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    if (declared <= 0 && !chunked) {
      return super.handle(req, response, callback);
    }
    long max = maxBody(request.getHttpURI().getPath());
    if (declared > max) {
      tooLarge(request, response, callback, max);
      return true;
    }
    new BodyLoader(req, response, callback, max).start();
    return true;
  }

  private static void tooLarge(Request request, Response response, Callback callback, long max) {
    problem(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, max == 0
        ? "This path takes no request body."
        : "The request body is larger than this path takes (at most " + max + " bytes).");
  }

  /** A problem+json answer; the connection is closed after it, as the rest of the body is not read. */
  static void problem(Request request, Response response, Callback callback, int status, String detail) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE);
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    byte[] body = Problems.bytes(Problem.of(status, HttpStatus.getMessage(status), detail)
        .at(request.getHttpURI().getPath()));
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /** A HEAD request seen by the handlers as the GET it asks the headers of. */
  private static final class AsGet extends Request.Wrapper {
    AsGet(Request request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return HttpMethod.GET.asString();
    }
  }

  /** Reads a body chunk by chunk as Jetty calls back, then hands the request on with the chunks replayed. */
  private final class BodyLoader implements Invocable.Task {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final long max;
    private final Deque<Content.Chunk> chunks = new ArrayDeque<>();
    private final AtomicBoolean decided = new AtomicBoolean();
    private final long started = System.nanoTime();
    private long size;
    private Scheduler.Task timeout;

    BodyLoader(Request request, Response response, Callback callback, long max) {
      this.request = request;
      this.response = response;
      this.callback = callback;
      this.max = max;
    }

    void start() {
      timeout = request.getComponents().getScheduler().schedule(this::timedOut, limits.bodyTime().toMillis(),
          TimeUnit.MILLISECONDS);
      read(false);
    }

    @Override
    public void run() {
      read(true);
    }

    @Override
    public InvocationType getInvocationType() {
      return InvocationType.NON_BLOCKING;
    }

    private void read(boolean calledBack) {
      while (true) {
        if (decided.get()) {
          release();
          return;
        }
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          request.demand(this);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          chunk.release();
          fail(HttpStatus.BAD_REQUEST_400, "The request body could not be read.");
          return;
        }
        size += chunk.remaining();
        chunks.add(chunk);
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        if (!chunk.isLast() && elapsedMs > 1000 && size * 1000 / elapsedMs < limits.minBodyBytesPerSecond()) {
          fail(HttpStatus.REQUEST_TIMEOUT_408, "The request body arrived slower than "
              + limits.minBodyBytesPerSecond() + " bytes per second.");
          return;
        }
        if (size > max) {
          if (decided.compareAndSet(false, true)) {
            timeout.cancel();
            release();
            tooLarge(request, response, callback, max);
          }
          return;
        }
        if (chunk.isLast()) {
          if (decided.compareAndSet(false, true)) {
            timeout.cancel();
            if (calledBack) {
              request.getContext().execute(this::handOn);
            } else {
              handOn();
            }
          }
          return;
        }
      }
    }

    private void timedOut() {
      // Only the decision and the answer here; the chunks belong to the reading side, which releases them.
      if (decided.compareAndSet(false, true)) {
        problem(request, response, callback, HttpStatus.REQUEST_TIMEOUT_408, "The request body did not arrive "
            + "within " + limits.bodyTime().toSeconds() + " s.");
      }
    }

    private void fail(int status, String detail) {
      release();
      if (decided.compareAndSet(false, true)) {
        timeout.cancel();
        problem(request, response, callback, status, detail);
      }
    }

    private void release() {
      chunks.forEach(Content.Chunk::release);
      chunks.clear();
    }

    private void handOn() {
      Request replay = new Request.Wrapper(request) {
        @Override
        public Content.Chunk read() {
          Content.Chunk chunk = chunks.poll();
          return chunk != null ? chunk : super.read();
        }
      };
      Callback done = new Callback() {
        @Override
        public void succeeded() {
          release();
          callback.succeeded();
        }

        @Override
        public void failed(Throwable x) {
          release();
          callback.failed(x);
        }

        @Override
        public InvocationType getInvocationType() {
          return callback.getInvocationType();
        }
      };
      try {
        if (!RequestGate.super.handle(replay, response, done)) {
          Response.writeError(request, response, done, HttpStatus.NOT_FOUND_404);
        }
      } catch (Throwable t) {
        Response.writeError(request, response, done, t);
      }
    }
  }
}
