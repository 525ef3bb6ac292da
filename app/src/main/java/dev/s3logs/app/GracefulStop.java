package dev.s3logs.app;

import dev.s3logs.source.sqs.SqsSource;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * SIGTERM or Ctrl-C for {@code run}: stop receiving, let the pipeline finish what is in flight
 * for up to the timeout, hand back whatever is left (visibility 0), and end with status 0, since
 * being stopped is how a service ends. Closing this on the normal path removes the hook.
 */
final class GracefulStop implements AutoCloseable {

  private final SqsSource source;
  private final Duration timeout;
  private final PrintStream err;
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;

  private GracefulStop(SqsSource source, Duration timeout, PrintStream err) {
    this.source = source;
    this.timeout = timeout;
    this.err = err;
    this.hook = new Thread(this::stop, "s3logs-stop");
  }

  static GracefulStop install(SqsSource source, Duration timeout, PrintStream err) {
    GracefulStop stop = new GracefulStop(source, timeout, err);
    Runtime.getRuntime().addShutdownHook(stop.hook);
    return stop;
  }

  private void stop() {
    source.stop();
    err.println("s3logs run: stopping: receiving no more, finishing what is in flight (at most "
        + timeout.toSeconds() + " s)");
    try {
      if (!finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        source.close(); // hands the unsettled messages back to the queue
        err.println("s3logs run: stopped after " + timeout.toSeconds() + " s; the messages"
            + " still in flight are back on the queue for the next consumer");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // Hooks cannot change the exit status of a signal; halting here can.
    Runtime.getRuntime().halt(ExitCodes.OK);
  }

  /** The run ended: a stop in progress may finish; otherwise the hook is no longer needed. */
  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // shutting down already: the hook is waiting for this very moment
    }
  }
}
