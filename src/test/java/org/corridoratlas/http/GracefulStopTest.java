package org.corridoratlas.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.corridoratlas.Atlas;
import org.corridoratlas.network.TestNetworks;
import org.junit.jupiter.api.Test;

/**
 * A stop as a balancer sees it: not ready first, no new connections, the request in flight finishes; one that
 * outlasts the drain is cancelled.
 */
class GracefulStopTest {
  private final CountDownLatch entered = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicBoolean interrupted = new AtomicBoolean();
  private int port;

  private AtlasServer server(Duration drain) {
    AtlasServer server = new AtlasServer(new Atlas(TestNetworks.twoCrossings().catalog()), TimeLimit.DEFAULT, drain,
        routes -> routes.get("/test/slow", ctx -> {
          entered.countDown();
          try {
            release.await(30, TimeUnit.SECONDS);
            ctx.result("finished");
          } catch (InterruptedException e) {
            interrupted.set(true);
            ctx.status(503).result("cancelled");
          }
        }));
    server.start("127.0.0.1", 0);
    port = server.port();
    return server;
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .version(HttpClient.Version.HTTP_1_1).build();
  }

  @Test
  void a_stop_turns_not_ready_refuses_new_connections_and_lets_the_request_in_flight_finish() throws Exception {
    AtlasServer server = server(Duration.ofSeconds(20));
    HttpClient pooled = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    assertThat(pooled.send(get("/health/ready"), HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(200);
    CompletableFuture<HttpResponse<String>> slow = HttpClient.newHttpClient()
        .sendAsync(get("/test/slow"), HttpResponse.BodyHandlers.ofString());
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

    Thread stopping = new Thread(server::stop);
    stopping.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (server.state() != AtlasServer.State.STOPPING && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(server.state()).isEqualTo(AtlasServer.State.STOPPING);
    // A balancer's pooled connection still gets an answer while the drain runs: not ready, and closed after it.
    HttpResponse<String> ready = pooled.send(get("/health/ready"), HttpResponse.BodyHandlers.ofString());
    assertThat(ready.statusCode()).isEqualTo(503);
    assertThat(ready.body()).contains("\"stopping\"");
    assertThat(ready.headers().firstValue("Connection")).hasValue("close");
    // A new connection is refused: a balancer retries it on the next replica.
    assertThatThrownBy(() -> HttpClient.newHttpClient().send(get("/health"),
        HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class)
        .satisfies(e -> assertThat(e).isInstanceOfAny(ConnectException.class, IOException.class));

    assertThat(stopping.isAlive()).as("the stop waits for the request in flight").isTrue();
    release.countDown();
    HttpResponse<String> finished = slow.get(10, TimeUnit.SECONDS);
    assertThat(finished.statusCode()).isEqualTo(200);
    assertThat(finished.body()).isEqualTo("finished");
    stopping.join(10_000);
    assertThat(stopping.isAlive()).isFalse();
    assertThat(interrupted).isFalse();
  }

  @Test
  void a_request_still_running_at_the_end_of_the_drain_is_cancelled() throws Exception {
    AtlasServer server = server(Duration.ofMillis(300));
    CompletableFuture<HttpResponse<String>> slow = HttpClient.newHttpClient()
        .sendAsync(get("/test/slow"), HttpResponse.BodyHandlers.ofString());
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
    long start = System.nanoTime();
    server.stop();
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(10_000);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!interrupted.get() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(interrupted).as("the abandoned request's thread was interrupted").isTrue();
    slow.handle((r, e) -> null).get(10, TimeUnit.SECONDS);
  }
}
