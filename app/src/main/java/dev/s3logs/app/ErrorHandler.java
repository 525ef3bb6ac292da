package dev.s3logs.app;

import dev.s3logs.aws.AwsSettingsException;
import dev.s3logs.dashboards.DashboardsException;
import dev.s3logs.sink.aws.AwsAuthException;
import dev.s3logs.sink.deadletter.DeadLetterException;
import dev.s3logs.sink.http.EngineUnreachableException;
import dev.s3logs.sink.search.BulkRejectedException;
import dev.s3logs.sink.search.BulkResponseException;
import dev.s3logs.sink.search.EngineDetectionException;
import dev.s3logs.sink.search.setup.SetupException;
import dev.s3logs.source.InputNotReadableException;
import dev.s3logs.source.s3.S3AccessException;
import dev.s3logs.source.sqs.QueueException;
import dev.s3logs.store.engine.EngineTrafficException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escaped a command into one line on standard error and an exit code.
 * Users get a sentence naming the problem, never a stack trace; S3LOGS_DEBUG=1 shows the trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  private final PrintStream err;

  ErrorHandler(PrintStream err) {
    this.err = err;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
    if (isBrokenPipe(e)) {
      return ExitCodes.OUTPUT_CLOSED;
    }
    err.println("s3logs " + commandLine.getCommandName() + ": " + message(e));
    if (System.getenv("S3LOGS_DEBUG") != null) {
      e.printStackTrace(err);
    }
    if (e instanceof IllegalArgumentException) {
      return ExitCodes.USAGE;
    }
    if (isEngineProblem(e)) {
      return ExitCodes.ENGINE;
    }
    if (e instanceof QueueException || e instanceof S3AccessException) {
      return ExitCodes.SOURCE;
    }
    if (e instanceof AwsSettingsException) {
      return ExitCodes.USAGE;
    }
    return e instanceof InputNotReadableException || e instanceof UncheckedIOException
        ? ExitCodes.IO_ERROR : ExitCodes.INTERNAL;
  }

  private static boolean isEngineProblem(Exception e) {
    return e instanceof EngineUnreachableException || e instanceof EngineDetectionException
        || e instanceof BulkRejectedException || e instanceof BulkResponseException
        || e instanceof DeadLetterException || e instanceof SetupException
        || e instanceof AwsAuthException || e instanceof DashboardsException
        || e instanceof EngineTrafficException;
  }

  private static boolean isBrokenPipe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException && "Broken pipe".equals(t.getMessage())) {
        return true;
      }
    }
    return false;
  }

  private static String message(Exception e) {
    if (e instanceof UncheckedIOException io && io.getMessage().equals(String.valueOf(io.getCause()))) {
      return io.getCause().getMessage();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
