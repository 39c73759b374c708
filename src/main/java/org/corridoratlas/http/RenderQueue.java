package org.corridoratlas.http;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.corridoratlas.config.Limits;

/**
 * Admission for drawing pictures, bounded by pixels in flight rather than by count: a 2048 × 2048 picture holds
 * 16 MB while it is drawn and a thumbnail almost nothing. A picture that finds no room waits, in a queue of at most
 * {@link Limits#renderQueue()}, for at most {@link Limits#renderWait()}; a fuller queue or a longer wait is a 503
 * with Retry-After, so that a burst of large pictures neither exhausts the heap nor holds the server's threads.
 */
public final class RenderQueue {
  private final Limits limits;
  private final int capacity;
  private final Semaphore pixels;
  private final AtomicInteger waiting = new AtomicInteger();

  public RenderQueue(Limits limits) {
    this.limits = limits;
    this.capacity = (int) Math.min(Integer.MAX_VALUE, limits.renderPixels());
    this.pixels = new Semaphore(capacity, true);
  }

  /** Draws when there is room for {@code pixelCount} pixels; {@link TimeLimit.Exceeded} (503) when busy. */
  public <T> T draw(long pixelCount, Supplier<T> work) {
    int need = (int) Math.min(pixelCount, capacity); // a picture above the whole budget takes all of it
    if (!pixels.tryAcquire(need)) {
      if (waiting.incrementAndGet() > limits.renderQueue()) {
        waiting.decrementAndGet();
        throw busy();
      }
      try {
        if (!pixels.tryAcquire(need, limits.renderWait().toNanos(), TimeUnit.NANOSECONDS)) {
          throw busy();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw busy();
      } finally {
        waiting.decrementAndGet();
      }
    }
    try {
      return work.get();
    } finally {
      pixels.release(need);
    }
  }

  /** True when a picture asked for now would be refused at once: no room and the queue full. */
  boolean full() {
    return pixels.availablePermits() == 0 && waiting.get() >= limits.renderQueue();
  }

  static final String BUSY = "The server is drawing other pictures; try again in a few seconds.";

  private static TimeLimit.Exceeded busy() {
    return new TimeLimit.Exceeded(BUSY);
  }
}
