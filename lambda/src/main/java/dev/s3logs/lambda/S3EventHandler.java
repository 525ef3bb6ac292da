package dev.s3logs.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.s3logs.lambda.ingest.Deadline;
import dev.s3logs.lambda.ingest.Ingester;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The function a log bucket's event notification invokes directly: stores every line of the
 * objects the event names, and fails the invocation (for Lambda to retry) when any is not stored
 * whole. Handler: {@code dev.s3logs.lambda.S3EventHandler::handleRequest}.
 */
public final class S3EventHandler implements RequestStreamHandler {

  private final Ingester ingester;
  private final DirectEvents events;

  /** Lambda's init phase: settings from the environment, clients, the engine. */
  public S3EventHandler() {
    this.ingester = Startup.ingester("S3EventHandler", System.getenv(), System.err);
    this.events = new DirectEvents("S3 event", ingester, System.err);
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    events.handle(input, output, Deadline.of(context, ingester.config().margin()));
  }
}
