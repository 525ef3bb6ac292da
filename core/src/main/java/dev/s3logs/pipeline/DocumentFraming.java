package dev.s3logs.pipeline;

import dev.s3logs.document.JsonLine;
import dev.s3logs.parse.LineFields;

/**
 * What goes before each document in a worker's output: nothing for NDJSON, an action line for
 * a bulk request. Called on worker threads; one instance per worker.
 */
@FunctionalInterface
public interface DocumentFraming {

  DocumentFraming NONE = (fields, id, json) -> { };

  void before(LineFields fields, byte[] id, JsonLine json);
}
