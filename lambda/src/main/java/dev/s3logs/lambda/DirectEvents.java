package dev.s3logs.lambda;

import dev.s3logs.lambda.event.MalformedEventException;
import dev.s3logs.lambda.ingest.Batch;
import dev.s3logs.lambda.ingest.Deadline;
import dev.s3logs.lambda.ingest.Ingester;
import dev.s3logs.lambda.ingest.PartResult;
import dev.s3logs.lambda.ingest.PartResult.Failed;
import dev.s3logs.lambda.ingest.PartResult.Stopped;
import dev.s3logs.source.notification.Notification;
import dev.s3logs.source.notification.Notification.NothingToRead;
import dev.s3logs.source.notification.Notification.ObjectsCreated;
import dev.s3logs.source.notification.Notification.Unrecognised;
import dev.s3logs.source.notification.NotificationReader;
import dev.s3logs.source.s3.S3Position;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An event that names objects itself, with no queue to answer to: S3's notification sent to the
 * function, or EventBridge's Object Created. Either reads both. What is not stored whole fails the
 * invocation, for Lambda to retry; the retry goes on where this one stopped when it runs in the
 * same execution environment (see {@link ResumePoints}).
 */
final class DirectEvents {

  private final String kind;
  private final Ingester ingester;
  private final PrintStream log;
  private final ResumePoints resumePoints = new ResumePoints();

  DirectEvents(String kind, Ingester ingester, PrintStream log) {
    this.kind = kind;
    this.ingester = ingester;
    this.log = log;
  }

  void handle(InputStream input, OutputStream output, Deadline deadline) throws IOException {
    String event = new String(input.readAllBytes(), StandardCharsets.UTF_8);
    Notification notification = ingester.config().keys().apply(NotificationReader.read(event));
    if (notification instanceof Unrecognised unrecognised) {
      throw new MalformedEventException("not an " + kind + " naming objects: "
          + unrecognised.reason());
    }
    if (!(notification instanceof ObjectsCreated created)) {
      log.println("s3logs: nothing to read: " + (notification instanceof NothingToRead nothing
          ? nothing.why() : "the S3 test event"));
      output.write("{\"objects\":0}".getBytes(StandardCharsets.UTF_8));
      return;
    }
    List<S3Position> starts = created.objects().stream()
        .map(object -> resumePoints.from(object.bucket(), object.key())).toList();
    Batch batch = ingester.ingest(starts, deadline);
    log.printf("s3logs: %s, %s; %.1f s left%n", batch.objects(), batch.lines(),
        deadline.remainingMillis() / 1000.0);
    List<String> unfinished = unfinished(starts, batch.results());
    if (!unfinished.isEmpty()) {
      throw new InvocationFailedException(String.join("; ", unfinished));
    }
    output.write(String.format("{\"objects\":%d,\"lines\":%d,\"stored\":%d}",
        starts.size(), batch.stats().lines(), batch.counters().stored())
        .getBytes(StandardCharsets.UTF_8));
  }

  /** What is not stored yet, object by object, noting where a retry may go on from. */
  private List<String> unfinished(List<S3Position> starts, List<PartResult> results) {
    List<String> unfinished = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      PartResult result = results.get(i);
      resumePoints.note(starts.get(i), result);
      if (result instanceof Failed failed) {
        // A read failure names the object already; the engine's do not.
        String name = starts.get(i).name();
        unfinished.add(failed.reason().contains(name) ? failed.reason()
            : name + ": " + failed.reason());
      } else if (result instanceof Stopped stopped) {
        unfinished.add(starts.get(i).name() + ": stopped at byte " + stopped.rest().offset()
            + " for lack of time; the retry goes on from there if it runs in this execution"
            + " environment, else from the start (for objects this large, use the SqsHandler)");
      }
    }
    return unfinished;
  }
}
