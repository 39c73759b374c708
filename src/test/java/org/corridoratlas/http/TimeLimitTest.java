package org.corridoratlas.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.corridoratlas.config.BadParameter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimeLimitTest {
  private final TimeLimit limit = new TimeLimit(Duration.ofMillis(200));

  @AfterEach
  void stop() {
    limit.stop();
  }

  @Test
  void quickWorkGivesItsResult() {
    assertThat(limit.run(() -> 42)).isEqualTo(42);
  }

  @Test
  void theWorksOwnExceptionComesThrough() {
    assertThatThrownBy(() -> limit.run(() -> {
      throw new BadParameter("hours", "too many");
    })).isInstanceOf(BadParameter.class).hasMessage("too many");
  }

  @Test
  void slowWorkIsAnsweredAtTheLimitAndInterrupted() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    long start = System.nanoTime();
    assertThatThrownBy(() -> limit.run(() -> {
      try {
        Thread.sleep(10_000);
      } catch (InterruptedException e) {
        interrupted.countDown();
      }
      return null;
    })).isInstanceOf(TimeLimit.Exceeded.class).hasMessageContaining("took too long");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(interrupted.await(2, TimeUnit.SECONDS)).as("the slow work was interrupted").isTrue();
  }

  @Test
  void workQueuedPastTheLimitNeverStarts() throws Exception {
    TimeLimit one = new TimeLimit(Duration.ofMillis(100));
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean lateStarted = new AtomicBoolean();
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    try {
      for (int i = 0; i < threads; i++) {
        Thread t = new Thread(() -> {
          try {
            one.run(() -> {
              // like the domain code, deaf to interruption: holds its thread until released
              while (release.getCount() > 0) {
                try {
                  release.await();
                } catch (InterruptedException ignored) {
                  // keep holding
                }
              }
              return null;
            });
          } catch (TimeLimit.Exceeded expected) {
            // the blockers themselves time out too
          }
        });
        t.start();
      }
      Thread.sleep(50);
      assertThatThrownBy(() -> one.run(() -> lateStarted.getAndSet(true)))
          .isInstanceOf(TimeLimit.Exceeded.class);
      release.countDown();
      Thread.sleep(100);
      assertThat(lateStarted).isFalse();
    } finally {
      release.countDown();
      one.stop();
    }
  }
}
