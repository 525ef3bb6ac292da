package dev.s3logs.sink.search;

import dev.s3logs.sink.deadletter.DeadLetter;
import dev.s3logs.sink.deadletter.DeadLetterRecord;
import dev.s3logs.sink.http.EngineUnreachableException;
import dev.s3logs.sink.http.HttpReply;
import dev.s3logs.sink.http.HttpTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * Sends one bulk request until every item is stored or dead-lettered: items refused with 429 or
 * 5xx (and whole requests that failed that way or never got an answer) are sent again, alone,
 * after a backoff; items refused for good go to the dead letters with the engine's reason.
 */
final class BulkSender {


  private final HttpTransport http;
  private final BulkSettings settings;
  private final DeadLetter deadLetter;
  private final IngestCounters counters;

  BulkSender(HttpTransport http, BulkSettings settings, DeadLetter deadLetter,
      IngestCounters counters) {
    this.http = http;
    this.settings = settings;
    this.deadLetter = deadLetter;
    this.counters = counters;
  }

  /** What is left to send again after one attempt, and why. */
  private record Retry(List<Integer> items, String reason) {

    static final Retry NONE = new Retry(List.of(), null);

    static Retry all(BulkRequest request, String reason) {
      return new Retry(IntStream.range(0, request.itemCount()).boxed().toList(), reason);
    }
  }

  void send(BulkRequest request) {
    BulkRequest pending = request;
    for (int attempt = 1; ; attempt++) {
      Retry retry = attempt(pending);
      if (retry.items().isEmpty()) {
        return;
      }
      if (attempt >= settings.maxAttempts()) {
        for (int item : retry.items()) {
          reject(pending, item, "gave up after " + attempt + " attempts: " + retry.reason(),
              "retries_exhausted", 0);
        }
        return;
      }
      counters.retries.addAndGet(retry.items().size());
      pause(attempt);
      pending = pending.subset(retry.items());
    }
  }

  private Retry attempt(BulkRequest request) {
    HttpReply reply;
    try {
      reply = http.send("POST", BulkResponse.PATH, "application/x-ndjson", request.body());
      counters.requests.incrementAndGet();
    } catch (EngineUnreachableException e) {
      return Retry.all(request, e.getMessage());
    }
    int status = reply.status();
    if (status == 429 || status >= 500) {
      return Retry.all(request, "HTTP " + status);
    }
    if (status == 401 || status == 403) {
      throw new BulkRejectedException("the engine refused the credentials ("
          + EngineError.describe(reply) + " on _bulk)");
    }
    if (status == 413) {
      splitTooLarge(request);
      return Retry.NONE;
    }
    if (!reply.isSuccess()) {
      for (int i = 0; i < request.itemCount(); i++) {
        reject(request, i, EngineError.describe(reply), "request_rejected", status);
      }
      return Retry.NONE;
    }
    return itemResults(request, BulkResponse.items(reply.body()));
  }

  private Retry itemResults(BulkRequest request, List<BulkItemResult> results) {
    if (results.size() != request.itemCount()) {
      throw new BulkResponseException("the engine answered " + results.size() + " items for a "
          + "request of " + request.itemCount(), null);
    }
    List<Integer> again = new ArrayList<>();
    String reason = null;
    for (int i = 0; i < results.size(); i++) {
      BulkItemResult result = results.get(i);
      if (result.isStored()) {
        ("created".equals(result.result()) ? counters.created : counters.updated)
            .incrementAndGet();
      } else if (result.isAlreadyStored()) {
        counters.alreadyStored.incrementAndGet();
      } else if (result.isRetryable()) {
        again.add(i);
        reason = "HTTP " + result.status() + " " + result.errorType();
      } else {
        reject(request, i, result.errorReason(), result.errorType(), result.status());
      }
    }
    return new Retry(again, reason);
  }

  /** The engine's limit on request size is below ours: halves are sent instead. */
  private void splitTooLarge(BulkRequest request) {
    int n = request.itemCount();
    if (n == 1) {
      reject(request, 0, "document larger than the engine's request size limit (HTTP 413)",
          "request_too_large", 413);
      return;
    }
    send(request.subset(IntStream.range(0, n / 2).boxed().toList()));
    send(request.subset(IntStream.range(n / 2, n).boxed().toList()));
  }

  private void reject(BulkRequest request, int item, String reason, String type, int status) {
    deadLetter.add(new DeadLetterRecord("index", reason, type, status, request.source(item),
        request.lineNumber(item), request.rawLine(item), request.actionValue(item, "_index"),
        request.actionValue(item, "_id"), request.document(item)));
    counters.rejected.incrementAndGet();
  }

  private void pause(int attempt) {
    try {
      Thread.sleep(settings.backoff(attempt, ThreadLocalRandom.current().nextDouble()).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BulkRejectedException("interrupted while waiting to retry");
    }
  }
}
