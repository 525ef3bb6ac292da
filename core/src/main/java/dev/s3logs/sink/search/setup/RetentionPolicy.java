package dev.s3logs.sink.search.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3logs.sink.http.HttpReply;
import dev.s3logs.sink.http.HttpTransport;
import dev.s3logs.sink.search.EngineError;
import dev.s3logs.sink.search.setup.SetupReport.RetentionState;
import dev.s3logs.sink.search.setup.SetupReport.RetentionStep;
import java.nio.charset.StandardCharsets;

/**
 * A policy that deletes old log indices, installed idempotently: read the stored one, leave it
 * if it says the same, create or update it otherwise. Clusters without the API (minimal builds,
 * a missing plugin) answer the read with "no handler found" or "Incorrect HTTP method", which
 * comes back as {@link RetentionState#UNAVAILABLE} with that answer, not as an error.
 */
abstract class RetentionPolicy {

  final SetupOptions options;
  final Retention retention;

  RetentionPolicy(SetupOptions options) {
    this.options = options;
    this.retention = options.retention();
  }

  /** E.g. {@code ISM policy}. */
  abstract String kind();

  abstract String path();

  abstract ObjectNode body();

  /** The part of a stored policy's answer that {@link #body()} is compared with. */
  abstract JsonNode storedPolicy(JsonNode answer);

  /** What an update must add to the path to replace the stored policy (answer: its read). */
  abstract String updateQuery(JsonNode answer);

  /** Why retention is unavailable when the API is absent, e.g. "this ... has no ... plugin". */
  abstract String absence();

  /** What the policy does, for the report. */
  abstract String effect();

  /** A note for an updated policy, or "". */
  String updateNote() {
    return "";
  }

  RetentionStep install(HttpTransport http) {
    HttpReply stored = http.get(path());
    if (isMissingApi(stored)) {
      return new RetentionStep(RetentionState.UNAVAILABLE, options.retentionPolicy(),
          absence() + " (GET " + path() + " answered "
          + EngineError.describe(stored) + "); indices will not be deleted automatically");
    }
    if (stored.status() == 404) {
      put(http, path());
      return step(RetentionState.INSTALLED, effect());
    }
    if (!stored.isSuccess()) {
      throw new SetupException("cannot read " + kind() + " " + options.retentionPolicy() + ": "
          + EngineError.describe(stored));
    }
    JsonNode answer = EngineError.json(stored);
    if (JsonSubset.contains(storedPolicy(answer), body().path("policy"))) {
      return step(RetentionState.UNCHANGED, effect());
    }
    put(http, path() + updateQuery(answer));
    return step(RetentionState.UPDATED, effect() + updateNote());
  }

  /**
   * An endpoint the cluster does not serve. A missing policy is a 404 with an engine error
   * object; a 404 without one comes from something else (a proxy, a service without the API).
   */
  static boolean isMissingApi(HttpReply reply) {
    String text = reply.text();
    return (reply.status() == 400 || reply.status() == 405)
        && (text.contains("no handler found") || text.contains("Incorrect HTTP method"))
        || reply.status() == 404 && !EngineError.isStructured(reply);
  }

  private void put(HttpTransport http, String path) {
    HttpReply reply = http.send("PUT", path, "application/json",
        body().toString().getBytes(StandardCharsets.UTF_8));
    if (reply.status() == 409) {
      throw new SetupException(kind() + " " + options.retentionPolicy()
          + " was changed by someone else meanwhile; run setup again ("
          + EngineError.describe(reply) + ")");
    }
    if (!reply.isSuccess()) {
      throw new SetupException("cannot install " + kind() + " " + options.retentionPolicy()
          + ": " + EngineError.describe(reply));
    }
  }

  private RetentionStep step(RetentionState state, String detail) {
    return new RetentionStep(state, options.retentionPolicy(), kind() + " "
        + options.retentionPolicy() + " " + detail);
  }
}
