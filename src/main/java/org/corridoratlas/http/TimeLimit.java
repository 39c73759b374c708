package org.corridoratlas.http;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import io.javalin.http.Context;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Routes and analyses (catchments, nearest, within) run on a small pool of their own, each within a wall-clock
 * limit that counts from submission. Past the limit, or when Jetty reports the client gone, the request's task is
 * cancelled: a task still queued never starts, a running one is interrupted (the routing engine checks its
 * thread's interrupt flag between steps). When the pool and its queue are full the request gets a 503 at once
 * instead of waiting, so that expensive requests never hold more than a few of the server's threads and cheap
 * ones such as /health stay answered.
 */
public final class TimeLimit {
  public static final Duration DEFAULT = Duration.ofSeconds(5);
  private final Duration limit;
  private final ThreadPoolExecutor pool;

  public TimeLimit(Duration limit) {
    if (limit.isNegative()) {
      throw new IllegalArgumentException("time limit must not be negative");
    }
    limit.toNanos(); // a limit past Long.MAX_VALUE ns fails here, at start-up, not in every request
    this.limit = limit;
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    AtomicInteger count = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(4 * threads),
        work -> {
          Thread t = new Thread(work, "analysis-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    pool.allowCoreThreadTimeOut(true);
  }

  public Duration limit() {
    return limit;
  }

  /** As {@link #run(Callable)}, also cancelled when Jetty reports the request failed (the client went away). */
  public <T> T run(Context ctx, Callable<T> work) {
    Future<T>[] running = new Future[1];
    try {
      ServletContextRequest.getServletContextRequest(ctx.req()).addFailureListener(gone -> {
        Future<T> f = running[0];
        if (f != null) {
          f.cancel(true);
        }
      });
    } catch (RuntimeException notJetty) {
      // only under Jetty's servlet layer is there a connection to watch
    }
    return run(work, running);
  }

  /** The work's result, or its own exception; {@link Exceeded} when it is too slow or the pool is full. */
  public <T> T run(Callable<T> work) {
    return run(work, null);
  }

  private <T> T run(Callable<T> work, Future<T>[] running) {
    long submitted = System.nanoTime();
    Future<T> future;
    try {
      future = pool.submit(work);
    } catch (RejectedExecutionException e) {
      throw new Exceeded("The server is busy with other analyses; try again in a few seconds.");
    }
    if (running != null) {
      running[0] = future;
    }
    try {
      T result = future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
      // A result that came at or after the limit is over it too (with a zero limit, a quick search could win).
      if (System.nanoTime() - submitted >= limit.toNanos()) {
        throw new TimeoutException();
      }
      return result;
    } catch (CancellationException e) {
      throw new Exceeded("The request was cancelled.");
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new Exceeded("The analysis took too long (limit " + limit.toMillis() / 1000.0
          + " s); ask for fewer hours, results or alternatives.");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new Exceeded("The server is stopping.");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Stops the pool's threads (running work is interrupted). */
  public void stop() {
    pool.shutdownNow();
  }

  /** An analysis not answered in time: 503 with Retry-After. */
  public static final class Exceeded extends RuntimeException {
    public Exceeded(String message) {
      super(message, null, false, false);
    }
  }
}
