package dev.s3logs.lambda;

import dev.s3logs.lambda.event.SqsMessage;
import dev.s3logs.lambda.ingest.Batch;
import dev.s3logs.lambda.ingest.Deadline;
import dev.s3logs.lambda.ingest.Ingester;
import dev.s3logs.lambda.ingest.PartResult;
import dev.s3logs.lambda.ingest.PartResult.Failed;
import dev.s3logs.lambda.ingest.PartResult.Stopped;
import dev.s3logs.source.s3.S3Position;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One SQS event: the objects of all its messages go through the pipeline together; then each
 * message is done, or failed (it stays on the queue), by its own objects. A message whose object
 * had to stop is done only once the continuation is on the queue.
 */
final class QueueBatch {

  private final Ingester ingester;
  private final ContinuationSender continuations;
  private final PrintStream log;
  private int continued;

  QueueBatch(Ingester ingester, ContinuationSender continuations, PrintStream log) {
    this.ingester = ingester;
    this.continuations = continuations;
    this.log = log;
  }

  /** @return the ids of the messages that failed, for the batch response */
  List<String> run(List<SqsMessage> messages, Deadline deadline) {
    List<MessageWork> works = messages.stream()
        .map(message -> MessageWork.read(message, ingester.config().keys())).toList();
    List<S3Position> starts = works.stream().flatMap(work -> work.starts().stream()).toList();
    Batch batch = ingester.ingest(starts, deadline);
    Iterator<PartResult> results = batch.results().iterator();
    List<String> failed = new ArrayList<>();
    for (MessageWork work : works) {
      String failure = settle(work, results);
      if (failure != null) {
        failed.add(work.message().messageId());
        log.println("s3logs: message " + work.message().messageId() + " stays on the queue: "
            + failure);
      }
    }
    log.printf("s3logs: %d messages (%d failed, %d continued), %s, %s; %.1f s left%n",
        messages.size(), failed.size(), continued, batch.objects(), batch.lines(),
        deadline.remainingMillis() / 1000.0);
    return failed;
  }

  /** Why the message failed, or null when it is done. */
  private String settle(MessageWork work, Iterator<PartResult> results) {
    if (work.unreadable() != null) {
      return work.unreadable();
    }
    List<PartResult> own = new ArrayList<>();
    work.starts().forEach(start -> own.add(results.next()));
    for (PartResult result : own) {
      if (result instanceof Failed failure) {
        return failure.reason();
      }
    }
    for (PartResult result : own) {
      if (result instanceof Stopped stopped) {
        String problem = continuations.send(work.message().eventSourceArn(), stopped.rest());
        if (problem != null) {
          return problem;
        }
        continued++;
      }
    }
    return null;
  }
}
