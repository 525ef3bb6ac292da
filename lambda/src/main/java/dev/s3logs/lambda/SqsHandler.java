package dev.s3logs.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.s3logs.lambda.event.BatchResponse;
import dev.s3logs.lambda.event.SqsEvent;
import dev.s3logs.lambda.ingest.Deadline;
import dev.s3logs.lambda.ingest.Ingester;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * The function behind an SQS event source mapping with ReportBatchItemFailures: reads the objects
 * that the messages' notifications name, stores every line, and answers with the messages that
 * failed, which stay on the queue. An object too large for one invocation is continued by a
 * message of ours on the same queue. Handler: {@code dev.s3logs.lambda.SqsHandler::handleRequest}.
 */
public final class SqsHandler implements RequestStreamHandler {

  private final Ingester ingester;
  private final ContinuationSender continuations;
  private final PrintStream log;

  /** Lambda's init phase: settings from the environment, clients, the engine. */
  public SqsHandler() {
    this.log = System.err;
    this.ingester = Startup.ingester("SqsHandler", System.getenv(), log);
    this.continuations = new ContinuationSender(ingester.clients()::sqs);
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    Deadline deadline = Deadline.of(context, ingester.config().margin());
    List<String> failed = new QueueBatch(ingester, continuations, log)
        .run(SqsEvent.read(input), deadline);
    BatchResponse.write(failed, output);
  }
}
