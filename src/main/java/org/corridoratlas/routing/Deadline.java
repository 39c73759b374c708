package org.corridoratlas.routing;

import java.time.Duration;

/**
 * When a search must give up: at a point in time ({@link System#nanoTime}), or when its thread is interrupted (as
 * a cancelled task's is). The engine checks it while it searches, every few hundred edges, and throws
 * {@link SearchStopped}; {@link #NONE} still stops on interruption.
 */
public record Deadline(long atNanos) {
  public static final Deadline NONE = new Deadline(Long.MAX_VALUE);

  public static Deadline after(Duration limit) {
    long now = System.nanoTime();
    long nanos = limit.toNanos();
    return new Deadline(nanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos);
  }

  /** @throws SearchStopped when the thread is interrupted or the deadline has passed */
  public void check() {
    if (Thread.currentThread().isInterrupted()) {
      throw new SearchStopped("the search was cancelled");
    }
    if (atNanos != Long.MAX_VALUE && System.nanoTime() - atNanos > 0) {
      throw new SearchStopped("the search ran past its time limit");
    }
  }

  /** A search stopped by its {@link Deadline} before it had an answer. */
  public static final class SearchStopped extends RuntimeException {
    public SearchStopped(String message) {
      super(message);
    }
  }
}
