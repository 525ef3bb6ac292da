package dev.s3logs.testing;

import java.util.function.Supplier;

/**
 * A server that the first test to ask starts, and every later test in the JVM shares. A failed
 * start is not retried: every later test fails at once, with the same explanation.
 */
final class StartOnce<T> {

  private final Supplier<T> start;
  private T started;
  private RuntimeException failure;

  StartOnce(Supplier<T> start) {
    this.start = start;
  }

  synchronized T get() {
    if (failure != null) {
      throw failure;
    }
    if (started == null) {
      try {
        started = start.get();
      } catch (RuntimeException e) {
        failure = e;
        throw e;
      }
    }
    return started;
  }
}
