package dev.s3logs.lambda;

import dev.s3logs.aws.AwsSettingsException;
import dev.s3logs.lambda.ingest.Ingester;
import dev.s3logs.sink.aws.AwsAuthException;
import dev.s3logs.sink.deadletter.DeadLetterException;
import dev.s3logs.sink.http.EngineUnreachableException;
import dev.s3logs.sink.search.BulkResponseException;
import dev.s3logs.sink.search.EngineDetectionException;
import dev.s3logs.sink.search.setup.SetupException;
import java.io.PrintStream;
import java.util.Map;

/**
 * Lambda's init phase, the same for every handler: settings, clients, the engine. A problem the
 * user can fix ends it with one line naming it; anything else keeps its stack trace.
 */
final class Startup {

  private Startup() {
  }

  static Ingester ingester(String handler, Map<String, String> env, PrintStream log) {
    try {
      Ingester ingester = Ingester.start(env, note -> log.println("s3logs: " + note));
      log.println("s3logs: " + handler + " writes to " + ingester.describe());
      return ingester;
    } catch (IllegalArgumentException | AwsSettingsException | AwsAuthException
        | EngineUnreachableException | EngineDetectionException | SetupException
        | BulkResponseException | DeadLetterException e) {
      throw new InitFailedException(handler + " cannot start: " + e.getMessage(),
          env.containsKey("S3LOGS_DEBUG") ? e : null);
    }
  }
}
