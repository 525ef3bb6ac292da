package dev.s3logs.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;

/**
 * How log events look on standard error: {@code plain} lines as logback.xml writes them, or
 * {@code json}, one object per line for log collectors, with logback's own encoder.
 */
enum LogFormat {
  PLAIN,
  JSON;

  /** The console appender of logback.xml. */
  static final String APPENDER = "stderr";

  /** Switches the console appender of {@code context} to this format. */
  void applyTo(LoggerContext context) {
    if (this == PLAIN) {
      return;
    }
    Appender<ILoggingEvent> appender =
        context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(APPENDER);
    if (!(appender instanceof ConsoleAppender<ILoggingEvent> console)) {
      throw new IllegalStateException("logback.xml has no console appender named '" + APPENDER
          + "' for --log-format json");
    }
    console.stop();
    console.setEncoder(jsonEncoder(context));
    console.start();
  }

  /**
   * The message with its arguments filled in, as a reader wants it; without the pattern and
   * arguments apart, logback's sequence numbers and nanoseconds, or the context's properties.
   */
  private static JsonEncoder jsonEncoder(LoggerContext context) {
    JsonEncoder encoder = new JsonEncoder();
    encoder.setContext(context);
    encoder.setWithFormattedMessage(true);
    encoder.setWithMessage(false);
    encoder.setWithArguments(false);
    encoder.setWithSequenceNumber(false);
    encoder.setWithNanoseconds(false);
    encoder.setWithContext(false);
    encoder.start();
    return encoder;
  }
}
