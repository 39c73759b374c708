package org.corridoratlas.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.corridoratlas.config.Limits;
import org.junit.jupiter.api.Test;

/** Pictures are admitted by pixels in flight; beyond a short queue or a short wait the answer is busy (503). */
class RenderQueueTest {
  private static final Limits SMALL = Limits.DEFAULT.withRender(1000, 1, Duration.ofMillis(300));

  @Test
  void small_pictures_share_the_budget_and_a_big_one_takes_all_of_it() {
    RenderQueue queue = new RenderQueue(SMALL);
    assertThat(queue.draw(400, () -> queue.draw(600, () -> "both at once"))).isEqualTo("both at once");
    assertThat(queue.draw(5000, () -> "alone")).isEqualTo("alone");
  }

  @Test
  void a_full_queue_is_busy_at_once_and_a_waiter_gives_up_after_the_wait() throws Exception {
    RenderQueue queue = new RenderQueue(SMALL);
    CountDownLatch drawing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> big = CompletableFuture.supplyAsync(() -> queue.draw(1000, () -> {
      drawing.countDown();
      await(release);
      return "drawn";
    }));
    assertThat(drawing.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<String> waiter = CompletableFuture.supplyAsync(() -> queue.draw(10, () -> "late"));
    // The queue holds one: wait until the waiter is in it, then a third request is refused without waiting.
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    boolean refused = false;
    while (!refused && System.nanoTime() < until && !waiter.isDone()) {
      try {
        queue.draw(10, () -> "third");
      } catch (TimeLimit.Exceeded e) {
        refused = e.getMessage().contains("drawing other pictures");
      }
    }
    assertThat(refused).isTrue();
    assertThatThrownBy(waiter::join).hasCauseInstanceOf(TimeLimit.Exceeded.class);
    release.countDown();
    assertThat(big.get(10, TimeUnit.SECONDS)).isEqualTo("drawn");
    assertThat(queue.draw(1000, () -> "room again")).isEqualTo("room again");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
