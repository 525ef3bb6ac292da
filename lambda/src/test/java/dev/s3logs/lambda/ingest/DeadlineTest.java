package dev.s3logs.lambda.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DeadlineTest {

  private final AtomicLong remaining = new AtomicLong();

  @Test
  void theMarginIsTheLargerOfTenSecondsAndATenthOfTheTimeUnlessSet() {
    remaining.set(900_000);
    assertThat(Deadline.of(context(), Optional.empty()).marginMillis()).isEqualTo(90_000);
    remaining.set(60_000);
    assertThat(Deadline.of(context(), Optional.empty()).marginMillis()).isEqualTo(10_000);
    assertThat(Deadline.of(context(), Optional.of(Duration.ofSeconds(3))).marginMillis())
        .isEqualTo(3_000);
  }

  @Test
  void itStopsOnceTheMarginIsReachedButNeverBeforeAnythingWasRead() {
    remaining.set(60_000);
    Deadline deadline = Deadline.of(context(), Optional.empty());
    AtomicBoolean progressed = new AtomicBoolean();
    deadline.watch(progressed::get);
    assertThat(deadline.getAsBoolean()).isFalse();
    remaining.set(9_999);
    assertThat(deadline.getAsBoolean()).isFalse();
    progressed.set(true);
    assertThat(deadline.getAsBoolean()).isTrue();
    assertThat(deadline.remainingMillis()).isEqualTo(9_999);
  }

  /** A context whose remaining time the test sets (the runtime's counts down by the clock). */
  private Context context() {
    return new Context() {
      @Override
      public int getRemainingTimeInMillis() {
        return (int) remaining.get();
      }

      @Override
      public String getAwsRequestId() {
        return "request";
      }

      @Override
      public String getLogGroupName() {
        return null;
      }

      @Override
      public String getLogStreamName() {
        return null;
      }

      @Override
      public String getFunctionName() {
        return "s3logs";
      }

      @Override
      public String getFunctionVersion() {
        return "$LATEST";
      }

      @Override
      public String getInvokedFunctionArn() {
        return null;
      }

      @Override
      public CognitoIdentity getIdentity() {
        return null;
      }

      @Override
      public ClientContext getClientContext() {
        return null;
      }

      @Override
      public int getMemoryLimitInMB() {
        return 1024;
      }

      @Override
      public LambdaLogger getLogger() {
        return null;
      }
    };
  }
}
