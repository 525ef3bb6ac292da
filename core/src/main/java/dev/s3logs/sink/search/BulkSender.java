package dev.s3logs.sink.search;

import dev.s3logs.pipeline.ChunkSettlement;
import dev.s3logs.sink.deadletter.DeadLetterRecord;
import dev.s3logs.sink.deadletter.DeadLetters;
import dev.s3logs.sink.http.EngineUnreachableException;
import dev.s3logs.sink.http.HttpReply;
import dev.s3logs.sink.http.HttpTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * Sends one bulk request until every item is settled. Items refused with 429 or 5xx (and whole
 * requests that failed that way or never got an answer) are sent again, alone, after a backoff.
 * Items refused for good go to the dead letters with the engine's reason, through this same path
 * when the dead letters are an index. Items still not taken when the attempts run out are not
 * stored: their objects fail, so that their source offers them again later (a queue redelivers
 * the message); they are not dead letters, because nothing is wrong with them.
 */
final class BulkSender {

  private final HttpTransport http;
  private final BulkSettings settings;
  private final DeadLetters deadLetters;
  private final IngestCounters counters;

  BulkSender(HttpTransport http, BulkSettings settings, DeadLetters deadLetters,
      IngestCounters counters) {
    this.http = http;
    this.settings = settings;
    this.deadLetters = deadLetters;
    this.counters = counters;
  }

  /** What is left to send again after one attempt, and why. */
  private record Retry(List<Integer> items, String reason) {

    static final Retry NONE = new Retry(List.of(), null);

    static Retry all(BulkRequest request, String reason) {
      return new Retry(IntStream.range(0, request.itemCount()).boxed().toList(), reason);
    }
  }

  /** Sends until every item is stored, dead-lettered or failed; does not settle the request. */
  void send(BulkRequest request) {
    List<Refused> refused = new ArrayList<>();
    BulkRequest pending = request;
    for (int attempt = 1; ; attempt++) {
      Retry retry = attempt(pending, refused);
      if (retry.items().isEmpty()) {
        break;
      }
      if (attempt >= settings.maxAttempts()) {
        notStored(pending, retry, attempt);
        break;
      }
      counters.retries.addAndGet(retry.items().size());
      pause(attempt);
      pending = pending.subset(retry.items());
    }
    keep(refused);
  }

  /** A document refused for good, and the chunk whose objects wait for its dead letter. */
  private record Refused(DeadLetterRecord record, ChunkSettlement chunk) {
  }

  private Retry attempt(BulkRequest request, List<Refused> refused) {
    HttpReply reply;
    try {
      long start = System.nanoTime();
      reply = http.send("POST", BulkResponse.PATH, "application/x-ndjson", request.body());
      counters.bulkAnswered(System.nanoTime() - start);
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
    Refusals refusals = new Refusals(request, refused);
    if (status == 413) {
      splitTooLarge(request, refusals);
      return Retry.NONE;
    }
    if (!reply.isSuccess()) {
      for (int i = 0; i < request.itemCount(); i++) {
        refusals.add(i, EngineError.describe(reply), "request_rejected", status);
      }
      return Retry.NONE;
    }
    return itemResults(request, BulkResponse.items(reply.body()), refusals);
  }

  private Retry itemResults(BulkRequest request, List<BulkItemResult> results,
      Refusals refusals) {
    if (results.size() != request.itemCount()) {
      throw new BulkResponseException("the engine answered " + results.size() + " items for a "
          + "request of " + request.itemCount(), null);
    }
    List<Integer> again = new ArrayList<>();
    String reason = null;
    for (int i = 0; i < results.size(); i++) {
      BulkItemResult result = results.get(i);
      if (result.isStored() || result.isAlreadyStored()) {
        stored(request, i, result);
      } else if (result.isRetryable()) {
        again.add(i);
        reason = "HTTP " + result.status() + " " + result.errorType();
      } else {
        refusals.add(i, result.errorReason(), result.errorType(), result.status());
      }
    }
    return new Retry(again, reason);
  }

  private void stored(BulkRequest request, int item, BulkItemResult result) {
    if (request.deadLetter(item) != null) {
      counters.deadLettersIndexed.incrementAndGet();
      return;
    }
    if (result.isAlreadyStored()) {
      counters.alreadyStored.incrementAndGet();
    } else {
      ("created".equals(result.result()) ? counters.created : counters.updated)
          .incrementAndGet();
    }
    counters.storedEventTime(request.eventTime(item));
  }

  /** The engine's limit on request size is below ours: halves are sent instead. */
  private void splitTooLarge(BulkRequest request, Refusals refusals) {
    int n = request.itemCount();
    if (n == 1) {
      refusals.add(0, "document larger than the engine's request size limit (HTTP 413)",
          "request_too_large", 413);
      return;
    }
    send(request.subset(IntStream.range(0, n / 2).boxed().toList()));
    send(request.subset(IntStream.range(n / 2, n).boxed().toList()));
  }

  private void notStored(BulkRequest request, Retry retry, int attempts) {
    String reason = "not stored after " + attempts + " attempts: " + retry.reason();
    for (int item : retry.items()) {
      request.fail(item, reason);
    }
    counters.notStored.addAndGet(retry.items().size());
  }

  /**
   * Keeps what the engine refused for good: documents as dead letters (into the index, through
   * this same path, or the file), and dead letters the index refused in the file.
   */
  private void keep(List<Refused> refused) {
    if (refused.isEmpty()) {
      return;
    }
    if (deadLetters.index() == null) {
      refused.forEach(r -> deadLetters.file().add(r.record()));
      return;
    }
    BulkRequest letters = new BulkRequest(1 << 16);
    for (Refused r : refused) {
      letters.addDeadLetter(deadLetters.index().item(r.record()), r.record(), r.chunk());
    }
    send(letters);
    letters.settle();
  }

  /** Collects the items of one attempt that were refused for good. */
  private final class Refusals {

    private final BulkRequest request;
    private final List<Refused> refused;

    Refusals(BulkRequest request, List<Refused> refused) {
      this.request = request;
      this.refused = refused;
    }

    void add(int item, String reason, String type, int status) {
      DeadLetterRecord letter = request.deadLetter(item);
      if (letter != null) {
        deadLetters.file().add(letter); // the dead-letter index refused it in turn
        return;
      }
      refused.add(new Refused(new DeadLetterRecord("index", reason, type, status,
          request.source(item), request.lineNumber(item), request.rawLine(item),
          request.actionValue(item, "_index"), request.actionValue(item, "_id"),
          request.document(item)), request.settlement(item)));
      counters.rejected.incrementAndGet();
    }
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
