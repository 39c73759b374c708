package org.corridoratlas.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outermost handler: knows every request in flight, so that a stop can let them finish (the drain) and name
 * those it had to give up. While draining, every answer closes its connection, so that a balancer's pooled
 * connections end with the request they carry instead of bringing new ones.
 */
final class InFlight extends Handler.Wrapper {
  private static final Logger LOG = LoggerFactory.getLogger("drain");

  /**
   * A request in flight. Its handling thread may be interrupted only while it is still inside {@code handle} for
   * this request: once it returns, Jetty uses the same thread for other work, such as selecting on a connector,
   * and an interrupt there makes the server's stop hang.
   */
  private static final class Running {
    final String method;
    final String target;
    final long startNanos;
    private Thread handler = Thread.currentThread();
    private boolean cancelled;

    Running(Request request) {
      String query = request.getHttpURI().getQuery();
      this.method = request.getMethod();
      this.target = request.getHttpURI().getPath() + (query == null ? "" : "?" + query);
      this.startNanos = System.nanoTime();
    }

    synchronized void cancel() {
      cancelled = true;
      if (handler != null) {
        handler.interrupt();
      }
    }

    /** Called by the handling thread on its way out; clears an interrupt meant for this request only. */
    synchronized void left() {
      handler = null;
      if (cancelled) {
        Thread.interrupted();
      }
    }
  }

  private final Map<Request, Running> running = new ConcurrentHashMap<>();
  private volatile boolean draining;

  InFlight(Handler next) {
    super(next);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    Running entry = new Running(request);
    running.put(request, entry);
    if (draining) {
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }
    boolean handled = false;
    try {
      handled = super.handle(request, response, Callback.from(callback, () -> running.remove(request)));
      return handled;
    } finally {
      entry.left();
      if (!handled) {
        running.remove(request);
      }
    }
  }

  int count() {
    return running.size();
  }

  /**
   * Stops accepting connections, waits up to {@code drain} for the requests in flight, then logs each request
   * still running with its duration and interrupts its thread if that is still handling it. The caller then stops
   * the server, which closes what is left.
   */
  void drain(Server server, Duration drain) {
    draining = true;
    for (Connector connector : server.getConnectors()) {
      if (connector instanceof NetworkConnector network) {
        network.close();
      }
    }
    long deadline = System.nanoTime() + drain.toNanos();
    LOG.info("draining {} request(s) in flight for at most {} ms", running.size(), drain.toMillis());
    while (!running.isEmpty() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    long now = System.nanoTime();
    for (Running r : running.values()) {
      LOG.warn("abandoned at the end of the drain after {} ms, cancelled: {} {}",
          Math.round((now - r.startNanos) / 1e6), r.method, r.target);
      r.cancel();
    }
  }
}
