package org.corridoratlas.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;

/**
 * The drain's cancellation reaches only a thread still handling the abandoned request. A thread that has handed
 * the request back to Jetty (its answer still being written) serves Jetty again, for instance as a connector's
 * selector, where an interrupt made the server's stop hang (CI, December 2026: one self-test in about 350).
 */
class InFlightTest {

  private static Request request(String target) {
    HttpURI uri = HttpURI.from(target);
    return (Request) Proxy.newProxyInstance(Request.class.getClassLoader(), new Class<?>[] {Request.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getHttpURI" -> uri;
          case "getMethod" -> "GET";
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  /** Handles a request on its own thread, waits for the drain, then reports whether it was interrupted. */
  private static boolean interruptedAfterDrain(Handler next) throws Exception {
    InFlight inFlight = new InFlight(next);
    CountDownLatch handled = new CountDownLatch(1);
    CountDownLatch drained = new CountDownLatch(1);
    CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
    Thread worker = new Thread(() -> {
      try {
        inFlight.handle(request("/api/routes?from=a&to=b"), null, Callback.NOOP);
      } catch (Exception e) {
        interrupted.completeExceptionally(e);
      }
      handled.countDown();
      try {
        drained.await();
        interrupted.complete(Thread.currentThread().isInterrupted());
      } catch (InterruptedException e) {
        interrupted.complete(true);
      }
    });
    worker.start();
    assertThat(handled.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(inFlight.count()).as("the answer is not complete yet").isEqualTo(1);
    inFlight.drain(new Server(), Duration.ZERO);
    drained.countDown();
    return interrupted.get(10, TimeUnit.SECONDS);
  }

  @Test
  void a_thread_that_has_handed_its_request_back_is_not_interrupted_by_the_drain() throws Exception {
    Handler answeringLater = new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        return true; // the callback completes later, when the answer has been written
      }
    };
    assertThat(interruptedAfterDrain(answeringLater)).isFalse();
  }

  @Test
  void a_cancellation_that_arrives_as_the_handler_leaves_does_not_stay_on_its_thread() throws Exception {
    InFlight[] holder = new InFlight[1];
    Handler cancelledOnTheWayOut = new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        holder[0].drain(new Server(), Duration.ZERO); // the drain ends while this handler is still inside
        return true;
      }
    };
    InFlight inFlight = new InFlight(cancelledOnTheWayOut);
    holder[0] = inFlight;
    CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
    Thread worker = new Thread(() -> {
      try {
        inFlight.handle(request("/static.png"), null, Callback.NOOP);
        interrupted.complete(Thread.currentThread().isInterrupted());
      } catch (Exception e) {
        interrupted.completeExceptionally(e);
      }
    });
    worker.start();
    assertThat(interrupted.get(10, TimeUnit.SECONDS)).isFalse();
  }
}
