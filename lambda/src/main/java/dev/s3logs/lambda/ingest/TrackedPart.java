package dev.s3logs.lambda.ingest;

import dev.s3logs.lambda.ingest.PartResult.Done;
import dev.s3logs.lambda.ingest.PartResult.Failed;
import dev.s3logs.lambda.ingest.PartResult.Stopped;
import dev.s3logs.source.Acknowledgement;
import dev.s3logs.source.SourceObject;
import dev.s3logs.source.s3.S3ObjectPart;
import java.util.concurrent.atomic.AtomicReference;

/** A part on its way through the pipeline, and what the pipeline acknowledged of it. */
final class TrackedPart implements Acknowledgement {

  private final S3ObjectPart part;
  private final AtomicReference<PartResult> result = new AtomicReference<>();

  TrackedPart(S3ObjectPart part) {
    this.part = part;
  }

  S3ObjectPart part() {
    return part;
  }

  SourceObject sourceObject() {
    return new SourceObject(part, this);
  }

  /** Acknowledged once the part was read to its end or its stop, so its rest is known. */
  @Override
  public void done() {
    result.compareAndSet(null, part.rest().<PartResult>map(Stopped::new).orElse(new Done()));
  }

  @Override
  public void failed(String reason) {
    result.compareAndSet(null, new Failed(reason));
  }

  /** The outcome; a part the pipeline never acknowledged failed. */
  PartResult result() {
    PartResult known = result.get();
    return known != null ? known : new Failed("the pipeline stopped before " + part.name()
        + " was stored");
  }
}
