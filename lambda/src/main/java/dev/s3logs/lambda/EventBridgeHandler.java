package dev.s3logs.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.s3logs.lambda.ingest.Deadline;
import dev.s3logs.lambda.ingest.Ingester;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The target of an EventBridge rule on a log bucket's Object Created events: stores every line
 * of the object the event names, and fails the invocation (for Lambda to retry) when it is not
 * stored whole. Handler: {@code dev.s3logs.lambda.EventBridgeHandler::handleRequest}.
 */
public final class EventBridgeHandler implements RequestStreamHandler {

  private final Ingester ingester;
  private final DirectEvents events;

  /** Lambda's init phase: settings from the environment, clients, the engine. */
  public EventBridgeHandler() {
    this.ingester = Startup.ingester("EventBridgeHandler", System.getenv(), System.err);
    this.events = new DirectEvents("EventBridge event", ingester, System.err);
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    events.handle(input, output, Deadline.of(context, ingester.config().margin()));
  }
}
