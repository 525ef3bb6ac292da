package dev.s3logs.lambda.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * When an invocation stops reading: once less time is left than the margin it keeps for storing
 * what it read and answering, but only once some line was read, so that every invocation moves
 * on however short its time.
 */
public final class Deadline implements BooleanSupplier {

  private static final long LEAST_MARGIN_MILLIS = 10_000;

  private final LongSupplier remainingMillis;
  private final long marginMillis;
  private volatile BooleanSupplier progress = () -> false;

  Deadline(LongSupplier remainingMillis, long marginMillis) {
    this.remainingMillis = remainingMillis;
    this.marginMillis = marginMillis;
  }

  /**
   * The invocation's deadline, with the margin given, else the larger of 10 s and a tenth of the
   * time the invocation has now (about the function's timeout).
   */
  public static Deadline of(Context context, Optional<Duration> margin) {
    long remaining = context.getRemainingTimeInMillis();
    long millis = margin.map(Duration::toMillis)
        .orElse(Math.max(LEAST_MARGIN_MILLIS, remaining / 10));
    return new Deadline(context::getRemainingTimeInMillis, millis);
  }

  /** Says whether the invocation has read anything yet; until it has, it never stops. */
  void watch(BooleanSupplier progressed) {
    this.progress = progressed;
  }

  @Override
  public boolean getAsBoolean() {
    return remainingMillis() < marginMillis && progress.getAsBoolean();
  }

  public long remainingMillis() {
    return remainingMillis.getAsLong();
  }

  public long marginMillis() {
    return marginMillis;
  }
}
