package dev.s3logs.lambda;

import dev.s3logs.lambda.ingest.PartResult;
import dev.s3logs.lambda.ingest.PartResult.Stopped;
import dev.s3logs.source.s3.S3Position;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where this execution environment stopped in the objects of direct events, for Lambda's retries
 * of them: a retry that lands here goes on from there, one that lands elsewhere starts again from
 * the top, which costs time but stores nothing twice. Only the last {@value #LIMIT} are kept.
 * Thread-safe.
 */
final class ResumePoints {

  private static final int LIMIT = 1000;

  private final Map<String, S3Position> points = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, S3Position> eldest) {
      return size() > LIMIT;
    }
  };

  /** Where to read the object from: where an earlier invocation stopped, else its start. */
  synchronized S3Position from(String bucket, String key) {
    return points.getOrDefault(bucket + "/" + key, S3Position.start(bucket, key));
  }

  /** Remembers where a stopped part goes on; forgets the object once it is done or failed. */
  synchronized void note(S3Position start, PartResult result) {
    String name = start.bucket() + "/" + start.key();
    if (result instanceof Stopped stopped) {
      points.put(name, stopped.rest());
    } else {
      points.remove(name);
    }
  }
}
